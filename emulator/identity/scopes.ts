import {
  EMULATOR_CLIENT_ID,
  EMULATOR_TENANT_NAME,
  GRAPH_APP_ID,
  GRAPH_AUDIENCE,
} from '../constants.ts';
import { StsError } from './sts-error.ts';

export const APP_DISPLAY_NAME = 'PIM Portal';
const OIDC_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);
const GRAPH_PREFIXES = [`${GRAPH_AUDIENCE}/`, `${GRAPH_APP_ID}/`];
const PERMISSION_NAME = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/;
/** What a token holds when a request names no Graph permission (Entra's default, User.Read). */
const BASELINE_PERMISSIONS = ['User.Read'];
/**
 * The delegated Graph permissions configured on the emulated PIM Portal registration (and
 * admin-consented): what `https://graph.microsoft.com/.default` grants.
 */
export const APP_REGISTRATION_PERMISSIONS: readonly string[] = [
  'User.Read',
  'RoleEligibilitySchedule.Read.Directory',
  'RoleAssignmentSchedule.ReadWrite.Directory',
  'RoleManagement.Read.Directory',
  'RoleManagementPolicy.Read.Directory',
  'RoleManagementPolicy.Read.AzureADGroup',
  'PrivilegedEligibilitySchedule.Read.AzureADGroup',
  'PrivilegedAssignmentSchedule.ReadWrite.AzureADGroup',
  'AuditLog.Read.All',
  'Directory.Read.All',
];

export interface RequestedScopes {
  /** OIDC scopes, lower-case, as requested (`openid`, `profile`, `email`, `offline_access`). */
  oidc: string[];
  /** Graph permission names without prefix, as requested (`.default` excluded). */
  graph: string[];
  /** Whether the request named Graph scopes with the `https://graph.microsoft.com/` prefix. */
  prefixed: boolean;
  /** Whether `.default` was asked for. */
  wantsDefault: boolean;
}

/**
 * Reads a `scope` parameter. Unprefixed names and `https://graph.microsoft.com/<name>` both mean
 * Microsoft Graph, as on Entra; any other resource does not exist in the emulated tenant.
 */
export function parseScopes(raw: string): RequestedScopes {
  const result: RequestedScopes = { oidc: [], graph: [], prefixed: false, wantsDefault: false };
  const seen = new Set<string>();
  for (const token of raw.split(/\s+/).filter(Boolean)) {
    const lower = token.toLowerCase();
    if (seen.has(lower)) continue;
    seen.add(lower);
    if (OIDC_SCOPES.has(lower)) {
      result.oidc.push(lower);
      continue;
    }
    const prefix = GRAPH_PREFIXES.find((p) => lower.startsWith(p.toLowerCase()));
    const name = prefix ? token.slice(prefix.length) : token;
    if (prefix) result.prefixed = true;
    if (name === '.default') {
      result.wantsDefault = true;
      continue;
    }
    if (!prefix && (name.includes('/') || name.includes(':'))) {
      throw unknownResource(name.slice(0, name.lastIndexOf('/')) || name);
    }
    if (!PERMISSION_NAME.test(name)) {
      throw new StsError({
        error: 'invalid_scope',
        code: 70011,
        description: `The provided value for the input parameter 'scope' is not valid. The scope ${token} is not valid.`,
      });
    }
    result.graph.push(name);
  }
  return result;
}

function unknownResource(resource: string): StsError {
  return new StsError({
    error: 'invalid_resource',
    code: 500011,
    description: `The resource principal named ${resource} was not found in the tenant named ${EMULATOR_TENANT_NAME}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
  });
}

/**
 * The Graph permissions a grant holds: what it held before (incremental consent accumulates)
 * plus what is asked for now (`.default`: everything on the app registration). Throws `consent_required` (AADSTS65001) when a requested
 * permission is in the emulator's not-consented set.
 */
export function grantGraphPermissions(
  requested: RequestedScopes,
  previous: readonly string[],
  denied: ReadonlySet<string>,
  error: { error: string; suberror?: string },
): string[] {
  const refused = requested.graph.filter((name) => denied.has(name.toLowerCase()));
  if (refused.length > 0) throw consentRequired(error);
  const granted = new Map<string, string>();
  const implied = requested.wantsDefault ? APP_REGISTRATION_PERMISSIONS : [];
  for (const name of [...previous, ...requested.graph, ...implied]) {
    if (!denied.has(name.toLowerCase())) granted.set(name.toLowerCase(), name);
  }
  if (granted.size === 0) {
    for (const name of BASELINE_PERMISSIONS) granted.set(name.toLowerCase(), name);
  }
  return [...granted.values()];
}

export function consentRequired(error: { error: string; suberror?: string }): StsError {
  return new StsError({
    ...error,
    code: 65001,
    description: `The user or administrator has not consented to use the application with ID '${EMULATOR_CLIENT_ID}' named '${APP_DISPLAY_NAME}'. Send an interactive authorization request for this user and resource.`,
  });
}

/**
 * The `scope` of a token reply. Graph permissions are written the way the client asked for them
 * (prefixed or not) so MSAL's cache, which matches scope strings, finds the token next time.
 * `offline_access` is not echoed, as on Entra.
 */
export function replyScope(requested: RequestedScopes, granted: readonly string[]): string {
  const show = (name: string): string => (requested.prefixed ? `${GRAPH_AUDIENCE}/${name}` : name);
  const parts = granted.map(show);
  if (requested.wantsDefault) parts.push(show('.default'));
  for (const s of requested.oidc) if (s !== 'offline_access') parts.push(s);
  return parts.join(' ');
}
