import type { AccountInfo } from '@azure/msal-browser';
import type { KeyValueStorage } from '../presets/preset-storage.ts';

/**
 * The PIM groups of the user's last visit, so their policies can ride in the first `$batch` of
 * the next one (they can only be asked for by group id). Group ids only: never tokens, never
 * Graph payloads. One entry per tenant and user, like presets.
 */
export interface GroupMemory {
  read(): string[];
  write(groupIds: readonly string[]): void;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A batch holds 20 items and the first screen uses 7: a guess never makes it two calls. */
export const MAX_REMEMBERED_GROUPS = 13;

export function knownGroupsKey(tenantId: string, homeAccountId: string): string {
  return `pim-portal.known-groups.v1.${tenantId.toLowerCase()}.${homeAccountId.toLowerCase()}`;
}

/** Storage that is full, blocked or damaged only costs the speculation, never the screen. */
export function groupMemory(storage: KeyValueStorage, key: string): GroupMemory {
  return {
    read() {
      try {
        const data: unknown = JSON.parse(storage.getItem(key) ?? '[]');
        if (!Array.isArray(data)) return [];
        return data
          .filter((id): id is string => typeof id === 'string' && GUID.test(id))
          .slice(0, MAX_REMEMBERED_GROUPS);
      } catch {
        return [];
      }
    },
    write(groupIds) {
      try {
        if (groupIds.length === 0) storage.removeItem(key);
        else storage.setItem(key, JSON.stringify(groupIds.slice(0, MAX_REMEMBERED_GROUPS)));
      } catch {
        // Quota or privacy mode: the next visit simply asks in two round trips.
      }
    },
  };
}

/** The memory key of an account (its tenant and home account), if it has both. */
export function accountKnownGroupsKey(
  account: Pick<AccountInfo, 'homeAccountId' | 'tenantId' | 'idTokenClaims'> | null,
): string | undefined {
  const tid = account?.idTokenClaims?.tid;
  const tenantId = typeof tid === 'string' && tid !== '' ? tid : account?.tenantId;
  const homeAccountId = account?.homeAccountId;
  return tenantId && homeAccountId ? knownGroupsKey(tenantId, homeAccountId) : undefined;
}

/** The memory under `key` in this browser's localStorage (none when storage is blocked). */
export function localGroupMemory(key: string | undefined): GroupMemory | undefined {
  let storage: Storage;
  try {
    storage = window.localStorage;
  } catch {
    return undefined;
  }
  return key ? groupMemory(storage, key) : undefined;
}
