import { createLocalJWKSet, jwtVerify } from 'jose';
import { beforeEach, describe, expect, it } from 'vitest';
import { EMULATOR_CLIENT_ID, EMULATOR_TENANT_ID } from '../constants.ts';
import { createEmulator, type Emulator } from '../emulator.ts';
import {
  ADELE,
  AUTHORITY,
  claimsOf,
  FROZEN_AT,
  get,
  json,
  ORIGIN,
  postForm,
  redeemCode,
  redeemRefreshToken,
  signIn,
} from './test-support.ts';

let em: Emulator;
beforeEach(async () => {
  em = await createEmulator({ keyFile: null, frozenAt: FROZEN_AT });
});

/** Asserts Entra's error envelope with the given `error` and AADSTS code. */
async function expectStsError(
  res: Response,
  error: string,
  code: number,
): Promise<Record<string, unknown>> {
  expect(res.status).toBe(400);
  const body = await json(res);
  expect(body.error).toBe(error);
  expect(body.error_codes).toEqual([code]);
  expect(body.error_description).toMatch(new RegExp(`^AADSTS${String(code)}: `));
  expect(body.error_description).toMatch(
    /\r\nTrace ID: [0-9a-f-]{36}\r\nCorrelation ID: .+\r\nTimestamp: 2026-03-0\d /,
  );
  expect(body.timestamp).toMatch(/^2026-03-0\d \d\d:\d\d:\d\dZ$/);
  expect(body.trace_id).toMatch(/^[0-9a-f-]{36}$/);
  expect(body.error_uri).toBe(`https://login.microsoftonline.com/error?code=${String(code)}`);
  return body;
}

