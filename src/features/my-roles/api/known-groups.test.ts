import { memoryStorage } from '../../../domain/testing/memory-storage.ts';
import { describe, expect, it } from 'vitest';
import {
  accountKnownGroupsKey,
  groupMemory,
  knownGroupsKey,
  MAX_REMEMBERED_GROUPS,
} from './known-groups.ts';

const A = 'a1b2c3d4-0000-4000-8000-00000000f1a0';
const B = 'b1b2c3d4-0000-4000-8000-00000000f1a0';

describe('groupMemory', () => {
  const key = knownGroupsKey('T-1', 'Home.ID');

  it('keeps group ids per tenant and user, and nothing else', () => {
    const storage = memoryStorage();
    groupMemory(storage, key).write([A, B]);
    expect(groupMemory(storage, key).read()).toEqual([A, B]);
    expect(groupMemory(storage, knownGroupsKey('t-2', 'home.id')).read()).toEqual([]);
    expect([...storage.data.keys()]).toEqual(['pim-portal.known-groups.v1.t-1.home.id']);
  });

  it('forgets groups that are gone, and reads damaged or foreign data as none', () => {
    const storage = memoryStorage();
    const memory = groupMemory(storage, key);
    memory.write([A]);
    memory.write([]);
    expect(storage.data.size).toBe(0);
    storage.setItem(key, '{oops');
    expect(memory.read()).toEqual([]);
    storage.setItem(key, JSON.stringify([A, 42, "x' or 1 eq 1", { id: B }]));
    expect(memory.read()).toEqual([A]);
  });

  it('keeps at most what fits in the first batch', () => {
    const storage = memoryStorage();
    const ids = Array.from({ length: 20 }, (_, i) => A.replace(/..$/, String(i).padStart(2, '0')));
    groupMemory(storage, key).write(ids);
    expect(groupMemory(storage, key).read()).toHaveLength(MAX_REMEMBERED_GROUPS);
  });

  it('survives storage that refuses to write', () => {
    const storage = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => {
      groupMemory(storage, key).write([A]);
    }).not.toThrow();
  });
});

describe('accountKnownGroupsKey', () => {
  it("keys by the ID token's tenant, else the account's, and the home account", () => {
    const account = { homeAccountId: 'Home.ID', tenantId: 'T-2', idTokenClaims: { tid: 'T-1' } };
    expect(accountKnownGroupsKey(account)).toBe(knownGroupsKey('T-1', 'Home.ID'));
    expect(accountKnownGroupsKey({ ...account, idTokenClaims: {} })).toBe(
      knownGroupsKey('T-2', 'Home.ID'),
    );
  });

  it('has no key without a signed-in account', () => {
    expect(accountKnownGroupsKey(null)).toBeUndefined();
    expect(
      accountKnownGroupsKey({ homeAccountId: '', tenantId: 'T-1', idTokenClaims: {} }),
    ).toBeUndefined();
  });
});
