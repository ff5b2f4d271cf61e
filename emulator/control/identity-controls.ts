import {
  authorityFor,
  EMULATOR_CLIENT_ID,
  EMULATOR_TENANT_ID,
  graphBaseUrlFor,
} from '../constants.ts';
import type { Emulator } from '../emulator.ts';
import { newGuid } from '../identity/ids.ts';
import { StsError, stsErrorDetails } from '../identity/sts-error.ts';

/**
 * Controls owned by the identity half; `undefined` when the subpath is not one of them.
 * - `GET info`: what a client needs to sign in against this emulator.
 * - `POST token` `{userPrincipalName, scopes, acrs?, mfa?}`: a Graph token without a browser.
 * - `PUT consent` `{denied: string[]}`: Graph permissions the tenant has not consented to.
 */
export async function handleIdentityControl(
  emulator: Emulator,
  request: Request,
  url: URL,
  subpath: string,
): Promise<Response | undefined> {
  switch (subpath.replace(/\/+$/, '')) {
    case '/info':
      if (request.method !== 'GET') return methodNotAllowed('GET');
      return Response.json(info(emulator, url.origin), {
        headers: { 'cache-control': 'no-store' },
      });
    case '/token':
      if (request.method !== 'POST') return methodNotAllowed('POST');
      return mintToken(emulator, request, url);
    case '/consent':
      if (request.method !== 'PUT') return methodNotAllowed('PUT');
      return setConsent(emulator, request);
    default:
      return undefined;
  }
}

function info(emulator: Emulator, origin: string): Record<string, unknown> {
  return {
    tenantId: EMULATOR_TENANT_ID,
    clientId: EMULATOR_CLIENT_ID,
    authority: authorityFor(origin),
    graphBaseUrl: graphBaseUrlFor(origin),
    personas: emulator.tenant.personas().map((p) => ({
      userPrincipalName: p.userPrincipalName,
      displayName: p.displayName,
      id: p.id,
      description: p.description,
    })),
  };
}

async function mintToken(emulator: Emulator, request: Request, url: URL): Promise<Response> {
  const body = await readJson(request);
  const upn = body?.userPrincipalName;
  const scopes = body?.scopes;
  const acrs = body?.acrs;
  const mfa = body?.mfa;
  if (
    typeof upn !== 'string' ||
    !isStringArray(scopes) ||
    (acrs !== undefined && !isStringArray(acrs)) ||
    (mfa !== undefined && typeof mfa !== 'boolean')
  ) {
    return badRequest(
      'The body must be JSON {"userPrincipalName": string, "scopes": string[], "acrs"?: string[], "mfa"?: boolean}.',
    );
  }
  try {
    const reply = await emulator.identity.mintAccessToken({
      origin: url.origin,
      userPrincipalName: upn,
      scopes,
      acrs,
      mfa,
    });
    return Response.json(reply, { headers: { 'cache-control': 'no-store' } });
  } catch (e) {
    if (!(e instanceof StsError)) throw e;
    return Response.json(stsErrorDetails(e, emulator.clock.now(), newGuid()), { status: e.status });
  }
}

async function setConsent(emulator: Emulator, request: Request): Promise<Response> {
  const body = await readJson(request);
  const denied = body?.denied;
  if (!isStringArray(denied)) return badRequest('The body must be JSON {"denied": string[]}.');
  try {
    emulator.identity.setConsentDenied(denied);
  } catch (e) {
    if (!(e instanceof StsError)) throw e;
    return Response.json(stsErrorDetails(e, emulator.clock.now(), newGuid()), { status: e.status });
  }
  return new Response(null, { status: 204 });
}

async function readJson(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = await request.json();
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function badRequest(description: string): Response {
  return Response.json(
    { error: 'invalid_request', error_description: description },
    { status: 400 },
  );
}

function methodNotAllowed(allow: string): Response {
  return Response.json(
    { error: 'method_not_allowed', error_description: `Use ${allow}.` },
    { status: 405, headers: { allow } },
  );
}
