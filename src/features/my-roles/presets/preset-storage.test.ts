import { describe, expect, it } from 'vitest';
import type { Preset } from './preset.ts';
import {
  EMPTY_STORE,
  lastUsedFor,
  presetStorageKey,
  readPresetStore,
  rememberLastUsed,
  writePresetStore,
  type KeyValueStorage,
} from './preset-storage.ts';
import { memoryStorage } from '../../../domain/testing/memory-storage.ts';

const morning: Preset = {
  id: 'p1',
  name: 'Morning',
  roles: [
    { ref: 'role:62e90394-69f5-4237-9190-012177145e10', name: 'Global Administrator' },
    { ref: 'group:g1:member', name: 'Finance Admins' },
  ],
  durationMinutes: 90,
  justification: 'Daily checks',
  ticketNumber: '',
  ticketSystem: '',
};

const TENANT = 'aaaabbbb-0000-4000-8000-000000000001';

describe('preset storage', () => {
  it('round-trips presets and last-used values', () => {
    const storage = memoryStorage();
    const key = presetStorageKey(TENANT, 'adele.tenant');
    const store = rememberLastUsed(
      { presets: [morning], lastUsed: {} },
      ['role:62E90394-69f5-4237-9190-012177145e10'],
      60,
      ' Incident 42 ',
      new Date('2026-03-01T08:00:00Z'),
    );
    expect(writePresetStore(storage, key, store)).toBe(true);
    const read = readPresetStore(storage, key);
    expect(read).toEqual({ store, damaged: false });
    expect(
      lastUsedFor(read.store, ['group:g1:member', 'role:62e90394-69f5-4237-9190-012177145e10']),
    ).toEqual({
      durationMinutes: 60,
      justification: 'Incident 42',
      usedAt: '2026-03-01T08:00:00.000Z',
    });
    // Nothing but presets and last-used values is written.
    expect(storage.data.get(key)).not.toMatch(/token|secret/i);
  });

  it('keeps each user of each tenant apart', () => {
    const storage = memoryStorage();
    writePresetStore(storage, presetStorageKey(TENANT, 'adele.tenant'), {
      presets: [morning],
      lastUsed: {},
    });
    expect(readPresetStore(storage, presetStorageKey(TENANT, 'megan.tenant')).store).toEqual(
      EMPTY_STORE,
    );
    expect(
      readPresetStore(storage, presetStorageKey('other-tenant', 'adele.tenant')).store,
    ).toEqual(EMPTY_STORE);
    expect(presetStorageKey(TENANT, 'A')).toBe(presetStorageKey(TENANT.toUpperCase(), 'a'));
  });

  it('survives corrupt storage, keeping what can be read and saying so', () => {
    const storage = memoryStorage();
    const key = presetStorageKey(TENANT, 'adele.tenant');
    for (const text of ['{not json', '[]', '{"version":9,"presets":[]}', 'null']) {
      storage.setItem(key, text);
      expect(readPresetStore(storage, key)).toEqual({ store: EMPTY_STORE, damaged: true });
    }
    writePresetStore(storage, key, { presets: [morning], lastUsed: {} });
    const data = JSON.parse(storage.getItem(key) ?? '') as { presets: unknown[] };
    storage.setItem(
      key,
      JSON.stringify({
        ...data,
        presets: [...data.presets, { name: 'Broken' }],
        lastUsed: { x: 5 },
      }),
    );
    expect(readPresetStore(storage, key)).toEqual({
      store: { presets: [morning], lastUsed: {} },
      damaged: true,
    });
  });

  it('reports a browser that refuses to store', () => {
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(writePresetStore(refusing, 'k', EMPTY_STORE)).toBe(false);
    expect(readPresetStore(refusing, 'k')).toEqual({ store: EMPTY_STORE, damaged: true });
  });
});
