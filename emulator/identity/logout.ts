import type { IdentityContext } from './identity-context.ts';
import { signedOutPage } from './pages.ts';
import { isAllowedRedirectUri } from './redirect-uris.ts';
import { clearedSessionCookie, readSessionCookie } from './session-cookie.ts';

/**
 * `oauth2/v2.0/logout`: ends the STS session and returns to `post_logout_redirect_uri` when it
 * is a registered redirect URI; otherwise shows Entra's "You signed out" page. Refresh tokens
 * stay valid, as on Entra: sign-out ends the browser session, it does not revoke grants.
 */
export async function handleLogout(
  ctx: IdentityContext,
  request: Request,
  url: URL,
): Promise<Response> {
  const params =
    request.method === 'POST' ? new URLSearchParams(await request.text()) : url.searchParams;
  ctx.store.endSession(readSessionCookie(request));
  const headers = new Headers({
    'set-cookie': clearedSessionCookie(),
    'cache-control': 'no-store',
  });
  const target = params.get('post_logout_redirect_uri');
  if (target && isAllowedRedirectUri(target, url.origin)) {
    const location = new URL(target);
    const state = params.get('state');
    if (state !== null) location.searchParams.set('state', state);
    headers.set('location', location.toString());
    return new Response(null, { status: 302, headers });
  }
  return signedOutPage(headers);
}
