import type { AccountInfo } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import { parseConfig } from './parse-config.ts';
import { signInTargetLabel, toSignedInUser } from './signed-in-user.ts';

const TENANT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const emulator = parseConfig(
  { VITE_EMULATOR_CLIENT_ID: 'c', VITE_EMULATOR_TENANT_ID: 't' },
  'https://localhost:5173',
).config;
const entra = parseConfig(
  {
    VITE_ENTRA_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
    VITE_ENTRA_TENANT_ID: 'contoso.com',
  },
  'https://pim.contoso.com',
).config;

const account = {
  username: 'AdeleV@contoso.com',
  name: 'Adele Vance',
  tenantId: 'from-account',
  idTokenClaims: { tid: TENANT },
} as AccountInfo;

describe('toSignedInUser', () => {
  it('names the emulated tenant Contoso', () => {
    expect(toSignedInUser(account, emulator)).toEqual({
      name: 'Adele Vance',
      username: 'AdeleV@contoso.com',
      tenantId: TENANT,
      tenantLabel: 'Contoso',
    });
  });

  it('shows the tenant id from the id token for a real tenant', () => {
    expect(toSignedInUser(account, entra).tenantLabel).toBe(TENANT);
  });

  it('falls back to the username when the token has no name', () => {
    const nameless = { ...account, name: '  ', idTokenClaims: {} } as AccountInfo;
    const user = toSignedInUser(nameless, entra);
    expect(user.name).toBe('AdeleV@contoso.com');
    expect(user.tenantId).toBe('from-account');
  });
});

describe('signInTargetLabel', () => {
  it('says where the button signs in', () => {
    expect(signInTargetLabel(emulator)).toBe('Contoso (emulated tenant)');
    expect(signInTargetLabel(entra)).toBe('Microsoft Entra tenant contoso.com');
  });
});
