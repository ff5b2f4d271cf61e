/** Which validation an access token failed, as Graph would report it. */
export type AccessTokenCheck =
  'malformed' | 'signature' | 'audience' | 'issuer' | 'expired' | 'not_yet_valid' | 'claims';

const MESSAGES: Record<AccessTokenCheck, string> = {
  malformed: 'IDX14100: JWT is not well formed. The access token could not be parsed.',
  signature: 'IDX10511: Signature validation failed. The token was not signed by this tenant.',
  audience: 'Invalid audience. The token was not issued for Microsoft Graph.',
  issuer: 'Invalid issuer. The token was not issued by this tenant.',
  expired: 'Lifetime validation failed, the token is expired.',
  not_yet_valid: 'Lifetime validation failed, the token is not yet valid.',
  claims: 'The access token is missing a required claim (oid, tid or scp).',
};

/**
 * Thrown by `Identity.verifyAccessToken`. Graph answers it with 401
 * `InvalidAuthenticationToken` and `message` as the error message.
 */
export class AccessTokenError extends Error {
  readonly check: AccessTokenCheck;

  constructor(check: AccessTokenCheck, detail?: string) {
    super(detail ? `${MESSAGES[check]} ${detail}` : MESSAGES[check]);
    this.name = 'AccessTokenError';
    this.check = check;
  }
}
