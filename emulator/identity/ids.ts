import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** Random URL-safe text of `bytes` random bytes (codes, refresh tokens, cookie values). */
export function randomToken(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

export function newGuid(): string {
  return randomUUID();
}

/**
 * Entra's `sub` is pairwise: stable for one user and one application, different across
 * applications, so it cannot be used to correlate a user between apps. A salted hash gives
 * the same properties (and the same 43-character shape).
 */
export function pairwiseSubject(objectId: string, audience: string): string {
  return createHash('sha256')
    .update(`pim-portal-emulator:${objectId}:${audience}`)
    .digest('base64url')
    .slice(0, 43);
}

/** `client_info` as Entra returns it: base64url JSON of the home account's ids. */
export function clientInfo(objectId: string, tenantId: string): string {
  return Buffer.from(JSON.stringify({ uid: objectId, utid: tenantId })).toString('base64url');
}

/** Entra's timestamp format in error bodies: `2026-11-29 13:40:12Z`. */
export function stsTimestamp(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

export function sha256Base64Url(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}
