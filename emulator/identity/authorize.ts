import { EMULATOR_TENANT_DOMAIN, EMULATOR_TENANT_ID } from '../constants.ts';
import type { Persona } from '../tenant/personas.ts';
import {
  FORM_FIELDS,
  readAuthorizeRequest,
  readRedirectTarget,
  redirectTo,
  type AuthorizeRequest,
  type RedirectTarget,
} from './authorize-request.ts';
import { needsStepUp, satisfies } from './claims-request.ts';
import type { Session } from './grant-store.ts';
import type { IdentityContext } from './identity-context.ts';
import { clientInfo, newGuid } from './ids.ts';
import { errorPage, signInPage, verifyPage, type FormTarget } from './pages.ts';
import { grantGraphPermissions } from './scopes.ts';
import { readSessionCookie, sessionCookie } from './session-cookie.ts';
import { StsError, stsErrorDetails } from './sts-error.ts';

/** `oauth2/v2.0/authorize`: GET from the client, POST from the emulator's own pages. */
export async function handleAuthorize(
  ctx: IdentityContext,
  request: Request,
  url: URL,
): Promise<Response> {
  const params =
    request.method === 'POST' ? new URLSearchParams(await request.text()) : url.searchParams;
  const correlationId = params.get('client-request-id') ?? newGuid();
  let target: RedirectTarget;
  try {
    if (request.method !== 'GET' && request.method !== 'POST') throw wrongMethod(request.method);
    target = readRedirectTarget(params, url.origin);
  } catch (e) {
    if (e instanceof StsError) return errorPage(stsErrorDetails(e, ctx.clock.now(), correlationId));
    throw e;
  }
  try {
    const authorize = readAuthorizeRequest(params, target);
    const original = [...params].filter(([k]) => !FORM_FIELDS.includes(k));
    const form: FormTarget = {
      action: `${url.origin}${url.pathname}`,
      params: original,
      redirectOrigin: new URL(target.redirectUri).origin,
    };
    return decide(ctx, request, params, authorize, form);
  } catch (e) {
    if (!(e instanceof StsError)) throw e;
    const details = stsErrorDetails(e, ctx.clock.now(), correlationId);
    const entries: [string, string][] = [
      ['error', details.error],
      ['error_description', details.error_description],
      ['error_uri', details.error_uri],
    ];
    if (details.suberror) entries.push(['suberror', details.suberror]);
    return redirectTo(target, entries);
  }
}

function decide(
  ctx: IdentityContext,
  request: Request,
  params: URLSearchParams,
  req: AuthorizeRequest,
  form: FormTarget,
): Response {
  const existing = ctx.store.sessionByCookie(readSessionCookie(request));
  const session = existing && ctx.directory.findUser(existing.userId) ? existing : undefined;
  const isPost = request.method === 'POST';
  const loginAs = isPost ? params.get('login_as') : null;
  const action = isPost ? params.get('action') : null;

  if (loginAs !== null) return signIn(ctx, req, form, findUser(ctx, loginAs));
  if (action === 'verify' || action === 'cancel') {
    if (!session) throw loginRequired();
    if (action === 'cancel') throw mfaCancelled();
    session.mfa = true;
    session.acrs = [...new Set([...session.acrs, ...req.claims.acrs])];
    return complete(ctx, req, form, session);
  }
  if (req.prompt === 'none') {
    if (!session || (req.sid !== undefined && req.sid !== session.id)) throw loginRequired();
    const user = userOf(ctx, session);
    if (req.loginHint && !sameUser(user, req.loginHint)) throw loginRequired();
    if (needsStepUp(req.claims) && !satisfies(session, req.claims)) throw stepUpRequired();
    return complete(ctx, req, form, session);
  }
  if (req.prompt === 'login' || req.prompt === 'select_account' || req.prompt === 'create') {
    return signInPage(form, ctx.directory.personas());
  }
  if (session && (!req.loginHint || sameUser(userOf(ctx, session), req.loginHint))) {
    return complete(ctx, req, form, session);
  }
  // A hint naming a known account signs in without the picker, like Entra with one session.
  const hinted = req.loginHint ? ctx.directory.findUser(req.loginHint) : undefined;
  if (hinted) return signIn(ctx, req, form, hinted);
  return signInPage(form, ctx.directory.personas());
}

function signIn(
  ctx: IdentityContext,
  req: AuthorizeRequest,
  form: FormTarget,
  user: Persona,
): Response {
  const session = ctx.store.createSession(user.id);
  const response = complete(ctx, req, form, session);
  response.headers.append('set-cookie', sessionCookie(session.cookie));
  return response;
}

/** Step-up if asked for and not yet done in this session; otherwise send the code. */
function complete(
  ctx: IdentityContext,
  req: AuthorizeRequest,
  form: FormTarget,
  session: Session,
): Response {
  const user = userOf(ctx, session);
  if (needsStepUp(req.claims) && !satisfies(session, req.claims)) {
    return verifyPage(form, user, req.claims);
  }
  grantGraphPermissions(req.scopes, [], ctx.consentDenied, { error: 'consent_required' });
  const code = ctx.store.issueCode({
    clientId: req.clientId,
    userId: user.id,
    sessionId: session.id,
    authTime: session.authTime,
    mfa: session.mfa,
    acrs: [...session.acrs],
    clientCapabilities: req.claims.clientCapabilities,
    redirectUri: req.redirectUri,
    codeChallenge: req.codeChallenge,
    scope: req.scope,
    nonce: req.nonce,
  });
  const entries: [string, string][] = [['code', code]];
  if (req.clientInfo) entries.push(['client_info', clientInfo(user.id, EMULATOR_TENANT_ID)]);
  entries.push(['session_state', session.id]);
  return redirectTo(req, entries);
}

function userOf(ctx: IdentityContext, session: Session): Persona {
  const user = ctx.directory.findUser(session.userId);
  if (!user) throw loginRequired();
  return user;
}

function findUser(ctx: IdentityContext, upn: string): Persona {
  const user = ctx.directory.findUser(upn);
  if (!user) {
    throw new StsError({
      error: 'invalid_request',
      code: 50034,
      description: `The user account ${upn} does not exist in the ${EMULATOR_TENANT_DOMAIN} directory. To sign into this application, the account must be added to the directory.`,
    });
  }
  return user;
}

function sameUser(user: Persona, hint: string): boolean {
  const h = hint.toLowerCase();
  return user.userPrincipalName.toLowerCase() === h || user.mail.toLowerCase() === h;
}

function loginRequired(): StsError {
  return new StsError({
    error: 'login_required',
    code: 50058,
    description:
      "A silent sign-in request was sent but no user is signed in. The cookies used to represent the user's session were not sent in the request, or the session has ended.",
  });
}

function stepUpRequired(): StsError {
  return new StsError({
    error: 'interaction_required',
    code: 50076,
    description:
      "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '00000003-0000-0000-c000-000000000000'.",
  });
}

function mfaCancelled(): StsError {
  return new StsError({
    error: 'access_denied',
    code: 50074,
    description: 'Strong Authentication is required. The user cancelled the verification.',
  });
}

function wrongMethod(method: string): StsError {
  return new StsError({
    error: 'invalid_request',
    code: 900561,
    description: `The endpoint only accepts GET, POST requests. Received a ${method} request.`,
  });
}
