import { clean, parseEntra } from './entra-config.ts';
import { REDIRECT_BRIDGE_PATH } from './redirect-paths.ts';

/**
 * Where the portal signs in and which Graph it calls, decided once at start-up from the build's
 * `VITE_*` variables. Pure, so every branch is unit-tested without a browser.
 */
export interface AppConfig {
  mode: 'emulator' | 'entra';
  clientId: string;
  tenantId: string;
  authority: string;
  knownAuthorities: string[];
  /** No version segment, no trailing slash: 'https://graph.microsoft.com' or '<origin>/emulator/graph'. */
  graphBaseUrl: string;
  redirectUri: string;
  bridgeRedirectUri: string;
}

export interface ConfigEnv {
  VITE_ENTRA_CLIENT_ID?: string;
  VITE_ENTRA_TENANT_ID?: string;
  VITE_ENTRA_AUTHORITY?: string;
  VITE_GRAPH_BASE_URL?: string;
  VITE_EMULATOR_CLIENT_ID?: string;
  VITE_EMULATOR_TENANT_ID?: string;
}

export interface ParsedConfig {
  config: AppConfig;
  problems: string[];
}

function endpoints(origin: string): Pick<AppConfig, 'redirectUri' | 'bridgeRedirectUri'> {
  return { redirectUri: `${origin}/`, bridgeRedirectUri: `${origin}${REDIRECT_BRIDGE_PATH}` };
}

function parseEmulator(env: ConfigEnv, origin: string): ParsedConfig {
  const problems: string[] = [];
  const clientId = clean(env.VITE_EMULATOR_CLIENT_ID);
  const tenantId = clean(env.VITE_EMULATOR_TENANT_ID);
  if (!clientId || !tenantId) {
    problems.push(
      'No Entra tenant is configured and the emulated tenant is missing from this build (VITE_EMULATOR_CLIENT_ID / VITE_EMULATOR_TENANT_ID). Build with the project’s vite.config.ts, or set VITE_ENTRA_CLIENT_ID and VITE_ENTRA_TENANT_ID.',
    );
  }
  const page = new URL(origin);
  if (page.protocol !== 'https:') {
    problems.push(
      `The emulated tenant needs the portal to be served over https:// (this page is ${origin}); MSAL refuses an authority that is not https.`,
    );
  }
  return {
    problems,
    config: {
      mode: 'emulator',
      clientId,
      tenantId,
      authority: `${origin}/emulator/${tenantId}`,
      knownAuthorities: [page.host],
      graphBaseUrl: `${origin}/emulator/graph`,
      ...endpoints(origin),
    },
  };
}

/**
 * Real Entra when any `VITE_ENTRA_*` / `VITE_GRAPH_BASE_URL` variable is set, otherwise the
 * emulated tenant served on the page's own origin. `problems` lists, in words, what stops the
 * portal from starting; the config is only usable when it is empty.
 */
export function parseConfig(env: ConfigEnv, origin: string): ParsedConfig {
  const entra = [
    env.VITE_ENTRA_CLIENT_ID,
    env.VITE_ENTRA_TENANT_ID,
    env.VITE_ENTRA_AUTHORITY,
    env.VITE_GRAPH_BASE_URL,
  ].some((v) => clean(v) !== '');
  return entra ? parseEntra(env, endpoints(origin)) : parseEmulator(env, origin);
}
