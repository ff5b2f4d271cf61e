import { EMULATOR_PREFIX, graphBaseUrlFor } from '../constants.ts';
import type { SigningKey } from './signing-key.ts';

/** Entra serves discovery documents to any origin. */
const PUBLIC_CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, OPTIONS',
};

/** `<origin>/emulator/<tenant>`: the tenant segment is echoed as the client used it. */
export function authorityBase(origin: string, tenantSegment: string): string {
  return `${origin}${EMULATOR_PREFIX}/${tenantSegment}`;
}

/**
 * `v2.0/.well-known/openid-configuration`, with the fields and values Entra publishes. For the
 * multi-tenant aliases (`common`, `organizations`) the issuer keeps Entra's `{tenantid}`
 * template, since the real issuer depends on the user's home tenant.
 */
export function openIdConfiguration(
  origin: string,
  tenantSegment: string,
  tenantId: string,
): Response {
  const base = authorityBase(origin, tenantSegment);
  const isAlias = tenantSegment === 'common' || tenantSegment === 'organizations';
  const issuerTenant = isAlias ? '{tenantid}' : tenantId;
  const graphHost = new URL(graphBaseUrlFor(origin));
  const body = {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: [
      'client_secret_post',
      'private_key_jwt',
      'client_secret_basic',
    ],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${authorityBase(origin, issuerTenant)}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${graphBaseUrlFor(origin)}/oidc/userinfo`,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: [
      'sub',
      'iss',
      'cloud_instance_name',
      'cloud_instance_host_name',
      'cloud_graph_host_name',
      'msgraph_host',
      'aud',
      'exp',
      'iat',
      'auth_time',
      'acr',
      'nonce',
      'preferred_username',
      'name',
      'tid',
      'ver',
      'at_hash',
      'c_hash',
      'email',
    ],
    code_challenge_methods_supported: ['S256'],
    kerberos_endpoint: `${base}/kerberos`,
    tenant_region_scope: 'EU',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    // Where this emulator serves Graph, in the host[/path] form Entra uses for real Graph.
    msgraph_host: `${graphHost.host}${graphHost.pathname}`,
    rbac_url: 'https://pas.windows.net',
  };
  return Response.json(body, {
    headers: { ...PUBLIC_CORS, 'cache-control': 'max-age=86400, private' },
  });
}

/** `discovery/v2.0/keys`: the public signing key. */
export function jwks(key: SigningKey): Response {
  return Response.json(
    { keys: [key.publicJwk] },
    { headers: { ...PUBLIC_CORS, 'cache-control': 'max-age=86400, private' } },
  );
}

export function publicPreflight(): Response {
  return new Response(null, { status: 204, headers: PUBLIC_CORS });
}
