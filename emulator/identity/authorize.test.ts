import { beforeEach, describe, expect, it } from 'vitest';
import { EMULATOR_TENANT_ID } from '../constants.ts';
import { createEmulator, type Emulator } from '../emulator.ts';
import {
  ADELE,
  AUTHORITY,
  authorizeUrl,
  FROZEN_AT,
  get,
  hiddenFields,
  pkcePair,
  postForm,
  redirectParams,
  REDIRECT_URI,
  signIn,
} from './test-support.ts';

let em: Emulator;
beforeEach(async () => {
  em = await createEmulator({ keyFile: null, frozenAt: FROZEN_AT });
});

const AUTHORIZE = `${AUTHORITY}/oauth2/v2.0/authorize`;

describe('sign-in page', () => {
  it('lists the personas as labelled buttons, under a strict CSP with no script', async () => {
    const res = await get(em, authorizeUrl(pkcePair().challenge, { state: '"><b>x</b>' }));
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('script-src');
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    const html = await res.text();
    expect(html).not.toContain('<script');
    expect(html).toContain('<main>');
    expect(html).toContain('<h1>Sign in</h1>');
    for (const name of ['Adele Vance', 'Megan Bowen', 'Alex Wilber', 'Diego Siciliani']) {
      expect(html).toContain(`>Sign in as ${name}</button>`);
    }
    expect(html).toContain('AdeleV@contoso.onmicrosoft.com');
    expect(html).not.toContain('<b>x</b>');
    expect(hiddenFields(html)).toContainEqual(['state', '"><b>x</b>']);
  });

  it('redirects with code, state, client_info and session_state in the fragment', async () => {
    const { params, cookie } = await signIn(em);
    expect(params.get('state')).toBe('state-abc');
    expect(params.get('session_state')).toMatch(/^[0-9a-f-]{36}$/);
    const info: unknown = JSON.parse(
      Buffer.from(params.get('client_info') ?? '', 'base64url').toString(),
    );
    expect(info).toEqual({ uid: '2a6b1c7e-8f3d-4a5b-9c0d-1e2f3a4b5c01', utid: EMULATOR_TENANT_ID });
    expect(cookie).toMatch(/^ESTSAUTH=[A-Za-z0-9_-]+$/);
  });

  it('sets the session cookie HttpOnly, Secure, SameSite=None on /emulator/', async () => {
    const page = await get(em, authorizeUrl(pkcePair().challenge));
    const res = await postForm(em, AUTHORIZE, [
      ...hiddenFields(await page.text()),
      ['login_as', ADELE],
    ]);
    const set = res.headers.getSetCookie()[0] ?? '';
    expect(set).toMatch(/; Path=\/emulator\/; Secure; HttpOnly; SameSite=None/);
  });

  it('answers in the query when response_mode=query', async () => {
    const { challenge } = pkcePair();
    const res = await get(
      em,
      authorizeUrl(challenge, { response_mode: 'query', login_hint: ADELE }),
    );
    const location = new URL(res.headers.get('location') ?? '');
    expect(location.hash).toBe('');
    expect(location.searchParams.get('code')).toBeTruthy();
  });
});

describe('request validation', () => {
  it('shows an error page, never a redirect, for an unknown client (AADSTS700016)', async () => {
    const url = authorizeUrl(pkcePair().challenge, { client_id: EMULATOR_TENANT_ID });
    const res = await get(em, url);
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).toContain('AADSTS700016: Application with identifier');
  });

  it('refuses an unregistered redirect URI (AADSTS50011) but allows localhost ports', async () => {
    const bad = await get(
      em,
      authorizeUrl(pkcePair().challenge, { redirect_uri: 'https://evil.example/auth/redirect' }),
    );
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('AADSTS50011');
    const other = await get(
      em,
      authorizeUrl(pkcePair().challenge, { redirect_uri: `${REDIRECT_URI}/../../x` }),
    );
    expect(other.status).toBe(400);
    const standalone = await get(
      em,
      authorizeUrl(pkcePair().challenge, { redirect_uri: 'http://localhost:3000/' }),
    );
    expect(standalone.status).toBe(200);
  });

  it('redirects protocol errors back with state (PKCE required, AADSTS9002325)', async () => {
    const res = await get(em, authorizeUrl('', { code_challenge: undefined }));
    const params = redirectParams(res);
    expect(params.get('error')).toBe('invalid_request');
    expect(params.get('error_description')).toMatch(/^AADSTS9002325: /);
    expect(params.get('state')).toBe('state-abc');
    const plain = redirectParams(
      await get(em, authorizeUrl(pkcePair().challenge, { code_challenge_method: 'plain' })),
    );
    expect(plain.get('error_description')).toMatch(/^AADSTS50149: /);
  });

  it('refuses other response types and resources', async () => {
    const token = redirectParams(
      await get(em, authorizeUrl(pkcePair().challenge, { response_type: 'token' })),
    );
    expect(token.get('error')).toBe('unsupported_response_type');
    const api = redirectParams(
      await get(em, authorizeUrl(pkcePair().challenge, { scope: 'api://other/Read openid' })),
    );
    expect(api.get('error')).toBe('invalid_resource');
    expect(api.get('error_description')).toMatch(/^AADSTS500011: /);
  });
});
