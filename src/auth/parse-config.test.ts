import { describe, expect, it } from 'vitest';
import { parseConfig, type ConfigEnv } from './parse-config.ts';

const ORIGIN = 'https://localhost:5173';
const CLIENT = '11111111-2222-4333-8444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const EMULATOR: ConfigEnv = {
  VITE_EMULATOR_CLIENT_ID: '8d3f2a61-4b7c-4e5d-a1f0-9c2b7e6d5a43',
  VITE_EMULATOR_TENANT_ID: '6b9b0c43-2c3a-4d1b-9c8e-5f2a7d1e0c11',
};

describe('parseConfig: the emulated tenant', () => {
  it('uses the emulator on the page origin when no Entra variable is set', () => {
    const { config, problems } = parseConfig(EMULATOR, ORIGIN);
    expect(problems).toEqual([]);
    expect(config).toEqual({
      mode: 'emulator',
      clientId: EMULATOR.VITE_EMULATOR_CLIENT_ID,
      tenantId: EMULATOR.VITE_EMULATOR_TENANT_ID,
      authority: `${ORIGIN}/emulator/6b9b0c43-2c3a-4d1b-9c8e-5f2a7d1e0c11`,
      knownAuthorities: ['localhost:5173'],
      graphBaseUrl: `${ORIGIN}/emulator/graph`,
      redirectUri: `${ORIGIN}/`,
      bridgeRedirectUri: `${ORIGIN}/auth/redirect-bridge`,
    });
  });

  it('treats blank Entra variables as unset', () => {
    const { config, problems } = parseConfig(
      { ...EMULATOR, VITE_ENTRA_CLIENT_ID: '  ', VITE_GRAPH_BASE_URL: '' },
      ORIGIN,
    );
    expect(problems).toEqual([]);
    expect(config.mode).toBe('emulator');
  });

  it('explains that the emulator needs https', () => {
    const { problems } = parseConfig(EMULATOR, 'http://localhost:5173');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/https/);
  });

  it('explains a build without the emulator ids', () => {
    const { problems } = parseConfig({}, ORIGIN);
    expect(problems[0]).toMatch(/VITE_EMULATOR_CLIENT_ID/);
  });
});

