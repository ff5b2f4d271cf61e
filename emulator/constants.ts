/**
 * Public, fixed identifiers of the emulated Contoso tenant. They are not secrets: a real
 * tenant's ids are visible in every token too. The portal learns them through Vite `define`
 * (see vite.config.ts), never by importing this file.
 */
export const EMULATOR_TENANT_ID = '6b9b0c43-2c3a-4d1b-9c8e-5f2a7d1e0c11';
export const EMULATOR_CLIENT_ID = '8d3f2a61-4b7c-4e5d-a1f0-9c2b7e6d5a43';
export const EMULATOR_TENANT_DOMAIN = 'contoso.onmicrosoft.com';
export const EMULATOR_TENANT_NAME = 'Contoso';

/** Everything the emulator serves lives under this path prefix of the app's origin. */
export const EMULATOR_PREFIX = '/emulator';
export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';
/** The app id Entra uses for Microsoft Graph; real access tokens carry it as `aud` in some forms. */
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

export const DEFAULT_PORT_APP = 5173;
export const DEFAULT_PORT_STANDALONE = 5174;

export function authorityFor(origin: string): string {
  return `${origin}${EMULATOR_PREFIX}/${EMULATOR_TENANT_ID}`;
}

export function graphBaseUrlFor(origin: string): string {
  return `${origin}${EMULATOR_PREFIX}/graph`;
}
