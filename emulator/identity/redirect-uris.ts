/**
 * The emulated app registration's SPA redirect URIs: these paths on the origin that serves the
 * emulator, and the same paths on any localhost port (the standalone emulator serves a portal
 * running elsewhere on the machine).
 */
export const REDIRECT_PATHS: readonly string[] = ['/', '/auth/redirect', '/auth/redirect-bridge'];

function isLocalhost(url: URL): boolean {
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname === 'localhost';
}

/** Whether `origin` may redeem codes from the browser (CORS on the token endpoint). */
export function isAllowedOrigin(origin: string, serverOrigin: string): boolean {
  if (origin === serverOrigin) return true;
  try {
    const url = new URL(origin);
    return isLocalhost(url) && url.origin === origin;
  } catch {
    return false;
  }
}

/** Whether `uri` is one of the registration's redirect URIs (no query, no fragment). */
export function isAllowedRedirectUri(uri: string, serverOrigin: string): boolean {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    return false;
  }
  if (!REDIRECT_PATHS.includes(url.pathname)) return false;
  return url.origin === serverOrigin || isLocalhost(url);
}
