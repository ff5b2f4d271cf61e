import { beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../emulator.ts';
import { AUTHORITY, FROZEN_AT, get, json } from './test-support.ts';

let em: Emulator;
beforeEach(async () => {
  em = await createEmulator({ keyFile: null, frozenAt: FROZEN_AT });
});

describe('discovery', () => {
  it('publishes Entra-shaped metadata whose issuer matches the authority', async () => {
    const res = await get(em, `${AUTHORITY}/v2.0/.well-known/openid-configuration`);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = await json(res);
    expect(body).toMatchObject({
      issuer: `${AUTHORITY}/v2.0`,
      authorization_endpoint: `${AUTHORITY}/oauth2/v2.0/authorize`,
      token_endpoint: `${AUTHORITY}/oauth2/v2.0/token`,
      end_session_endpoint: `${AUTHORITY}/oauth2/v2.0/logout`,
      jwks_uri: `${AUTHORITY}/discovery/v2.0/keys`,
      code_challenge_methods_supported: ['S256'],
      cloud_instance_name: 'microsoftonline.com',
    });
    const common = await json(
      await get(em, 'https://localhost:5173/emulator/common/v2.0/.well-known/openid-configuration'),
    );
    expect(common.issuer).toBe('https://localhost:5173/emulator/{tenantid}/v2.0');
    expect(common.token_endpoint).toBe('https://localhost:5173/emulator/common/oauth2/v2.0/token');
  });

  it('serves one RS256 signing key', async () => {
    const body = await json(await get(em, `${AUTHORITY}/discovery/v2.0/keys`));
    expect(body.keys).toEqual([
      expect.objectContaining({
        kty: 'RSA',
        use: 'sig',
        e: 'AQAB',
        kid: expect.any(String) as unknown,
      }),
    ]);
    expect(JSON.stringify(body)).not.toContain('"d"');
  });
});
