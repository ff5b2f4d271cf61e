import { parseConfig, type AppConfig } from './parse-config.ts';

export type { AppConfig } from './parse-config.ts';

const parsed = parseConfig(
  {
    VITE_ENTRA_CLIENT_ID: import.meta.env.VITE_ENTRA_CLIENT_ID,
    VITE_ENTRA_TENANT_ID: import.meta.env.VITE_ENTRA_TENANT_ID,
    VITE_ENTRA_AUTHORITY: import.meta.env.VITE_ENTRA_AUTHORITY,
    VITE_GRAPH_BASE_URL: import.meta.env.VITE_GRAPH_BASE_URL,
    VITE_EMULATOR_CLIENT_ID: import.meta.env.VITE_EMULATOR_CLIENT_ID,
    VITE_EMULATOR_TENANT_ID: import.meta.env.VITE_EMULATOR_TENANT_ID,
  },
  window.location.origin,
);

/** The portal's sign-in and Graph settings for this build and this page's origin. */
export const appConfig: AppConfig = parsed.config;

/** What stops the portal from starting, in words; the app shows these instead of itself. */
export const configProblems: readonly string[] = parsed.problems;
