/**
 * A small seeded pseudo-random generator (mulberry32) so that every seeded tenant is identical
 * for the same seed and clock: tests compare two seeds, demos show the same names every run.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** A version-4-shaped GUID drawn from this generator. */
  guid(): string;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const u32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => u32() / 4294967296;
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    chance: (p) => next() < p,
    guid() {
      const a = u32();
      const b = u32();
      const c = u32();
      const d = u32();
      // join() yields one flat string (string concatenation would keep a rope of pieces).
      return [
        HEX[a >>> 24],
        HEX[(a >>> 16) & 255],
        HEX[(a >>> 8) & 255],
        HEX[a & 255],
        '-',
        HEX[b >>> 24],
        HEX[(b >>> 16) & 255],
        '-4',
        HEX[(b >>> 8) & 15]?.slice(1),
        HEX[b & 255],
        '-',
        HEX[((c >>> 24) & 63) | 128],
        HEX[(c >>> 16) & 255],
        '-',
        HEX[(c >>> 8) & 255],
        HEX[c & 255],
        HEX[d >>> 24],
        HEX[(d >>> 16) & 255],
        HEX[(d >>> 8) & 255],
        HEX[d & 255],
      ].join('');
    },
  };
}
