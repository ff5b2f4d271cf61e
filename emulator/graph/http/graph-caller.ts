import { createEmulator, type Emulator } from '../../emulator.ts';
import { PERSONAS } from '../../tenant/personas.ts';

/**
 * For tests that drive the whole emulator over HTTP as the portal does: a fresh emulator on a
 * frozen clock, and Graph calls made as a persona with a token the identity half minted.
 */
export const TEST_ORIGIN = 'https://localhost:5173';
export const FROZEN_AT = new Date('2026-03-02T09:00:00Z');

export const testEmulator = (): Promise<Emulator> =>
  createEmulator({ keyFile: null, frozenAt: FROZEN_AT });

/** A persona's user principal name by given name ("Adele"). */
export function personaUpn(givenName: string): string {
  const persona = PERSONAS.find((p) => p.givenName === givenName);
  if (!persona) throw new Error(`no persona named ${givenName}`);
  return persona.userPrincipalName;
}

export interface GraphCall {
  /** GET without a body, POST with one, unless given. */
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Replaces the caller's permissions for this call. */
  permissions?: string[];
}

export interface GraphReply {
  status: number;
  text: string;
  /** The JSON reply, `{}` when the body is empty. */
  body: Record<string, unknown>;
}

export type GraphCaller = (upn: string, path: string, call?: GraphCall) => Promise<GraphReply>;

/**
 * Calls `/emulator/graph<path>` as `upn`. A token is reused per emulator (each signs with its
 * own key), user and permission set until the emulator's clock reaches its expiry.
 */
export function graphCaller(
  emulator: () => Emulator,
  permissions: string[],
  { mfa = false }: { mfa?: boolean } = {},
): GraphCaller {
  const tokens = new WeakMap<Emulator, Map<string, { token: string; expiresAt: number }>>();
  const tokenFor = async (em: Emulator, upn: string, scopes: string[]): Promise<string> => {
    const cache = tokens.get(em) ?? new Map<string, { token: string; expiresAt: number }>();
    tokens.set(em, cache);
    const key = `${upn} ${scopes.join(' ')}`;
    const cached = cache.get(key);
    if (cached && cached.expiresAt > em.clock.nowMs()) return cached.token;
    const reply = await em.identity.mintAccessToken({
      origin: TEST_ORIGIN,
      userPrincipalName: upn,
      scopes: scopes.map((s) => `https://graph.microsoft.com/${s}`),
      mfa,
    });
    cache.set(key, {
      token: reply.access_token,
      expiresAt: em.clock.nowMs() + (reply.expires_in - 60) * 1000,
    });
    return reply.access_token;
  };
  return async (upn, path, call = {}) => {
    const em = emulator();
    const token = await tokenFor(em, upn, call.permissions ?? permissions);
    const res = await em.fetch(
      new Request(`${TEST_ORIGIN}/emulator/graph${path}`, {
        method: call.method ?? (call.body === undefined ? 'GET' : 'POST'),
        headers: {
          Authorization: `Bearer ${token}`,
          ...(call.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...call.headers,
        },
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
      }),
    );
    if (!res) throw new Error(`no answer for ${path}`);
    const text = await res.text();
    return {
      status: res.status,
      text,
      body: (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>,
    };
  };
}
