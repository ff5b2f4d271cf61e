import { useMsal } from '@azure/msal-react';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import {
  EMPTY_STORE,
  presetStorageKey,
  readPresetStore,
  writePresetStore,
  type PresetStore,
  type ReadResult,
} from './preset-storage.ts';

const listeners = new Set<() => void>();

/** Changes from this tab (listeners) and from others (the `storage` event) re-render users. */
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage disabled by the browser's settings: presets are then unavailable, not fatal.
    return undefined;
  }
}

export interface PresetStoreHandle {
  store: PresetStore;
  /** Some saved data could not be read and was left out. */
  damaged: boolean;
  /** False when there is no signed-in account or no storage: nothing can be saved. */
  available: boolean;
  /** Applies a change and saves it; false when the browser refused to store it. */
  update: (change: (store: PresetStore) => PresetStore) => boolean;
}

/** The signed-in user's presets in this tenant, kept in localStorage and shared across tabs. */
export function usePresetStore(): PresetStoreHandle {
  const { instance } = useMsal();
  const account = instance.getActiveAccount();
  const tid = account?.idTokenClaims?.tid;
  const tenantId = typeof tid === 'string' && tid !== '' ? tid : account?.tenantId;
  const key =
    tenantId && account?.homeAccountId
      ? presetStorageKey(tenantId, account.homeAccountId)
      : undefined;
  const local = storage();
  const text = useSyncExternalStore(subscribe, () => (key && local ? safeGet(local, key) : null));
  const read = useMemo<ReadResult>(
    // `text` is the snapshot that changes when the stored value does.
    () =>
      key && local && text !== null
        ? readPresetStore(local, key)
        : { store: EMPTY_STORE, damaged: false },
    [key, local, text],
  );
  const update = useCallback(
    (change: (store: PresetStore) => PresetStore): boolean => {
      if (!key || !local) return false;
      const saved = writePresetStore(local, key, change(readPresetStore(local, key).store));
      for (const listener of listeners) listener();
      return saved;
    },
    [key, local],
  );
  return { ...read, available: key !== undefined && local !== undefined, update };
}

function safeGet(local: Storage, key: string): string | null {
  try {
    return local.getItem(key);
  } catch {
    return null;
  }
}