describe('authorization_code grant', () => {
  it('redeems a code for Entra-shaped tokens that verify against the JWKS', async () => {
    const { code, verifier, params } = await signIn(em);
    const res = await redeemCode(em, code, verifier);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const body = await json(res);
    expect(body).toMatchObject({
      token_type: 'Bearer',
      scope: 'User.Read openid profile',
      expires_in: 3900,
      ext_expires_in: 3900,
      refresh_token_expires_in: 86400,
      client_info: params.get('client_info'),
    });
    expect(typeof body.refresh_token).toBe('string');

    const keys = await json(await get(em, `${AUTHORITY}/discovery/v2.0/keys`));
    const jwks = createLocalJWKSet(keys as unknown as Parameters<typeof createLocalJWKSet>[0]);
    const now = { currentDate: FROZEN_AT };
    const id = await jwtVerify(String(body.id_token), jwks, now);
    expect(id.protectedHeader).toMatchObject({ typ: 'JWT', alg: 'RS256' });
    expect(id.payload).toMatchObject({
      ver: '2.0',
      iss: `${AUTHORITY}/v2.0`,
      aud: EMULATOR_CLIENT_ID,
      tid: EMULATOR_TENANT_ID,
      oid: '2a6b1c7e-8f3d-4a5b-9c0d-1e2f3a4b5c01',
      name: 'Adele Vance',
      preferred_username: ADELE,
      nonce: 'nonce-123',
      sid: params.get('session_state'),
      iat: FROZEN_AT.getTime() / 1000,
      nbf: FROZEN_AT.getTime() / 1000,
      exp: FROZEN_AT.getTime() / 1000 + 3600,
    });
    expect(id.payload.sub).toMatch(/^[A-Za-z0-9_-]{43}$/);
    for (const claim of ['uti', 'rh', 'aio']) expect(typeof id.payload[claim]).toBe('string');

    const access = await jwtVerify(String(body.access_token), jwks, now);
    expect(access.payload).toMatchObject({
      ver: '1.0',
      aud: 'https://graph.microsoft.com',
      iss: `https://sts.windows.net/${EMULATOR_TENANT_ID}/`,
      scp: 'User.Read',
      appid: EMULATOR_CLIENT_ID,
      azp: EMULATOR_CLIENT_ID,
      upn: ADELE,
      idtyp: 'user',
      amr: ['pwd'],
      exp: FROZEN_AT.getTime() / 1000 + 3900,
    });
    expect(access.payload.acrs).toBeUndefined();
    expect(access.payload.sub).not.toBe(id.payload.sub);
    const verified = await em.identity.verifyAccessToken(String(body.access_token));
    expect(verified.oid).toBe('2a6b1c7e-8f3d-4a5b-9c0d-1e2f3a4b5c01');
  });

  it('keeps the id_token subject stable for the same user and client', async () => {
    const first = await json(await redeemCode(em, ...(await codeAndVerifier())));
    const second = await json(await redeemCode(em, ...(await codeAndVerifier())));
    expect(claimsOf(first.id_token).sub).toBe(claimsOf(second.id_token).sub);
  });

  it('rejects a verifier that does not hash to the challenge (AADSTS501481)', async () => {
    const { code } = await signIn(em);
    await expectStsError(await redeemCode(em, code, 'x'.repeat(43)), 'invalid_grant', 501481);
  });

  it('rejects a second redemption of the same code (AADSTS54005)', async () => {
    const { code, verifier } = await signIn(em);
    expect((await redeemCode(em, code, verifier)).status).toBe(200);
    await expectStsError(await redeemCode(em, code, verifier), 'invalid_grant', 54005);
  });

  it('rejects a redirect URI other than the one authorized (AADSTS50011)', async () => {
    const { code, verifier } = await signIn(em);
    const res = await redeemCode(em, code, verifier, { redirect_uri: `${ORIGIN}/` });
    const body = await expectStsError(res, 'invalid_grant', 50011);
    expect(body.error_description).toContain(`'${ORIGIN}/auth/redirect'`);
  });

  it('rejects a code older than ten minutes (AADSTS70008)', async () => {
    const { code, verifier } = await signIn(em);
    em.clock.advance(10 * 60 * 1000 + 1000);
    await expectStsError(await redeemCode(em, code, verifier), 'invalid_grant', 70008);
  });

  it('rejects an unknown code, a missing parameter and a client secret', async () => {
    const { verifier } = await signIn(em);
    await expectStsError(await redeemCode(em, 'nonsense', verifier), 'invalid_grant', 9002313);
    await expectStsError(await redeemCode(em, '', verifier), 'invalid_request', 900144);
    const secret = await redeemCode(em, 'c', verifier, { client_secret: 's' });
    await expectStsError(secret, 'invalid_client', 700025);
    const other = await redeemCode(em, 'c', verifier, { client_id: EMULATOR_TENANT_ID });
    await expectStsError(other, 'unauthorized_client', 700016);
    const grant = await redeemCode(em, 'c', verifier, { grant_type: 'password' });
    await expectStsError(grant, 'unsupported_grant_type', 70003);
  });

  it('echoes the client correlation id from the query string', async () => {
    const res = await postForm(em, `${AUTHORITY}/oauth2/v2.0/token?client-request-id=abc-123`, {
      client_id: EMULATOR_CLIENT_ID,
    });
    const body = await expectStsError(res, 'invalid_request', 900144);
    expect(body.correlation_id).toBe('abc-123');
    expect(res.headers.get('client-request-id')).toBe('abc-123');
    expect(res.headers.get('x-ms-request-id')).toBe(body.trace_id);
  });
});

