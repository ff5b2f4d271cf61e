import type { Clock } from '../clock.ts';
import { EMULATOR_TENANT_ID } from '../constants.ts';
import type { Directory } from '../graph/tenant.ts';
import { handleAuthorize } from './authorize.ts';
import { GrantStore } from './grant-store.ts';
import type { IdentityContext } from './identity-context.ts';
import { handleLogout } from './logout.ts';
import { jwks, openIdConfiguration, publicPreflight } from './metadata.ts';
import { mintDirectAccessToken } from './mint.ts';
import { parseScopes } from './scopes.ts';
import { loadSigningKey } from './signing-key.ts';
import { handleToken } from './token-endpoint.ts';
import { createTokenMinter } from './tokens.ts';

/** Claims of an access token the emulator issued and verified. */
export interface AccessTokenClaims {
  oid: string;
  tid: string;
  scp: string;
  aud: string;
  azp: string;
  acrs?: string[];
  amr?: string[];
  exp: number;
  [claim: string]: unknown;
}

export interface MintRequest {
  /**
   * The origin the caller is served on, e.g. `https://localhost:5173`. Graph access tokens are
   * v1.0 tokens whose issuer is `https://sts.windows.net/<tid>/` whatever the origin, so it
   * does not change the token; it is kept for callers that mint for a given origin.
   */
  origin: string;
  userPrincipalName: string;
  scopes: string[];
  /** Authentication contexts satisfied (`c1`...); implies MFA unless `mfa` says otherwise. */
  acrs?: string[];
  mfa?: boolean;
}

export interface TokenReply {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  ext_expires_in: number;
  scope: string;
}

export interface Identity {
  /** Answers `/emulator/<tenant>/<subpath>`: OIDC metadata, authorize, token, logout, keys. */
  handle(request: Request, url: URL, subpath: string): Promise<Response>;
  /** The access token the token endpoint would issue; throws `StsError` (AADSTS50034 etc.). */
  mintAccessToken(input: MintRequest): Promise<TokenReply>;
  /**
   * Verifies signature, audience, issuer and lifetime (against the virtual clock, with Entra's
   * five minutes of skew); throws `AccessTokenError` (access-token-error.ts) naming the check.
   */
  verifyAccessToken(token: string): Promise<AccessTokenClaims>;
  /** Graph permissions the tenant has not consented to (replaces the previous set). */
  setConsentDenied(scopes: string[]): void;
  /** Forgets sessions, codes, refresh tokens and consent denials (the key stays). */
  reset(): void;
}

/**
 * The emulated Microsoft identity platform (Entra ID v2.0 endpoints) for one tenant and one SPA
 * registration, faithful enough that @azure/msal-browser runs against it unmodified: discovery,
 * JWKS, authorize (sign-in and step-up pages, SSO cookie, prompt=none), token (code + PKCE,
 * rotating SPA refresh tokens with a fixed 24 h lifetime), logout. Deliberate differences from
 * Entra are noted where they are made (scopes.ts, tokens.ts, token-endpoint.ts).
 */
export async function createIdentity(options: {
  clock: Clock;
  keyFile: string | null;
  directory: Directory;
}): Promise<Identity> {
  const key = await loadSigningKey(options.keyFile);
  const ctx: IdentityContext = {
    clock: options.clock,
    directory: options.directory,
    store: new GrantStore(options.clock),
    key,
    minter: createTokenMinter(key, options.clock),
    consentDenied: new Set(),
  };
  return {
    handle: (request, url, subpath) => route(ctx, request, url, subpath),
    mintAccessToken: (input) => mintDirectAccessToken(ctx, input),
    async verifyAccessToken(token) {
      const payload = await ctx.minter.verifyAccessToken(token);
      return {
        ...payload,
        oid: String(payload.oid),
        tid: String(payload.tid),
        scp: String(payload.scp),
        aud: String(payload.aud),
        azp: String(payload.azp ?? payload.appid),
        exp: Number(payload.exp),
      };
    },
    setConsentDenied(scopes) {
      const names = parseScopes(scopes.join(' ')).graph.map((s) => s.toLowerCase());
      ctx.consentDenied = new Set(names);
    },
    reset() {
      ctx.store.clear();
      ctx.consentDenied = new Set();
    },
  };
}

async function route(
  ctx: IdentityContext,
  request: Request,
  url: URL,
  subpath: string,
): Promise<Response> {
  const tenantSegment = url.pathname.split('/')[2] ?? EMULATOR_TENANT_ID;
  const path = subpath.toLowerCase().replace(/\/+$/, '');
  const isRead = request.method === 'GET' || request.method === 'HEAD';
  switch (path) {
    case '/v2.0/.well-known/openid-configuration':
      if (request.method === 'OPTIONS') return publicPreflight();
      if (isRead) return openIdConfiguration(url.origin, tenantSegment, EMULATOR_TENANT_ID);
      break;
    case '/discovery/v2.0/keys':
      if (request.method === 'OPTIONS') return publicPreflight();
      if (isRead) return jwks(ctx.key);
      break;
    case '/oauth2/v2.0/authorize':
      return handleAuthorize(ctx, request, url);
    case '/oauth2/v2.0/token':
      return handleToken(ctx, request, url);
    case '/oauth2/v2.0/logout':
      return handleLogout(ctx, request, url);
    default:
      return Response.json(
        {
          error: 'not_found',
          error_description: `The emulated identity platform serves no ${subpath}.`,
        },
        { status: 404 },
      );
  }
  return new Response(null, { status: 405, headers: { allow: 'GET, OPTIONS' } });
}
