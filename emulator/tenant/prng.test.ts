import { describe, expect, it } from 'vitest';
import { createRandom } from './prng.ts';

describe('createRandom', () => {
  it('repeats for the same seed and differs for another', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const run = (r: typeof a) => Array.from({ length: 5 }, () => r.guid());
    const first = run(a);
    expect(run(b)).toEqual(first);
    expect(run(c)).not.toEqual(first);
  });

  it('makes version-4 GUIDs, without collisions in 100,000 draws', () => {
    const random = createRandom(1);
    const ids = Array.from({ length: 100_000 }, () => random.guid());
    const shape = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(ids.filter((id) => !shape.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(100_000);
  });

  it('draws integers within range and picks from lists', () => {
    const random = createRandom(3);
    for (let i = 0; i < 1000; i++) expect(random.int(7)).toBeGreaterThanOrEqual(0);
    expect(['a', 'b']).toContain(random.pick(['a', 'b']));
    expect(() => random.pick([])).toThrow('pick from an empty list');
  });
});