describe('parseConfig: a real Entra tenant', () => {
  it('builds the global authority and Graph from client and tenant ids', () => {
    const { config, problems } = parseConfig(
      { ...EMULATOR, VITE_ENTRA_CLIENT_ID: CLIENT, VITE_ENTRA_TENANT_ID: TENANT },
      ORIGIN,
    );
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      mode: 'entra',
      clientId: CLIENT,
      tenantId: TENANT,
      authority: `https://login.microsoftonline.com/${TENANT}`,
      knownAuthorities: ['login.microsoftonline.com'],
      graphBaseUrl: 'https://graph.microsoft.com',
      redirectUri: `${ORIGIN}/`,
      bridgeRedirectUri: `${ORIGIN}/auth/redirect-bridge`,
    });
  });

  it('accepts a verified domain as the tenant', () => {
    const { config, problems } = parseConfig(
      { VITE_ENTRA_CLIENT_ID: CLIENT, VITE_ENTRA_TENANT_ID: 'contoso.onmicrosoft.com' },
      ORIGIN,
    );
    expect(problems).toEqual([]);
    expect(config.authority).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com');
  });

  it('takes the tenant from a full authority and normalises its trailing slash', () => {
    const { config, problems } = parseConfig(
      {
        VITE_ENTRA_CLIENT_ID: CLIENT,
        VITE_ENTRA_AUTHORITY: `https://login.microsoftonline.us/${TENANT}/`,
        VITE_GRAPH_BASE_URL: 'https://graph.microsoft.us/',
      },
      ORIGIN,
    );
    expect(problems).toEqual([]);
    expect(config.authority).toBe(`https://login.microsoftonline.us/${TENANT}`);
    expect(config.tenantId).toBe(TENANT);
    expect(config.knownAuthorities).toEqual(['login.microsoftonline.us']);
    expect(config.graphBaseUrl).toBe('https://graph.microsoft.us');
  });

  it('asks for the national cloud Graph instead of guessing it', () => {
    const { problems } = parseConfig(
      {
        VITE_ENTRA_CLIENT_ID: CLIENT,
        VITE_ENTRA_AUTHORITY: `https://login.microsoftonline.us/${TENANT}`,
      },
      ORIGIN,
    );
    expect(problems).toEqual([expect.stringMatching(/national cloud.*VITE_GRAPH_BASE_URL/)]);
  });

  it.each<[string, ConfigEnv, RegExp]>([
    ['client id without tenant', { VITE_ENTRA_CLIENT_ID: CLIENT }, /tenant is not/],
    ['tenant without client id', { VITE_ENTRA_TENANT_ID: TENANT }, /VITE_ENTRA_CLIENT_ID.*missing/],
    ['Graph URL alone', { VITE_GRAPH_BASE_URL: 'https://graph.microsoft.com' }, /missing/],
    [
      'a client id that is not a GUID',
      { VITE_ENTRA_CLIENT_ID: 'my-app', VITE_ENTRA_TENANT_ID: TENANT },
      /not a GUID/,
    ],
    [
      'the common endpoint',
      { VITE_ENTRA_CLIENT_ID: CLIENT, VITE_ENTRA_TENANT_ID: 'common' },
      /work accounts/,
    ],
    [
      'a tenant that is neither GUID nor domain',
      { VITE_ENTRA_CLIENT_ID: CLIENT, VITE_ENTRA_TENANT_ID: 'contoso' },
      /neither a tenant id/,
    ],
    [
      'an http authority',
      {
        VITE_ENTRA_CLIENT_ID: CLIENT,
        VITE_ENTRA_AUTHORITY: `http://login.microsoftonline.com/${TENANT}`,
      },
      /must use https/,
    ],
    [
      'an authority without tenant',
      { VITE_ENTRA_CLIENT_ID: CLIENT, VITE_ENTRA_AUTHORITY: 'https://login.microsoftonline.com/' },
      /followed by the tenant/,
    ],
    [
      'an authority that is not a URL',
      { VITE_ENTRA_CLIENT_ID: CLIENT, VITE_ENTRA_AUTHORITY: 'login.microsoftonline.com' },
      /not a valid URL/,
    ],
    [
      'tenant and authority that disagree',
      {
        VITE_ENTRA_CLIENT_ID: CLIENT,
        VITE_ENTRA_TENANT_ID: TENANT,
        VITE_ENTRA_AUTHORITY: 'https://login.microsoftonline.com/fabrikam.com',
      },
      /disagree/,
    ],
    [
      'an http Graph URL',
      {
        VITE_ENTRA_CLIENT_ID: CLIENT,
        VITE_ENTRA_TENANT_ID: TENANT,
        VITE_GRAPH_BASE_URL: 'http://graph.microsoft.com',
      },
      /must use https/,
    ],
    [
      'a Graph URL with the version',
      {
        VITE_ENTRA_CLIENT_ID: CLIENT,
        VITE_ENTRA_TENANT_ID: TENANT,
        VITE_GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0',
      },
      /must not include the version: use "https:\/\/graph\.microsoft\.com"/,
    ],
    [
      'a Graph URL with a query',
      {
        VITE_ENTRA_CLIENT_ID: CLIENT,
        VITE_ENTRA_TENANT_ID: TENANT,
        VITE_GRAPH_BASE_URL: 'https://graph.microsoft.com?x=1',
      },
      /query/,
    ],
  ])('reports %s', (_name, env, message) => {
    const { problems } = parseConfig(env, ORIGIN);
    expect(problems).toEqual([expect.stringMatching(message)]);
  });

  it('allows an https Graph proxy that is not a Microsoft host, keeping its path', () => {
    const { config, problems } = parseConfig(
      {
        VITE_ENTRA_CLIENT_ID: CLIENT,
        VITE_ENTRA_TENANT_ID: TENANT,
        VITE_GRAPH_BASE_URL: 'https://proxy.contoso.com/graph/',
      },
      ORIGIN,
    );
    expect(problems).toEqual([]);
    expect(config.graphBaseUrl).toBe('https://proxy.contoso.com/graph');
  });
});
