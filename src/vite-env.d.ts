/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Real Entra: the app registration's Application (client) ID. */
  readonly VITE_ENTRA_CLIENT_ID?: string;
  /** Real Entra: the tenant id (GUID) or a verified domain. */
  readonly VITE_ENTRA_TENANT_ID?: string;
  /** Real Entra: the full authority, e.g. https://login.microsoftonline.com/<tenant>. */
  readonly VITE_ENTRA_AUTHORITY?: string;
  /** Microsoft Graph root without the version, e.g. https://graph.microsoft.us. */
  readonly VITE_GRAPH_BASE_URL?: string;
  /** Set by vite.config.ts `define` from emulator/constants.ts. */
  readonly VITE_EMULATOR_CLIENT_ID?: string;
  readonly VITE_EMULATOR_TENANT_ID?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
