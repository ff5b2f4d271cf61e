/**
 * `@azure/msal-react` for component tests of My roles: one signed-in account (its object id,
 * home account and tenant are what the page and the presets read). Replace the module with it:
 *
 *   vi.mock('@azure/msal-react', async () => (await import('<path>/testing/msal-fake.ts')).msalFake);
 */
import { ME } from '../api/fixtures.ts';

export const TEST_TENANT = 'tenant-1';

export const testAccount = {
  localAccountId: ME,
  homeAccountId: `${ME}.${TEST_TENANT}`,
  tenantId: TEST_TENANT,
  idTokenClaims: { oid: ME, tid: TEST_TENANT },
};

export const msalFake = {
  useMsal: () => ({ instance: { getActiveAccount: () => testAccount } }),
};
