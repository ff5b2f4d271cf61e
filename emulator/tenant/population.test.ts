import { describe, expect, it } from 'vitest';
import { PERSONAS } from './personas.ts';
import { SYNTHETIC_USER_ID_PREFIX, seedSyntheticUsers, seedUsers } from './population.ts';

describe('population', () => {
  it('starts with the personas, ids and sign-in names unchanged', () => {
    const users = seedUsers();
    for (const [i, p] of PERSONAS.entries())
      expect(users[i]).toMatchObject({
        id: p.id,
        userPrincipalName: p.userPrincipalName,
        displayName: p.displayName,
        accountEnabled: true,
      });
    expect(new Set(users.map((u) => u.id)).size).toBe(users.length);
  });

  it('makes unique synthetic colleagues whose names never repeat a real one', () => {
    const named = new Set(seedUsers().map((u) => u.displayName));
    const synthetic = seedSyntheticUsers(1000);
    expect(synthetic).toHaveLength(1000);
    expect(synthetic.every((u) => u.id?.startsWith(SYNTHETIC_USER_ID_PREFIX))).toBe(true);
    expect(new Set(synthetic.map((u) => u.id)).size).toBe(1000);
    expect(new Set(synthetic.map((u) => u.userPrincipalName)).size).toBe(1000);
    expect(new Set(synthetic.map((u) => u.displayName)).size).toBe(1000);
    expect(synthetic.filter((u) => named.has(u.displayName))).toEqual([]);
  });
});
