import { beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../emulator.ts';
import {
  ADELE,
  AUTHORITY,
  authorizeUrl,
  claimsOf,
  FROZEN_AT,
  get,
  hiddenFields,
  json,
  pkcePair,
  postForm,
  redeemCode,
  redirectParams,
  sessionCookieOf,
  signIn,
} from './test-support.ts';

let em: Emulator;
beforeEach(async () => {
  em = await createEmulator({ keyFile: null, frozenAt: FROZEN_AT });
});

const AUTHORIZE = `${AUTHORITY}/oauth2/v2.0/authorize`;
const STEP_UP = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';

describe('sessions', () => {
  it('prompt=none without a session answers login_required (AADSTS50058)', async () => {
    const res = await get(em, authorizeUrl(pkcePair().challenge, { prompt: 'none' }));
    const params = redirectParams(res);
    expect(params.get('error')).toBe('login_required');
    expect(params.get('error_description')).toMatch(/^AADSTS50058: /);
    expect(params.get('error_uri')).toBe('https://login.microsoftonline.com/error?code=50058');
    expect(params.get('state')).toBe('state-abc');
  });

  it('prompt=none with the session cookie issues a code without UI', async () => {
    const { cookie, params: first } = await signIn(em);
    const { challenge, verifier } = pkcePair();
    const sid = first.get('session_state') ?? '';
    const res = await get(em, authorizeUrl(challenge, { prompt: 'none', sid }), cookie);
    const params = redirectParams(res);
    const code = params.get('code') ?? '';
    expect(code).not.toBe('');
    expect(res.headers.getSetCookie()).toEqual([]);
    expect((await redeemCode(em, code, verifier)).status).toBe(200);
    const wrongSid = await get(em, authorizeUrl(challenge, { prompt: 'none', sid: 'x' }), cookie);
    expect(redirectParams(wrongSid).get('error')).toBe('login_required');
  });

  it('prompt=login shows the page even with a session; no prompt reuses it', async () => {
    const { cookie } = await signIn(em);
    const forced = await get(em, authorizeUrl(pkcePair().challenge, { prompt: 'login' }), cookie);
    expect(forced.status).toBe(200);
    const sso = await get(em, authorizeUrl(pkcePair().challenge), cookie);
    expect(redirectParams(sso).get('code')).toBeTruthy();
  });

  it('a login_hint naming a persona signs in without the picker', async () => {
    const { challenge, verifier } = pkcePair();
    const hint = 'meganb@contoso.onmicrosoft.com';
    const res = await get(em, authorizeUrl(challenge, { login_hint: hint }));
    expect(sessionCookieOf(res)).toBeTruthy();
    const body = await json(await redeemCode(em, redirectParams(res).get('code') ?? '', verifier));
    expect(claimsOf(body.id_token).preferred_username).toBe('MeganB@contoso.onmicrosoft.com');
    const unknown = await get(em, authorizeUrl(challenge, { login_hint: 'nobody@contoso.com' }));
    expect(unknown.status).toBe(200);
  });

  it('logout ends the session and returns to a registered post-logout URI', async () => {
    const { cookie } = await signIn(em);
    const logout = `${AUTHORITY}/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent('https://localhost:5173/')}`;
    const res = await get(em, logout, cookie);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('https://localhost:5173/');
    expect(res.headers.getSetCookie()[0]).toMatch(/^ESTSAUTH=; .*Max-Age=0/);
    const silent = await get(em, authorizeUrl(pkcePair().challenge, { prompt: 'none' }), cookie);
    expect(redirectParams(silent).get('error')).toBe('login_required');
    const page = await get(
      em,
      `${AUTHORITY}/oauth2/v2.0/logout?post_logout_redirect_uri=https://evil.example/`,
    );
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('You signed out of your account');
  });
});

describe('step-up (claims challenge)', () => {
  it('shows "Verify your identity", then issues tokens carrying acrs and mfa', async () => {
    const { cookie } = await signIn(em);
    const { challenge, verifier } = pkcePair();
    const page = await get(em, authorizeUrl(challenge, { claims: STEP_UP }), cookie);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<h1>Verify your identity</h1>');
    expect(html).toContain('<strong>c1</strong>');
    expect(html).toContain('>Verify</button>');
    const res = await postForm(em, AUTHORIZE, [...hiddenFields(html), ['action', 'verify']], {
      cookie,
    });
    const code = redirectParams(res).get('code') ?? '';
    const body = await json(await redeemCode(em, code, verifier, { claims: STEP_UP }));
    const access = claimsOf(body.access_token);
    expect(access.acrs).toEqual(['c1']);
    expect(access.amr).toEqual(['pwd', 'mfa']);
  });

  it('prompt=none needs interaction until the session has stepped up', async () => {
    const { cookie } = await signIn(em);
    const silent = (): Promise<Response> =>
      get(em, authorizeUrl(pkcePair().challenge, { prompt: 'none', claims: STEP_UP }), cookie);
    const before = redirectParams(await silent());
    expect(before.get('error')).toBe('interaction_required');
    expect(before.get('error_description')).toMatch(/^AADSTS50076: /);
    const page = await get(em, authorizeUrl(pkcePair().challenge, { claims: STEP_UP }), cookie);
    await postForm(em, AUTHORIZE, [...hiddenFields(await page.text()), ['action', 'verify']], {
      cookie,
    });
    expect(redirectParams(await silent()).get('code')).toBeTruthy();
  });

  it('asks for MFA when the claims request amr=mfa, and Cancel returns access_denied', async () => {
    const claims = '{"access_token":{"amr":{"essential":true,"values":["mfa"]}}}';
    const page = await get(em, authorizeUrl(pkcePair().challenge, { claims, login_hint: ADELE }));
    const html = await page.text();
    expect(html).toContain('<li>Multifactor authentication</li>');
    const cookie = sessionCookieOf(page) ?? '';
    const res = await postForm(em, AUTHORIZE, [...hiddenFields(html), ['action', 'cancel']], {
      cookie,
    });
    expect(redirectParams(res).get('error')).toBe('access_denied');
  });
});
