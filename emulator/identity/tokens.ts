import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { Clock } from '../clock.ts';
import {
  EMULATOR_CLIENT_ID,
  EMULATOR_TENANT_ID,
  GRAPH_APP_ID,
  GRAPH_AUDIENCE,
} from '../constants.ts';
import type { Persona } from '../tenant/personas.ts';
import { AccessTokenError } from './access-token-error.ts';
import { newGuid, pairwiseSubject, randomToken } from './ids.ts';
import { APP_DISPLAY_NAME } from './scopes.ts';
import type { SigningKey } from './signing-key.ts';

/**
 * Entra gives access tokens a random lifetime of 60-90 minutes; a fixed 65 minutes keeps tests
 * deterministic while staying inside that range.
 */
export const ACCESS_TOKEN_LIFETIME_S = 3900;
export const ID_TOKEN_LIFETIME_S = 3600;
/** Validators of Microsoft tokens allow five minutes of clock skew. */
const CLOCK_SKEW_S = 300;
/**
 * Microsoft Graph accepts only v1.0 access tokens: whatever endpoint (v1 or v2) issued them, they
 * carry `ver: "1.0"` and the v1 issuer `https://sts.windows.net/<tid>/`, independent of the
 * host the client signed in at. The emulator mints them the same way.
 */
export const GRAPH_TOKEN_ISSUER = `https://sts.windows.net/${EMULATOR_TENANT_ID}/`;

/** Who a token is for and how they signed in. */
export interface TokenSubject {
  user: Persona;
  sessionId: string;
  mfa: boolean;
  acrs: readonly string[];
  clientCapabilities: readonly string[];
}

export interface TokenMinter {
  accessToken(subject: TokenSubject, permissions: readonly string[]): Promise<string>;
  idToken(
    subject: TokenSubject,
    options: { issuer: string; nonce?: string; email: boolean },
  ): Promise<string>;
  verifyAccessToken(token: string): Promise<JWTPayload>;
}

export function createTokenMinter(key: SigningKey, clock: Clock): TokenMinter {
  const sign = (claims: JWTPayload, lifetime: number): Promise<string> => {
    const now = Math.floor(clock.nowMs() / 1000);
    return new SignJWT({ ...claims, iat: now, nbf: now, exp: now + lifetime })
      .setProtectedHeader({ typ: 'JWT', alg: 'RS256', kid: key.kid })
      .sign(key.privateKey);
  };
  return {
    accessToken(subject, permissions) {
      const { user } = subject;
      const claims: JWTPayload = {
        aud: GRAPH_AUDIENCE,
        iss: GRAPH_TOKEN_ISSUER,
        acct: 0,
        acr: '1',
        aio: randomToken(48),
        amr: subject.mfa ? ['pwd', 'mfa'] : ['pwd'],
        app_displayname: APP_DISPLAY_NAME,
        appid: EMULATOR_CLIENT_ID,
        appidacr: '0',
        // v1 tokens name the client `appid`; `azp` is kept too so one field works for both.
        azp: EMULATOR_CLIENT_ID,
        family_name: user.surname,
        given_name: user.givenName,
        idtyp: 'user',
        name: user.displayName,
        oid: user.id,
        rh: `0.A${randomToken(30)}.`,
        scp: permissions.join(' '),
        sid: subject.sessionId,
        sub: pairwiseSubject(user.id, GRAPH_APP_ID),
        tenant_region_scope: 'EU',
        tid: EMULATOR_TENANT_ID,
        unique_name: user.userPrincipalName,
        upn: user.userPrincipalName,
        uti: randomToken(16),
        ver: '1.0',
      };
      if (subject.acrs.length > 0) claims.acrs = [...subject.acrs];
      if (subject.clientCapabilities.length > 0) claims.xms_cc = [...subject.clientCapabilities];
      return sign(claims, ACCESS_TOKEN_LIFETIME_S);
    },
    idToken(subject, options) {
      const { user } = subject;
      const claims: JWTPayload = {
        aud: EMULATOR_CLIENT_ID,
        iss: options.issuer,
        aio: randomToken(48),
        name: user.displayName,
        oid: user.id,
        preferred_username: user.userPrincipalName,
        rh: `0.A${randomToken(30)}.`,
        sid: subject.sessionId,
        sub: pairwiseSubject(user.id, EMULATOR_CLIENT_ID),
        tid: EMULATOR_TENANT_ID,
        uti: randomToken(16),
        ver: '2.0',
      };
      if (options.nonce !== undefined) claims.nonce = options.nonce;
      if (options.email) claims.email = user.mail;
      return sign(claims, ID_TOKEN_LIFETIME_S);
    },
    async verifyAccessToken(token) {
      if (token.split('.').length !== 3) throw new AccessTokenError('malformed');
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, key.publicKey, {
          algorithms: ['RS256'],
          typ: 'JWT',
          currentDate: clock.now(),
          clockTolerance: CLOCK_SKEW_S,
        }));
      } catch (e) {
        throw toAccessTokenError(e);
      }
      const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
      if (!audiences.some((a) => a === GRAPH_AUDIENCE || a === GRAPH_APP_ID)) {
        throw new AccessTokenError('audience', `Audience: '${String(payload.aud)}'.`);
      }
      if (payload.iss !== GRAPH_TOKEN_ISSUER) {
        throw new AccessTokenError('issuer', `Issuer: '${String(payload.iss)}'.`);
      }
      if (
        typeof payload.oid !== 'string' ||
        typeof payload.tid !== 'string' ||
        typeof payload.scp !== 'string'
      ) {
        throw new AccessTokenError('claims');
      }
      return payload;
    },
  };
}

function toAccessTokenError(e: unknown): AccessTokenError {
  if (e instanceof errors.JWTExpired) return new AccessTokenError('expired');
  if (e instanceof errors.JWTClaimValidationFailed) {
    if (e.claim === 'nbf' || e.claim === 'iat') return new AccessTokenError('not_yet_valid');
    return new AccessTokenError('claims', e.message);
  }
  if (e instanceof errors.JWSSignatureVerificationFailed) return new AccessTokenError('signature');
  if (e instanceof errors.JOSEAlgNotAllowed) return new AccessTokenError('signature');
  return new AccessTokenError('malformed');
}

/** A fresh session-less subject (for `mintAccessToken` and the token control). */
export function directSubject(user: Persona, mfa: boolean, acrs: readonly string[]): TokenSubject {
  return {
    user,
    sessionId: newGuid(),
    mfa,
    acrs,
    clientCapabilities: [],
  };
}
