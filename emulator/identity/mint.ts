import { EMULATOR_TENANT_DOMAIN } from '../constants.ts';
import type { IdentityContext } from './identity-context.ts';
import type { MintRequest, TokenReply } from './identity.ts';
import { grantGraphPermissions, parseScopes, replyScope } from './scopes.ts';
import { StsError } from './sts-error.ts';
import { ACCESS_TOKEN_LIFETIME_S, directSubject } from './tokens.ts';

/** Mints, without a browser, the access token the token endpoint would issue for a user. */
export async function mintDirectAccessToken(
  ctx: IdentityContext,
  input: MintRequest,
): Promise<TokenReply> {
  const user = ctx.directory.findUser(input.userPrincipalName);
  if (!user) {
    throw new StsError({
      error: 'invalid_grant',
      code: 50034,
      description: `The user account ${input.userPrincipalName} does not exist in the ${EMULATOR_TENANT_DOMAIN} directory. To sign into this application, the account must be added to the directory.`,
    });
  }
  const scopes = parseScopes(input.scopes.join(' '));
  const permissions = grantGraphPermissions(scopes, [], ctx.consentDenied, {
    error: 'invalid_grant',
    suberror: 'consent_required',
  });
  const acrs = input.acrs ?? [];
  const subject = directSubject(user, input.mfa ?? acrs.length > 0, acrs);
  return {
    access_token: await ctx.minter.accessToken(subject, permissions),
    token_type: 'Bearer',
    expires_in: ACCESS_TOKEN_LIFETIME_S,
    ext_expires_in: ACCESS_TOKEN_LIFETIME_S,
    scope: replyScope(scopes, permissions),
  };
}
