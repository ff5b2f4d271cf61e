/**
 * Claims challenges: Graph's way of saying "this token is not strong enough, come back with a
 * token that satisfies these claims". Two forms reach a browser client:
 * - CAE / Conditional Access: `WWW-Authenticate: Bearer ..., error="insufficient_claims",
 *   claims="<base64 JSON>"` on a 401 (or 403 `insufficient_claims`).
 * - PIM authentication context: a 400 `RoleAssignmentRequestAcrsValidationFailed` (sometimes
 *   wrapped in `UnknownError`) whose message carries `&claims=<URL-encoded JSON>` and no header.
 * Both decode to the JSON string MSAL expects in `claims`.
 */

export const ACRS_VALIDATION_FAILED = 'RoleAssignmentRequestAcrsValidationFailed';

export function claimsFromWwwAuthenticate(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const match = /(?:^|[\s,])claims\s*=\s*"([^"]*)"/i.exec(header);
  const value = match?.[1]?.trim();
  if (!value) return undefined;
  // Some services send the JSON itself rather than its base64; accept both.
  return asClaimsJson(value) ?? asClaimsJson(decodeBase64(value));
}

/** Looks for the URL-encoded `claims=` only when the error is PIM's authentication-context failure. */
export function claimsFromAcrsMessage(
  codes: readonly string[],
  message: string,
): string | undefined {
  const isAcrsFailure =
    codes.some((code) => code.toLowerCase() === ACRS_VALIDATION_FAILED.toLowerCase()) ||
    message.includes(ACRS_VALIDATION_FAILED);
  if (!isAcrsFailure) return undefined;
  // Stop at `&`, whitespace, quotes and the backslash of a JSON-escaped wrapper message.
  const match = /claims=([^&\s"'\\]+)/.exec(message);
  const encoded = match?.[1];
  if (!encoded) return undefined;
  try {
    return asClaimsJson(decodeURIComponent(encoded));
  } catch {
    return undefined;
  }
}

function decodeBase64(value: string): string | undefined {
  const normalized = value.replace(/-/g, '+').replace(/_/g, '/');
  const padded = normalized + '='.repeat((4 - (normalized.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** A claims request is a JSON object; anything else is noise we must not hand to MSAL. */
function asClaimsJson(text: string | undefined): string | undefined {
  if (!text?.trimStart().startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? text
      : undefined;
  } catch {
    return undefined;
  }
}
