import type { Clock } from '../clock.ts';
import { newGuid, randomToken } from './ids.ts';

/** A browser's sign-in session at the emulated STS (what the ESTSAUTH cookie points to). */
export interface Session {
  /** The `sid` claim: stable for the session, sent back by MSAL on silent requests. */
  id: string;
  cookie: string;
  userId: string;
  /** Seconds since the epoch of the first-factor sign-in. */
  authTime: number;
  mfa: boolean;
  acrs: string[];
}

/** What a code or refresh token carries from the sign-in it came from. */
export interface GrantContext {
  clientId: string;
  userId: string;
  sessionId: string;
  authTime: number;
  mfa: boolean;
  acrs: string[];
  clientCapabilities: string[];
}

export interface AuthorizationCode extends GrantContext {
  code: string;
  redirectUri: string;
  codeChallenge: string;
  scope: string;
  nonce: string | undefined;
  issuedAtMs: number;
  redeemed: boolean;
}

export interface RefreshGrant extends GrantContext {
  token: string;
  graphPermissions: string[];
  /** When the chain of rotated SPA refresh tokens began; its 24 h lifetime never extends. */
  chainStartMs: number;
}

export const CODE_LIFETIME_MS = 10 * 60 * 1000;
export const SPA_REFRESH_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** In-memory sessions, codes and refresh tokens, all timed by the virtual clock. */
export class GrantStore {
  readonly #clock: Clock;
  readonly #sessions = new Map<string, Session>();
  readonly #codes = new Map<string, AuthorizationCode>();
  readonly #refresh = new Map<string, RefreshGrant>();

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  createSession(userId: string): Session {
    const session: Session = {
      id: newGuid(),
      cookie: randomToken(32),
      userId,
      authTime: Math.floor(this.#clock.nowMs() / 1000),
      mfa: false,
      acrs: [],
    };
    this.#sessions.set(session.cookie, session);
    return session;
  }

  sessionByCookie(cookie: string | undefined): Session | undefined {
    return cookie ? this.#sessions.get(cookie) : undefined;
  }

  endSession(cookie: string | undefined): void {
    if (cookie) this.#sessions.delete(cookie);
  }

  issueCode(input: Omit<AuthorizationCode, 'code' | 'issuedAtMs' | 'redeemed'>): string {
    this.#prune();
    const code = `1.A${randomToken(96)}`;
    this.#codes.set(code, { ...input, code, issuedAtMs: this.#clock.nowMs(), redeemed: false });
    return code;
  }

  code(code: string): AuthorizationCode | undefined {
    return this.#codes.get(code);
  }

  issueRefreshToken(input: Omit<RefreshGrant, 'token'>): RefreshGrant {
    this.#prune();
    const grant: RefreshGrant = { ...input, token: `1.A${randomToken(160)}` };
    this.#refresh.set(grant.token, grant);
    return grant;
  }

  refreshGrant(token: string): RefreshGrant | undefined {
    return this.#refresh.get(token);
  }

  clear(): void {
    this.#sessions.clear();
    this.#codes.clear();
    this.#refresh.clear();
  }

  /** Drops what can no longer be redeemed, so a long demo does not grow without bound. */
  #prune(): void {
    const now = this.#clock.nowMs();
    for (const [key, c] of this.#codes) {
      // Redeemed codes stay a while so a replay gets AADSTS54005 rather than "malformed".
      if (now - c.issuedAtMs > 6 * CODE_LIFETIME_MS) this.#codes.delete(key);
    }
    for (const [key, r] of this.#refresh) {
      if (now - r.chainStartMs > 2 * SPA_REFRESH_LIFETIME_MS) this.#refresh.delete(key);
    }
  }
}
