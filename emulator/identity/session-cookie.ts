import { EMULATOR_PREFIX } from '../constants.ts';

/** Entra's session cookie name; the value is an opaque key into the emulator's session store. */
export const SESSION_COOKIE = 'ESTSAUTH';

// SameSite=None because MSAL's silent renewal loads the authorize endpoint in a hidden iframe,
// which on a real deployment is a third-party context.
const ATTRIBUTES = `Path=${EMULATOR_PREFIX}/; Secure; HttpOnly; SameSite=None`;

export function readSessionCookie(request: Request): string | undefined {
  const header = request.headers.get('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return rest.join('=') || undefined;
  }
  return undefined;
}

export function sessionCookie(value: string): string {
  return `${SESSION_COOKIE}=${value}; ${ATTRIBUTES}`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; ${ATTRIBUTES}; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT`;
}
