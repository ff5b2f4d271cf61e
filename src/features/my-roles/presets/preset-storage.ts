import { parseDurationMinutes, toIsoDuration } from '../../../domain/duration.ts';
import { LIMITS, readPresetJson, toPresetJson, type Preset } from './preset.ts';

/** What one role was last activated with, offered the next time. */
export interface LastUsed {
  durationMinutes: number;
  justification: string;
  usedAt: string;
}

export interface PresetStore {
  presets: Preset[];
  /** By role id, lower-cased (see role-ref.ts). */
  lastUsed: Record<string, LastUsed>;
}

export const EMPTY_STORE: PresetStore = { presets: [], lastUsed: {} };

/** The part of the Web Storage API used here, so tests pass a plain object. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const STORAGE_VERSION = 1;

/**
 * One entry per tenant and user (MSAL's home account id), so people sharing a browser, or one
 * person with two tenants, never see each other's presets. Only presets and last-used values
 * are kept: never tokens, never Graph data.
 */
export function presetStorageKey(tenantId: string, homeAccountId: string): string {
  return `pim-portal.presets.v${String(STORAGE_VERSION)}.${tenantId.toLowerCase()}.${homeAccountId.toLowerCase()}`;
}

export interface ReadResult {
  store: PresetStore;
  /** Some or all of the stored data was unreadable and has been left out. */
  damaged: boolean;
}

/** Reads the user's presets; unreadable storage yields what could be read and says so. */
export function readPresetStore(storage: KeyValueStorage, key: string): ReadResult {
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return { store: EMPTY_STORE, damaged: true };
  }
  if (text === null) return { store: EMPTY_STORE, damaged: false };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { store: EMPTY_STORE, damaged: true };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { store: EMPTY_STORE, damaged: true };
  }
  const raw = data as Record<string, unknown>;
  if (raw.version !== STORAGE_VERSION) return { store: EMPTY_STORE, damaged: true };
  let damaged = false;
  const presets: Preset[] = [];
  for (const [index, item] of (Array.isArray(raw.presets)
    ? (raw.presets as unknown[])
    : []
  ).entries()) {
    const id =
      typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string'
        ? item.id
        : `preset-${String(index)}`;
    const read = readPresetJson(item, `Preset ${String(index + 1)}`, id);
    if ('preset' in read && presets.length < LIMITS.presets) presets.push(read.preset);
    else damaged = true;
  }
  if (!Array.isArray(raw.presets)) damaged = true;
  const lastUsed: Record<string, LastUsed> = {};
  const rawLast = raw.lastUsed;
  if (typeof rawLast === 'object' && rawLast !== null && !Array.isArray(rawLast)) {
    for (const [ref, value] of Object.entries(rawLast as Record<string, unknown>)) {
      const entry = value as Record<string, unknown> | null;
      const minutes =
        typeof entry?.duration === 'string' ? parseDurationMinutes(entry.duration) : undefined;
      if (
        minutes !== undefined &&
        minutes > 0 &&
        typeof entry?.justification === 'string' &&
        typeof entry.usedAt === 'string'
      ) {
        lastUsed[ref.toLowerCase()] = {
          durationMinutes: minutes,
          justification: entry.justification.slice(0, LIMITS.text),
          usedAt: entry.usedAt,
        };
      } else damaged = true;
    }
  }
  return { store: { presets, lastUsed }, damaged };
}

/** Writes the store; false when the browser refused (quota, storage disabled). */
export function writePresetStore(
  storage: KeyValueStorage,
  key: string,
  store: PresetStore,
): boolean {
  const data = {
    version: STORAGE_VERSION,
    presets: store.presets.map((preset) => ({ id: preset.id, ...toPresetJson(preset) })),
    lastUsed: Object.fromEntries(
      Object.entries(store.lastUsed).map(([ref, used]) => [
        ref,
        {
          duration: toIsoDuration(used.durationMinutes),
          justification: used.justification,
          usedAt: used.usedAt,
        },
      ]),
    ),
  };
  try {
    storage.setItem(key, JSON.stringify(data));
    return true;
  } catch {
    return false;
  }
}

/** Remembers what these roles were just activated with; the 200 most recent roles are kept. */
export function rememberLastUsed(
  store: PresetStore,
  refs: readonly string[],
  durationMinutes: number,
  justification: string,
  now: Date,
): PresetStore {
  const lastUsed = { ...store.lastUsed };
  for (const ref of refs) {
    lastUsed[ref.toLowerCase()] = {
      durationMinutes,
      justification: justification.trim().slice(0, LIMITS.text),
      usedAt: now.toISOString(),
    };
  }
  const recent = Object.entries(lastUsed)
    .sort(([, a], [, b]) => b.usedAt.localeCompare(a.usedAt))
    .slice(0, 200);
  return { ...store, lastUsed: Object.fromEntries(recent) };
}

/** The most recent values used for any of these roles, to offer in the form. */
export function lastUsedFor(store: PresetStore, refs: readonly string[]): LastUsed | undefined {
  return refs
    .map((ref) => store.lastUsed[ref.toLowerCase()])
    .filter((used): used is LastUsed => used !== undefined)
    .sort((a, b) => b.usedAt.localeCompare(a.usedAt))[0];
}
