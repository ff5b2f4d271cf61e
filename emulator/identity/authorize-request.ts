import { EMULATOR_CLIENT_ID, EMULATOR_TENANT_ID } from '../constants.ts';
import { parseClaimsRequest, type ClaimsRequest } from './claims-request.ts';
import { isAllowedRedirectUri } from './redirect-uris.ts';
import { parseScopes, type RequestedScopes } from './scopes.ts';
import { missingParameter, StsError, unknownClient } from './sts-error.ts';

/** Where, and how, answers to an authorize request may be sent. */
export interface RedirectTarget {
  clientId: string;
  redirectUri: string;
  responseMode: 'query' | 'fragment';
  state: string | undefined;
}

export type Prompt = 'none' | 'login' | 'select_account' | 'consent' | 'create';

export interface AuthorizeRequest extends RedirectTarget {
  scope: string;
  scopes: RequestedScopes;
  codeChallenge: string;
  nonce: string | undefined;
  prompt: Prompt | undefined;
  loginHint: string | undefined;
  sid: string | undefined;
  claims: ClaimsRequest;
  clientInfo: boolean;
}

/** Fields the emulator's own pages add to the form; never part of the original request. */
export const FORM_FIELDS = ['login_as', 'action'];
const PROMPTS: readonly string[] = ['none', 'login', 'select_account', 'consent', 'create'];

const get = (params: URLSearchParams, name: string): string | undefined =>
  params.get(name) ?? undefined;

/**
 * Checks what must hold before anything can be sent to the redirect URI (client and redirect
 * URI). Failures are shown as an error page, as Entra does, never redirected.
 */
export function readRedirectTarget(params: URLSearchParams, serverOrigin: string): RedirectTarget {
  const clientId = get(params, 'client_id');
  if (!clientId) throw missingParameter('client_id');
  if (clientId.toLowerCase() !== EMULATOR_CLIENT_ID) {
    throw unknownClient(clientId, EMULATOR_TENANT_ID);
  }
  const redirectUri = get(params, 'redirect_uri');
  if (!redirectUri) {
    throw new StsError({
      error: 'invalid_request',
      code: 900971,
      description: 'No reply address provided.',
    });
  }
  if (!isAllowedRedirectUri(redirectUri, serverOrigin)) {
    throw new StsError({
      error: 'invalid_request',
      code: 50011,
      description: `The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application '${EMULATOR_CLIENT_ID}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal.`,
    });
  }
  const mode = get(params, 'response_mode') ?? 'query';
  if (mode !== 'query' && mode !== 'fragment') {
    throw new StsError({
      error: 'invalid_request',
      code: 70007,
      description: `The application returned an unsupported value '${mode}' for 'response_mode'. The emulated single-page application supports 'query' and 'fragment'.`,
    });
  }
  return { clientId, redirectUri, responseMode: mode, state: get(params, 'state') };
}

/** Checks the rest of the request; failures are redirected back with `error`. */
export function readAuthorizeRequest(
  params: URLSearchParams,
  target: RedirectTarget,
): AuthorizeRequest {
  const responseType = get(params, 'response_type');
  if (!responseType) throw missingParameter('response_type');
  if (responseType !== 'code') {
    throw new StsError({
      error: 'unsupported_response_type',
      code: 700051,
      description: `response_type '${responseType}' is not enabled for the application.`,
    });
  }
  const scope = get(params, 'scope');
  if (!scope?.trim()) throw missingParameter('scope');
  const scopes = parseScopes(scope);
  const codeChallenge = get(params, 'code_challenge');
  if (!codeChallenge) {
    throw new StsError({
      error: 'invalid_request',
      code: 9002325,
      description:
        'Proof Key for Code Exchange is required for cross-origin authorization code redemption.',
    });
  }
  const method = get(params, 'code_challenge_method') ?? 'plain';
  if (method !== 'S256') {
    throw new StsError({
      error: 'invalid_request',
      code: 50149,
      description: `Invalid Code_Challenge_method parameter '${method}'. The emulator accepts only 'S256'.`,
    });
  }
  if (!/^[A-Za-z0-9_-]{43}$/.test(codeChallenge)) {
    throw new StsError({
      error: 'invalid_request',
      code: 501491,
      description: 'Invalid size of Code_Challenge parameter.',
    });
  }
  const prompt = get(params, 'prompt');
  if (prompt !== undefined && !PROMPTS.includes(prompt)) {
    throw new StsError({
      error: 'invalid_request',
      code: 90023,
      description: `Invalid prompt value '${prompt}'.`,
    });
  }
  return {
    ...target,
    scope,
    scopes,
    codeChallenge,
    nonce: get(params, 'nonce'),
    prompt: prompt as Prompt | undefined,
    loginHint: get(params, 'login_hint'),
    sid: get(params, 'sid'),
    claims: parseClaimsRequest(get(params, 'claims')),
    clientInfo: get(params, 'client_info') === '1',
  };
}

/** A 302 to the redirect URI with `entries` in the query or the fragment. */
export function redirectTo(
  target: RedirectTarget,
  entries: [string, string][],
  headers?: Headers,
): Response {
  const all = target.state === undefined ? entries : [...entries, ['state', target.state]];
  const encoded = new URLSearchParams(all).toString();
  const url = new URL(target.redirectUri);
  if (target.responseMode === 'fragment') url.hash = encoded;
  else url.search = encoded;
  const out = headers ?? new Headers();
  out.set('location', url.toString());
  out.set('cache-control', 'no-store, no-cache');
  return new Response(null, { status: 302, headers: out });
}
