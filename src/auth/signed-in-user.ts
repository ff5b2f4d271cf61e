import type { AccountInfo } from '@azure/msal-browser';
import type { AppConfig } from './parse-config.ts';

/** Who is signed in, as the shell shows it; read from the id token, no Graph call needed. */
export interface SignedInUser {
  name: string;
  username: string;
  tenantId: string;
  /** What the header calls the tenant: "Contoso" for the emulator, else the tenant id. */
  tenantLabel: string;
}

/** The emulated tenant's display name (emulator/constants.ts EMULATOR_TENANT_NAME). */
const EMULATED_TENANT_NAME = 'Contoso';

export function toSignedInUser(account: AccountInfo, config: AppConfig): SignedInUser {
  const tid = account.idTokenClaims?.tid;
  const tenantId = typeof tid === 'string' && tid ? tid : account.tenantId;
  const username = account.username;
  return {
    name: account.name?.trim() || username,
    username,
    tenantId,
    tenantLabel: config.mode === 'emulator' ? EMULATED_TENANT_NAME : tenantId,
  };
}

/** The tenant the sign-in button leads to, before anyone is signed in. */
export function signInTargetLabel(config: AppConfig): string {
  return config.mode === 'emulator'
    ? `${EMULATED_TENANT_NAME} (emulated tenant)`
    : `Microsoft Entra tenant ${config.tenantId}`;
}
