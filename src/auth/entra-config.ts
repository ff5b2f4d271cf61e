/** Real Entra settings: the client id, the authority (global or national cloud) and Graph. */
import type { AppConfig, ConfigEnv, ParsedConfig } from './parse-config.ts';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A verified custom domain or the tenant's *.onmicrosoft.com name: at least two DNS labels.
const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const GLOBAL_LOGIN_HOST = 'login.microsoftonline.com';
/** Entra sign-in hosts, global and national clouds; the global one defaults to global Graph. */
const LOGIN_HOSTS = new Set([
  GLOBAL_LOGIN_HOST,
  'login.microsoftonline.us',
  'login.partner.microsoftonline.cn',
]);
/** Microsoft Graph national cloud deployments. */
const GRAPH_HOSTS = new Set([
  'graph.microsoft.com',
  'graph.microsoft.us',
  'dod-graph.microsoft.us',
  'microsoftgraph.chinacloudapi.cn',
]);

export function clean(value: string | undefined): string {
  return (value ?? '').trim();
}

function parseHttpsUrl(value: string, name: string, problems: string[]): URL | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(`${name} is not a valid URL: "${value}".`);
    return null;
  }
  if (url.protocol !== 'https:') {
    problems.push(`${name} must use https:// (got "${value}").`);
    return null;
  }
  if (url.search || url.hash || url.username || url.password) {
    problems.push(`${name} must not contain a query, fragment or credentials.`);
    return null;
  }
  return url;
}

function checkTenant(tenant: string, source: string, problems: string[]): boolean {
  const lower = tenant.toLowerCase();
  if (lower === 'common' || lower === 'consumers') {
    problems.push(
      `${source} is "${tenant}", but PIM works only with work accounts of one tenant: use the tenant id (a GUID) or its verified domain.`,
    );
    return false;
  }
  if (!GUID.test(tenant) && !DOMAIN.test(tenant) && lower !== 'organizations') {
    problems.push(
      `${source} "${tenant}" is neither a tenant id (GUID) nor a verified domain such as contoso.onmicrosoft.com.`,
    );
    return false;
  }
  return true;
}

function parseAuthority(env: ConfigEnv, problems: string[]): { authority: string; tenant: string } {
  const raw = clean(env.VITE_ENTRA_AUTHORITY);
  const tenantVar = clean(env.VITE_ENTRA_TENANT_ID);
  if (!raw) {
    if (!tenantVar) {
      problems.push(
        'VITE_ENTRA_CLIENT_ID is set but the tenant is not: set VITE_ENTRA_TENANT_ID (tenant id or verified domain) or VITE_ENTRA_AUTHORITY.',
      );
      return { authority: '', tenant: '' };
    }
    checkTenant(tenantVar, 'VITE_ENTRA_TENANT_ID', problems);
    return { authority: `https://${GLOBAL_LOGIN_HOST}/${tenantVar}`, tenant: tenantVar };
  }
  const url = parseHttpsUrl(raw, 'VITE_ENTRA_AUTHORITY', problems);
  if (!url) return { authority: '', tenant: tenantVar };
  const segments = url.pathname.split('/').filter(Boolean);
  const tenant = segments[0] ?? '';
  if (segments.length !== 1) {
    problems.push(
      `VITE_ENTRA_AUTHORITY must be the sign-in host followed by the tenant, e.g. https://${GLOBAL_LOGIN_HOST}/<tenant-id> (got "${raw}").`,
    );
    return { authority: '', tenant: tenantVar };
  }
  checkTenant(tenant, 'The tenant in VITE_ENTRA_AUTHORITY', problems);
  if (tenantVar && tenantVar.toLowerCase() !== tenant.toLowerCase()) {
    problems.push(
      `VITE_ENTRA_TENANT_ID ("${tenantVar}") and the tenant in VITE_ENTRA_AUTHORITY ("${tenant}") disagree: set only one, or make them match.`,
    );
  }
  return { authority: `${url.origin}/${tenant}`, tenant };
}

function parseGraph(env: ConfigEnv, authority: string, problems: string[]): string {
  const raw = clean(env.VITE_GRAPH_BASE_URL);
  if (!raw) {
    if (!authority) return '';
    const host = new URL(authority).host;
    if (host !== GLOBAL_LOGIN_HOST && LOGIN_HOSTS.has(host)) {
      problems.push(
        `The authority ${host} is a national cloud: set VITE_GRAPH_BASE_URL to its Microsoft Graph (e.g. https://graph.microsoft.us or https://microsoftgraph.chinacloudapi.cn).`,
      );
      return '';
    }
    return 'https://graph.microsoft.com';
  }
  const url = parseHttpsUrl(raw, 'VITE_GRAPH_BASE_URL', problems);
  if (!url) return '';
  const path = url.pathname.replace(/\/+$/, '');
  if (/\/(v1\.0|beta)$/i.test(path)) {
    problems.push(
      `VITE_GRAPH_BASE_URL must not include the version: use "${url.origin}${path.replace(/\/(v1\.0|beta)$/i, '')}" (got "${raw}").`,
    );
    return '';
  }
  if (GRAPH_HOSTS.has(url.host) && path) {
    problems.push(`VITE_GRAPH_BASE_URL for ${url.host} is the origin only, without a path.`);
    return '';
  }
  return `${url.origin}${path}`;
}

export function parseEntra(
  env: ConfigEnv,
  endpoints: Pick<AppConfig, 'redirectUri' | 'bridgeRedirectUri'>,
): ParsedConfig {
  const problems: string[] = [];
  const clientId = clean(env.VITE_ENTRA_CLIENT_ID);
  if (!clientId) {
    problems.push(
      'The Entra tenant is partly configured: VITE_ENTRA_CLIENT_ID (the app registration’s Application (client) ID) is missing.',
    );
  } else if (!GUID.test(clientId)) {
    problems.push(
      `VITE_ENTRA_CLIENT_ID "${clientId}" is not a GUID (the Application (client) ID).`,
    );
  }
  const { authority, tenant } = clientId
    ? parseAuthority(env, problems)
    : { authority: '', tenant: clean(env.VITE_ENTRA_TENANT_ID) };
  const graphBaseUrl = parseGraph(env, authority, problems);
  return {
    problems,
    config: {
      mode: 'entra',
      clientId,
      tenantId: tenant,
      authority,
      knownAuthorities: authority ? [new URL(authority).host] : [],
      graphBaseUrl,
      ...endpoints,
    },
  };
}
