import { describe, expect, it } from 'vitest';
import { createRandom } from '../../tenant/prng.ts';
import { iso } from './context.ts';

describe('iso', () => {
  it('formats exactly as Date.prototype.toISOString', () => {
    const random = createRandom(7);
    const samples = [0, 951782400000, 4107542400000, 1709164799999, 1735689600000, 253402300799999];
    for (let i = 0; i < 20_000; i++) samples.push(Math.floor(random.next() * 4_102_444_800_000));
    for (const ms of samples) expect(iso(ms)).toBe(new Date(ms).toISOString());
  });
});
