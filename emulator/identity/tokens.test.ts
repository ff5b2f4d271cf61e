import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EMULATOR_TENANT_ID } from '../constants.ts';
import { createEmulator } from '../emulator.ts';
import { AccessTokenError, type AccessTokenCheck } from './access-token-error.ts';
import { StsError } from './sts-error.ts';
import { ADELE, claimsOf, FROZEN_AT, json, redeemCode, signIn } from './test-support.ts';

const ORIGIN = 'https://localhost:5173';
let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function expectCheck(promise: Promise<unknown>, check: AccessTokenCheck): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AccessTokenError);
  expect((error as AccessTokenError).check).toBe(check);
}

describe('signing key', () => {
  it('persists to keyFile (creating the folder) and is reused after a restart', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pim-identity-'));
    const keyFile = path.join(dir, 'nested', 'signing-key.json');
    const first = await createEmulator({ keyFile, frozenAt: FROZEN_AT });
    const minted = await first.identity.mintAccessToken({
      origin: ORIGIN,
      userPrincipalName: ADELE,
      scopes: ['User.Read'],
    });
    const stored = JSON.parse(await readFile(keyFile, 'utf8')) as Record<string, unknown>;
    expect(stored).toMatchObject({ kty: 'RSA', alg: 'RS256', kid: expect.any(String) as unknown });
    const second = await createEmulator({ keyFile, frozenAt: FROZEN_AT });
    const claims = await second.identity.verifyAccessToken(minted.access_token);
    expect(claims.upn).toBe(ADELE);
    const other = await createEmulator({ keyFile: null, frozenAt: FROZEN_AT });
    await expectCheck(other.identity.verifyAccessToken(minted.access_token), 'signature');
  });
});

describe('verifyAccessToken', () => {
  it('accepts what the token endpoint issued and names each failed check', async () => {
    const em = await createEmulator({ keyFile: null, frozenAt: FROZEN_AT });
    const { code, verifier } = await signIn(em);
    const body = await json(await redeemCode(em, code, verifier));
    const token = String(body.access_token);
    const claims = await em.identity.verifyAccessToken(token);
    expect(claims).toMatchObject({
      tid: EMULATOR_TENANT_ID,
      aud: 'https://graph.microsoft.com',
      scp: 'User.Read',
    });

    await expectCheck(em.identity.verifyAccessToken('not-a-token'), 'malformed');
    await expectCheck(em.identity.verifyAccessToken(String(body.id_token)), 'audience');
    const [h, p, s = ''] = token.split('.');
    const flipped = `${h ?? ''}.${p ?? ''}.${s.startsWith('A') ? 'B' : 'A'}${s.slice(1)}`;
    await expectCheck(em.identity.verifyAccessToken(flipped), 'signature');

    // 65 minutes of lifetime plus Entra's five minutes of skew, then it is expired.
    em.clock.advance((3900 + 299) * 1000);
    await expect(em.identity.verifyAccessToken(token)).resolves.toBeTruthy();
    em.clock.advance(2000);
    await expectCheck(em.identity.verifyAccessToken(token), 'expired');
  });

  it('rejects a token used before it is valid', async () => {
    const em = await createEmulator({ keyFile: null, frozenAt: FROZEN_AT });
    const minted = await em.identity.mintAccessToken({
      origin: ORIGIN,
      userPrincipalName: ADELE,
      scopes: ['User.Read'],
    });
    em.clock.advance(-10 * 60 * 1000);
    await expectCheck(em.identity.verifyAccessToken(minted.access_token), 'not_yet_valid');
  });
});

describe('mintAccessToken', () => {
  it('mints the token the token endpoint would, with step-up claims on request', async () => {
    const em = await createEmulator({ keyFile: null, frozenAt: FROZEN_AT });
    const reply = await em.identity.mintAccessToken({
      origin: ORIGIN,
      userPrincipalName: 'alexw@contoso.onmicrosoft.com',
      scopes: ['https://graph.microsoft.com/RoleManagement.Read.Directory'],
      acrs: ['c1'],
    });
    expect(reply).toMatchObject({ token_type: 'Bearer', expires_in: 3900 });
    expect(reply.scope).toBe('https://graph.microsoft.com/RoleManagement.Read.Directory');
    const claims = claimsOf(reply.access_token);
    expect(claims).toMatchObject({
      upn: 'AlexW@contoso.onmicrosoft.com',
      scp: 'RoleManagement.Read.Directory',
      acrs: ['c1'],
      amr: ['pwd', 'mfa'],
      ver: '1.0',
    });
    const plain = claimsOf(
      (await em.identity.mintAccessToken({ origin: ORIGIN, userPrincipalName: ADELE, scopes: [] }))
        .access_token,
    );
    expect(plain.amr).toEqual(['pwd']);
    expect(plain.acrs).toBeUndefined();
    expect(plain.scp).toBe('User.Read');
  });

  it('throws AADSTS50034 for an unknown user and AADSTS65001 for a refused permission', async () => {
    const em = await createEmulator({ keyFile: null, frozenAt: FROZEN_AT });
    const unknown = em.identity.mintAccessToken({
      origin: ORIGIN,
      userPrincipalName: 'nobody@contoso.onmicrosoft.com',
      scopes: ['User.Read'],
    });
    await expect(unknown).rejects.toMatchObject({ code: 50034 });
    await expect(unknown).rejects.toBeInstanceOf(StsError);
    em.identity.setConsentDenied(['Directory.ReadWrite.All']);
    const refused = em.identity.mintAccessToken({
      origin: ORIGIN,
      userPrincipalName: ADELE,
      scopes: ['directory.readwrite.all'],
    });
    await expect(refused).rejects.toMatchObject({ code: 65001, error: 'invalid_grant' });
    em.identity.reset();
    await expect(
      em.identity.mintAccessToken({
        origin: ORIGIN,
        userPrincipalName: ADELE,
        scopes: ['Directory.ReadWrite.All'],
      }),
    ).resolves.toBeTruthy();
  });
});