describe('refresh_token grant', () => {
  it('rotates like Entra: a new token each time, and the old one stays valid', async () => {
    const first = await json(await redeemCode(em, ...(await codeAndVerifier())));
    const second = await redeemRefreshToken(em, String(first.refresh_token));
    expect(second.status).toBe(200);
    const rotated = await json(second);
    expect(rotated.refresh_token).not.toBe(first.refresh_token);
    expect(claimsOf(rotated.id_token).nonce).toBeUndefined();
    // Two silent renewals racing with the same token (two tabs, two queries) both succeed.
    const again = await redeemRefreshToken(em, String(first.refresh_token));
    expect(again.status).toBe(200);
    expect((await json(again)).refresh_token).not.toBe(rotated.refresh_token);
    expect((await redeemRefreshToken(em, String(rotated.refresh_token))).status).toBe(200);
  });

  it('keeps an old rotated token bound to its chain: it ends with the chain (AADSTS700084)', async () => {
    const first = await json(await redeemCode(em, ...(await codeAndVerifier())));
    await redeemRefreshToken(em, String(first.refresh_token));
    em.clock.advance(24 * 3600 * 1000 + 1000);
    await expectStsError(
      await redeemRefreshToken(em, String(first.refresh_token)),
      'invalid_grant',
      700084,
    );
  });

  it('accumulates permissions and writes them as the client asked', async () => {
    const first = await json(await redeemCode(em, ...(await codeAndVerifier())));
    const res = await redeemRefreshToken(em, String(first.refresh_token), {
      scope:
        'https://graph.microsoft.com/RoleManagement.Read.Directory openid profile offline_access',
    });
    const body = await json(res);
    expect(body.scope).toBe(
      'https://graph.microsoft.com/User.Read https://graph.microsoft.com/RoleManagement.Read.Directory openid profile',
    );
    expect(claimsOf(body.access_token).scp).toBe('User.Read RoleManagement.Read.Directory');
  });

  it('ends the chain 24 hours after sign-in, however often it rotated (AADSTS700084)', async () => {
    let body = await json(await redeemCode(em, ...(await codeAndVerifier())));
    em.clock.advance(20 * 3600 * 1000);
    body = await json(await redeemRefreshToken(em, String(body.refresh_token)));
    expect(body.refresh_token_expires_in).toBe(4 * 3600);
    em.clock.advance(4 * 3600 * 1000 + 1000);
    await expectStsError(
      await redeemRefreshToken(em, String(body.refresh_token)),
      'invalid_grant',
      700084,
    );
  });

  it('answers a claims challenge the grant has not met with AADSTS50076 basic_action', async () => {
    const first = await json(await redeemCode(em, ...(await codeAndVerifier())));
    const claims = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';
    const res = await redeemRefreshToken(em, String(first.refresh_token), { claims });
    const body = await expectStsError(res, 'invalid_grant', 50076);
    // MSAL maps suberror basic_action to InteractionRequiredAuthError.
    expect(body.suberror).toBe('basic_action');
    expect(body.claims).toBe(claims);
    // The failed attempt did not consume the refresh token.
    expect((await redeemRefreshToken(em, String(first.refresh_token))).status).toBe(200);
  });

  it('refuses permissions the tenant has not consented to (AADSTS65001)', async () => {
    const first = await json(await redeemCode(em, ...(await codeAndVerifier())));
    em.identity.setConsentDenied([
      'https://graph.microsoft.com/RoleManagement.ReadWrite.Directory',
    ]);
    const res = await redeemRefreshToken(em, String(first.refresh_token), {
      scope: 'RoleManagement.ReadWrite.Directory openid profile offline_access',
    });
    const body = await expectStsError(res, 'invalid_grant', 65001);
    expect(body.suberror).toBe('consent_required');
  });

  it('carries client capabilities declared in the claims parameter as xms_cc', async () => {
    const first = await json(await redeemCode(em, ...(await codeAndVerifier())));
    const res = await redeemRefreshToken(em, String(first.refresh_token), {
      claims: '{"access_token":{"xms_cc":{"values":["CP1"]}}}',
    });
    expect(claimsOf((await json(res)).access_token).xms_cc).toEqual(['CP1']);
  });
});

async function codeAndVerifier(): Promise<[string, string]> {
  const { code, verifier } = await signIn(em);
  return [code, verifier];
}
