/**
 * After sign-out the identity provider sends the browser back to the portal with `?state=…`
 * (OpenID Connect RP-initiated logout returns the state MSAL sent). MSAL does not need it
 * after a sign-out, and a URL full of base64 is confusing to copy or bookmark: returns the
 * address without it, or null when there is nothing to tidy. Never touches a sign-in response
 * (one with `code` or `error`).
 */
export function withoutLogoutState(href: string): string | null {
  const url = new URL(href);
  const params = url.searchParams;
  if (!params.has('state') || params.has('code') || params.has('error')) return null;
  if (url.hash) return null;
  params.delete('state');
  const search = params.toString();
  return `${url.pathname}${search ? `?${search}` : ''}`;
}
