import { createHash, randomBytes } from 'node:crypto';
import { EMULATOR_CLIENT_ID, EMULATOR_TENANT_ID } from '../constants.ts';
import type { Emulator } from '../emulator.ts';

/** Helpers for the identity tests: they drive the emulator as MSAL and a browser would. */
export const ORIGIN = 'https://localhost:5173';
export const AUTHORITY = `${ORIGIN}/emulator/${EMULATOR_TENANT_ID}`;
export const REDIRECT_URI = `${ORIGIN}/auth/redirect`;
export const FROZEN_AT = new Date('2026-03-02T09:00:00Z');
export const ADELE = 'AdeleV@contoso.onmicrosoft.com';

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function authorizeUrl(
  challenge: string,
  overrides: Record<string, string | undefined> = {},
): string {
  const params: Record<string, string | undefined> = {
    client_id: EMULATOR_CLIENT_ID,
    scope: 'User.Read openid profile offline_access',
    redirect_uri: REDIRECT_URI,
    'client-request-id': '11111111-2222-3333-4444-555555555555',
    response_mode: 'fragment',
    response_type: 'code',
    client_info: '1',
    nonce: 'nonce-123',
    state: 'state-abc',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...overrides,
  };
  const url = new URL(`${AUTHORITY}/oauth2/v2.0/authorize`);
  for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, v);
  return url.toString();
}

export async function get(em: Emulator, url: string, cookie?: string): Promise<Response> {
  const headers = cookie ? { cookie } : undefined;
  const res = await em.fetch(new Request(url, { headers, redirect: 'manual' }));
  if (!res) throw new Error(`emulator did not answer ${url}`);
  return res;
}

export async function postForm(
  em: Emulator,
  url: string,
  body: Iterable<[string, string]> | Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  const res = await em.fetch(
    new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8', ...headers },
      body: new URLSearchParams(body as Record<string, string>).toString(),
    }),
  );
  if (!res) throw new Error(`emulator did not answer ${url}`);
  return res;
}

/** The parameters of a redirect to the app, from the fragment or the query. */
export function redirectParams(res: Response): URLSearchParams {
  const location = res.headers.get('location');
  if (res.status !== 302 || !location) throw new Error(`expected a redirect, got ${res.status}`);
  const url = new URL(location);
  return new URLSearchParams(url.hash ? url.hash.slice(1) : url.search);
}

/** `ESTSAUTH=<value>` from a response's Set-Cookie, ready for a Cookie header. */
export function sessionCookieOf(res: Response): string | undefined {
  const set = res.headers.getSetCookie().find((c) => c.startsWith('ESTSAUTH='));
  return set?.split(';')[0];
}

/** The hidden fields of the form a page renders (HTML entities decoded). */
export function hiddenFields(html: string): [string, string][] {
  const decode = (s: string): string =>
    s
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&');
  return [...html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map(
    (m) => [decode(m[1] ?? ''), decode(m[2] ?? '')] as [string, string],
  );
}

export interface SignedIn {
  code: string;
  verifier: string;
  cookie: string;
  params: URLSearchParams;
}

/** Opens the sign-in page and picks `upn`, as a user clicking the button would. */
export async function signIn(
  em: Emulator,
  upn = ADELE,
  overrides: Record<string, string | undefined> = {},
): Promise<SignedIn> {
  const { verifier, challenge } = pkcePair();
  const page = await get(em, authorizeUrl(challenge, overrides));
  if (page.status !== 200) throw new Error(`expected the sign-in page, got ${page.status}`);
  const fields = hiddenFields(await page.text());
  const res = await postForm(em, `${AUTHORITY}/oauth2/v2.0/authorize`, [
    ...fields,
    ['login_as', upn],
  ]);
  const cookie = sessionCookieOf(res);
  if (!cookie) throw new Error('no session cookie');
  const params = redirectParams(res);
  const code = params.get('code');
  if (!code) throw new Error(`no code: ${params.toString()}`);
  return { code, verifier, cookie, params };
}

export function redeemCode(
  em: Emulator,
  code: string,
  verifier: string,
  extra: Record<string, string> = {},
): Promise<Response> {
  return postForm(
    em,
    `${AUTHORITY}/oauth2/v2.0/token`,
    {
      client_id: EMULATOR_CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      scope: 'User.Read openid profile offline_access',
      code,
      code_verifier: verifier,
      grant_type: 'authorization_code',
      client_info: '1',
      ...extra,
    },
    { origin: ORIGIN },
  );
}

export function redeemRefreshToken(
  em: Emulator,
  refreshToken: string,
  extra: Record<string, string> = {},
): Promise<Response> {
  return postForm(
    em,
    `${AUTHORITY}/oauth2/v2.0/token`,
    {
      client_id: EMULATOR_CLIENT_ID,
      scope: 'User.Read openid profile offline_access',
      refresh_token: refreshToken,
      grant_type: 'refresh_token',
      client_info: '1',
      ...extra,
    },
    { origin: ORIGIN },
  );
}

export async function json(res: Response): Promise<Record<string, unknown>> {
  return (await res.json()) as Record<string, unknown>;
}

export function claimsOf(jwt: unknown): Record<string, unknown> {
  if (typeof jwt !== 'string') throw new Error('not a JWT');
  const [, payload = ''] = jwt.split('.');
  return JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
}
