import { describe, expect, it } from 'vitest';
import { coalescePages, type PageWalker } from './coalesce-pages.ts';

/** A walker whose pages the test releases one by one. */
function manualWalker() {
  const pages: ((value: number[] | null) => void)[] = [];
  const walker: PageWalker<number> = async (emit) => {
    for (;;) {
      const page = await new Promise<number[] | null>((resolve) => pages.push(resolve));
      if (page === null) return;
      emit(page);
    }
  };
  const release = async (page: number[] | null) => {
    while (pages.length === 0) await Promise.resolve();
    pages.shift()?.(page);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { walker, release };
}

describe('coalescePages', () => {
  it('hands out pages in batches no closer than the interval, and the rest at the end', async () => {
    let clock = 0;
    const a = manualWalker();
    const b = manualWalker();
    const stream = coalescePages([a.walker, b.walker], {
      intervalMs: 100,
      minBatch: 10,
      now: () => clock,
    });
    const batches: number[][] = [];
    const done = (async () => {
      for await (const batch of stream) batches.push(batch);
    })();

    clock = 150; // small, but the interval has passed
    await a.release([1, 2]);
    expect(batches).toEqual([[1, 2]]);
    clock = 160; // too soon after the last batch: held
    await b.release([10]);
    await a.release([3]);
    expect(batches).toHaveLength(1);
    clock = 260;
    await b.release([11]);
    expect(batches).toEqual([
      [1, 2],
      [10, 3, 11],
    ]);
    clock = 270;
    await a.release([4]);
    await a.release(null);
    await b.release(null);
    await done;
    expect(batches).toEqual([[1, 2], [10, 3, 11], [4]]);
  });

  it('hands out a batch at once when it doubles what was handed out', async () => {
    const a = manualWalker();
    const stream = coalescePages([a.walker], { intervalMs: 60_000, minBatch: 2, now: () => 0 });
    const batches: number[][] = [];
    const done = (async () => {
      for await (const batch of stream) batches.push(batch);
    })();
    await a.release([1]);
    expect(batches).toEqual([]);
    await a.release([2]);
    await a.release([3]);
    expect(batches).toEqual([[1, 2]]);
    await a.release([4]);
    await a.release([5]);
    expect(batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    await a.release(null);
    await done;
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('rejects with the first walker failure', async () => {
    const failing: PageWalker<number> = () => Promise.reject(new Error('403'));
    const endless: PageWalker<number> = () => new Promise(() => undefined);
    const stream = coalescePages([failing, endless], { intervalMs: 10 });
    await expect(stream.next()).rejects.toThrow('403');
  });
});
