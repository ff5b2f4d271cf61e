import { describe, expect, it } from 'vitest';
import { EMULATOR_CLIENT_ID, EMULATOR_TENANT_ID } from '../../emulator/constants.ts';
import { createEmulator } from '../../emulator/emulator.ts';
import { emulatorAuthorityMetadata, msalConfiguration } from './msal-config.ts';
import { parseConfig } from './parse-config.ts';

const ORIGIN = 'https://localhost:5173';
const ENDPOINTS = [
  'issuer',
  'authorization_endpoint',
  'token_endpoint',
  'end_session_endpoint',
  'jwks_uri',
] as const;

describe('msalConfiguration: authority metadata', () => {
  it('gives MSAL the endpoints the emulator itself publishes, so none is fetched', async () => {
    const { config } = parseConfig(
      { VITE_EMULATOR_CLIENT_ID: EMULATOR_CLIENT_ID, VITE_EMULATOR_TENANT_ID: EMULATOR_TENANT_ID },
      ORIGIN,
    );
    const emulator = await createEmulator({ keyFile: null });
    const response = await emulator.fetch(
      new Request(`${config.authority}/v2.0/.well-known/openid-configuration`),
    );
    const published = (await response?.json()) as Record<string, unknown>;
    const given = JSON.parse(msalConfiguration(config).auth.authorityMetadata ?? '{}') as Record<
      string,
      unknown
    >;
    for (const endpoint of ENDPOINTS) expect(given[endpoint]).toBe(published[endpoint]);
  });

  it('leaves real Entra to MSAL’s built-in metadata', () => {
    const { config } = parseConfig(
      {
        VITE_ENTRA_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
        VITE_ENTRA_TENANT_ID: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
      },
      ORIGIN,
    );
    expect(msalConfiguration(config).auth.authorityMetadata).toBeUndefined();
    expect(emulatorAuthorityMetadata('https://x/t')).toContain('https://x/t/oauth2/v2.0/token');
  });
});
