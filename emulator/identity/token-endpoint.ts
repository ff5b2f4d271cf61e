import { EMULATOR_CLIENT_ID, EMULATOR_TENANT_ID } from '../constants.ts';
import { parseClaimsRequest } from './claims-request.ts';
import { CODE_LIFETIME_MS, SPA_REFRESH_LIFETIME_MS } from './grant-store.ts';
import type { IdentityContext } from './identity-context.ts';
import { newGuid, sha256Base64Url } from './ids.ts';
import { isAllowedOrigin } from './redirect-uris.ts';
import { grantGraphPermissions, parseScopes } from './scopes.ts';
import { missingParameter, StsError, stsErrorDetails, unknownClient } from './sts-error.ts';
import { checkStrength, CONSENT_ERROR, issue } from './token-reply.ts';

type Form = URLSearchParams;

/** `oauth2/v2.0/token`: the authorization_code and refresh_token grants of a public SPA client. */
export async function handleToken(
  ctx: IdentityContext,
  request: Request,
  url: URL,
): Promise<Response> {
  const headers = corsHeaders(request, url);
  if (request.method === 'OPTIONS') {
    headers.set('access-control-allow-methods', 'POST, OPTIONS');
    headers.set(
      'access-control-allow-headers',
      'content-type, client-request-id, x-client-sku, x-client-ver',
    );
    headers.set('access-control-max-age', '86400');
    return new Response(null, { status: 204, headers });
  }
  headers.set('cache-control', 'no-store, no-cache');
  headers.set('pragma', 'no-cache');
  const form =
    request.method === 'POST' ? new URLSearchParams(await request.text()) : url.searchParams;
  const correlationId =
    url.searchParams.get('client-request-id') ??
    request.headers.get('client-request-id') ??
    form.get('client-request-id') ??
    newGuid();
  // Entra names each request in these headers; the error body's trace_id is the same id.
  const traceId = newGuid();
  headers.set('x-ms-request-id', traceId);
  headers.set('client-request-id', correlationId);
  try {
    if (request.method !== 'POST') {
      throw new StsError({
        error: 'invalid_request',
        code: 900561,
        description: `The endpoint only accepts POST, OPTIONS requests. Received a ${request.method} request.`,
      });
    }
    checkClient(form);
    const grantType = form.get('grant_type');
    if (!grantType) throw missingParameter('grant_type');
    let reply: Record<string, unknown>;
    if (grantType === 'authorization_code') reply = await redeemCode(ctx, form, url);
    else if (grantType === 'refresh_token') reply = await redeemRefreshToken(ctx, form, url);
    else {
      throw new StsError({
        error: 'unsupported_grant_type',
        code: 70003,
        description: `The app requested an unsupported grant type '${grantType}'.`,
      });
    }
    return Response.json(reply, { headers });
  } catch (e) {
    if (!(e instanceof StsError)) throw e;
    return Response.json(stsErrorDetails(e, ctx.clock.now(), correlationId, traceId), {
      status: e.status,
      headers,
    });
  }
}

/** Entra answers the token endpoint's CORS for the SPA's registered origins only. */
function corsHeaders(request: Request, url: URL): Headers {
  const headers = new Headers();
  const origin = request.headers.get('origin');
  if (origin && isAllowedOrigin(origin, url.origin)) {
    headers.set('access-control-allow-origin', origin);
    headers.set('access-control-expose-headers', 'client-request-id, x-ms-request-id');
  }
  headers.set('vary', 'Origin');
  return headers;
}

function checkClient(form: Form): void {
  const clientId = form.get('client_id');
  if (!clientId) throw missingParameter('client_id');
  if (clientId.toLowerCase() !== EMULATOR_CLIENT_ID)
    throw unknownClient(clientId, EMULATOR_TENANT_ID);
  if (form.has('client_secret') || form.has('client_assertion')) {
    throw new StsError({
      error: 'invalid_client',
      code: 700025,
      description:
        "Client is public so neither 'client_assertion' nor 'client_secret' should be presented.",
    });
  }
}

export function invalidGrant(code: number, description: string): StsError {
  return new StsError({ error: 'invalid_grant', code, description });
}

const MALFORMED = 'Invalid request. Request is malformed or invalid.';

async function redeemCode(
  ctx: IdentityContext,
  form: Form,
  url: URL,
): Promise<Record<string, unknown>> {
  const value = form.get('code');
  if (!value) throw missingParameter('code');
  const code = ctx.store.code(value);
  if (!code) throw invalidGrant(9002313, MALFORMED);
  if (code.redeemed) {
    throw invalidGrant(
      54005,
      'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
    );
  }
  if (ctx.clock.nowMs() - code.issuedAtMs > CODE_LIFETIME_MS) {
    throw invalidGrant(
      70008,
      'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.',
    );
  }
  const redirectUri = form.get('redirect_uri');
  if (!redirectUri) throw missingParameter('redirect_uri');
  if (redirectUri !== code.redirectUri) {
    // Entra reports this under InvalidReplyTo (AADSTS50011).
    throw invalidGrant(
      50011,
      `The redirect URI '${redirectUri}' specified in the request does not match the redirect URI '${code.redirectUri}' used when requesting the authorization code.`,
    );
  }
  const verifier = form.get('code_verifier');
  if (!verifier) throw missingParameter('code_verifier');
  if (sha256Base64Url(verifier) !== code.codeChallenge) {
    throw invalidGrant(
      501481,
      'The Code_Verifier does not match the code_challenge supplied in the authorization request.',
    );
  }
  const claims = parseClaimsRequest(form.get('claims'));
  const scopes = parseScopes(form.get('scope') ?? code.scope);
  checkStrength(code, claims, form.get('claims'));
  const permissions = grantGraphPermissions(scopes, [], ctx.consentDenied, CONSENT_ERROR);
  code.redeemed = true;
  return issue(ctx, url, form, code, claims, {
    scopes,
    permissions,
    chainStartMs: ctx.clock.nowMs(),
    nonce: code.nonce,
  });
}

async function redeemRefreshToken(
  ctx: IdentityContext,
  form: Form,
  url: URL,
): Promise<Record<string, unknown>> {
  const value = form.get('refresh_token');
  if (!value) throw missingParameter('refresh_token');
  const grant = ctx.store.refreshGrant(value);
  if (!grant) throw invalidGrant(9002313, MALFORMED);
  if (ctx.clock.nowMs() - grant.chainStartMs > SPA_REFRESH_LIFETIME_MS) {
    const issued = new Date(grant.chainStartMs).toISOString();
    throw invalidGrant(
      700084,
      `The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of 1.00:00:00, which cannot be extended. It is now expired and a new sign in request must be sent by the SPA to the sign in page. The token was issued on ${issued}.`,
    );
  }
  // Entra rotates without revoking: "The Microsoft identity platform doesn't revoke old refresh
  // tokens when used to fetch new access tokens" (learn.microsoft.com, entra/identity-platform/
  // refresh-tokens, "Token lifetime"). A redeemed token stays valid until its chain's 24 h SPA
  // lifetime ends, so overlapping silent renewals in one browser all succeed.
  const claims = parseClaimsRequest(form.get('claims'));
  const scopes = parseScopes(form.get('scope') ?? 'openid profile offline_access');
  checkStrength(grant, claims, form.get('claims'));
  const permissions = grantGraphPermissions(
    scopes,
    grant.graphPermissions,
    ctx.consentDenied,
    CONSENT_ERROR,
  );
  return issue(ctx, url, form, grant, claims, {
    scopes,
    permissions,
    chainStartMs: grant.chainStartMs,
    nonce: undefined,
  });
}
