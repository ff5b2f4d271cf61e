import {
  EMULATOR_PREFIX,
  EMULATOR_TENANT_ID,
  GRAPH_APP_ID,
  GRAPH_AUDIENCE,
} from '../../constants.ts';
import { AccessTokenError } from '../../identity/access-token-error.ts';
import type { Identity } from '../../identity/identity.ts';
import { GraphApiError } from '../errors.ts';
import type { Caller } from '../state.ts';

function unauthorized(message: string, origin: string): GraphApiError {
  // Graph points clients at the authority that issues its tokens; here, the emulator's.
  const authorizationUri = `${origin}${EMULATOR_PREFIX}/${EMULATOR_TENANT_ID}/oauth2/authorize`;
  return new GraphApiError(401, 'InvalidAuthenticationToken', message, {
    headers: {
      'WWW-Authenticate': `Bearer realm="", authorization_uri="${authorizationUri}", client_id="${GRAPH_APP_ID}"`,
    },
  });
}

function decodePayload(token: string): Record<string, unknown> | undefined {
  const part = token.split('.')[1];
  if (!part) return undefined;
  try {
    const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Why Graph would reject this token, in the words Graph uses. */
function rejection(token: string, nowMs: number): string {
  if (!token.includes('.')) return 'IDX14100: JWT is not well formed, there are no dots (.).';
  const claims = decodePayload(token);
  if (!claims) return 'Invalid JWT token. The token is malformed.';
  if (typeof claims.exp === 'number' && claims.exp * 1000 <= nowMs) {
    return 'Lifetime validation failed, the token is expired.';
  }
  if (claims.aud !== GRAPH_AUDIENCE && claims.aud !== GRAPH_APP_ID) {
    return 'Access token validation failure. Invalid audience.';
  }
  return 'Access token validation failure. Invalid signature.';
}

/** Verifies the bearer token and returns the caller, or throws Graph's 401. */
export async function authenticate(
  request: Request,
  identity: Identity,
  nowMs: number,
  origin: string,
): Promise<Caller> {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(.*)$/i.exec(header.trim());
  const token = match?.[1]?.trim() ?? '';
  if (!token) throw unauthorized('Access token is empty.', origin);
  let claims: Awaited<ReturnType<Identity['verifyAccessToken']>>;
  try {
    claims = await identity.verifyAccessToken(token);
  } catch (thrown) {
    // The identity half names the failed check in Graph's words; other failures are classified.
    const message = thrown instanceof AccessTokenError ? thrown.message : rejection(token, nowMs);
    throw unauthorized(message, origin);
  }
  return {
    userId: claims.oid,
    scopes: new Set(claims.scp.split(' ').filter(Boolean)),
    acrs: claims.acrs ?? [],
    amr: claims.amr ?? [],
  };
}
