import { describe, expect, it } from 'vitest';
import { coalescePages } from './coalesce-pages.ts';

/** Pages arriving at the given times (ms); the clock reads the arrival time of the last page. */
function timed(pages: { at: number; items: number[] }[]) {
  let clock = 0;
  async function* source() {
    for (const page of pages) {
      await Promise.resolve();
      clock = page.at;
      yield page.items;
    }
  }
  return { source: source(), now: () => clock };
}

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of stream) out.push(value);
  return out;
}

describe('coalescePages', () => {
  it('passes the first page at once, then groups pages per interval, then the rest', async () => {
    const { source, now } = timed([
      { at: 0, items: [1, 2] },
      { at: 100, items: [3] },
      { at: 200, items: [4] },
      { at: 300, items: [5] },
      { at: 450, items: [6] },
      { at: 500, items: [7] },
    ]);
    expect(await collect(coalescePages(source, 300, now))).toEqual([
      [1, 2],
      [3, 4, 5],
      [6, 7],
    ]);
  });

  it('loses nothing and keeps the order when every page is slower than the interval', async () => {
    const { source, now } = timed([
      { at: 0, items: [1] },
      { at: 500, items: [2] },
      { at: 1000, items: [] },
      { at: 1500, items: [3] },
    ]);
    expect((await collect(coalescePages(source, 300, now))).flat()).toEqual([1, 2, 3]);
  });

  it('passes an error of the source through', async () => {
    async function* failing(): AsyncGenerator<number[]> {
      yield [1];
      await Promise.resolve();
      throw new Error('403');
    }
    await expect(collect(coalescePages(failing(), 300, () => 0))).rejects.toThrow('403');
  });
});
