import type { Clock } from '../clock.ts';
import type { Directory } from '../graph/tenant.ts';

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
  /** The issuer's origin, e.g. `https://localhost:5173`. */
  origin: string;
  userPrincipalName: string;
  scopes: string[];
  acrs?: string[];
  mfa?: boolean;
}

export interface TokenReply {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

export interface Identity {
  /** Answers `/emulator/<tenant>/<subpath>`: OIDC metadata, authorize, token, logout, keys. */
  handle(request: Request, url: URL, subpath: string): Promise<Response>;
  mintAccessToken(input: MintRequest): Promise<TokenReply>;
  /** Verifies signature, audience and expiry (against the virtual clock); throws on failure. */
  verifyAccessToken(token: string): Promise<AccessTokenClaims>;
}

export async function createIdentity(_options: {
  clock: Clock;
  keyFile: string | null;
  directory: Directory;
}): Promise<Identity> {
  await Promise.resolve();
  throw new Error('identity: not implemented yet');
}
