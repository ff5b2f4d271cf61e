/** Reads pages into `emit` until its collection ends (rejects with the first failure). */
export type PageWalker<T> = (emit: (items: T[]) => void) => Promise<void>;

export interface CoalesceOptions {
  /** A smaller batch is handed out anyway once this long has passed since the last one. */
  intervalMs: number;
  /** The smallest batch worth a redraw before `intervalMs` (default 1: by time only). */
  minBatch?: number;
  now?: () => number;
}

/**
 * Runs every walker at once and hands out what they read in batches. A batch is due when it is
 * at least as large as everything handed out before (and `minBatch`), when `intervalMs` has
 * passed since the last one, or when the last walker ends. Paging never waits for the consumer:
 * a long queue is read at the speed of Graph, while the screen redraws a handful of times
 * (the batches double) instead of once per 50-item page. Each redraw of the whole queue costs
 * far more than reading a page, so redrawing per page held every next page back.
 */
export async function* coalescePages<T>(
  walkers: readonly PageWalker<T>[],
  { intervalMs, minBatch = 1, now = () => performance.now() }: CoalesceOptions,
): AsyncGenerator<T[]> {
  let buffer: T[] = [];
  let running = walkers.length;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  for (const walk of walkers) {
    walk((items) => {
      for (const item of items) buffer.push(item);
      notify();
    })
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => {
        running -= 1;
        notify();
      });
  }
  let last = now();
  let handedOut = 0;
  for (;;) {
    if (failure) throw failure.error;
    if (running === 0 && buffer.length === 0) return;
    const large = buffer.length >= Math.max(minBatch, handedOut);
    const wait = running === 0 || large ? 0 : intervalMs - (now() - last);
    if (buffer.length > 0 && wait <= 0) {
      const batch = buffer;
      buffer = [];
      handedOut += batch.length;
      last = now();
      yield batch;
      continue;
    }
    // Wakes on the next page or the end of a walk, or when the held batch falls due.
    await new Promise<void>((resolve) => {
      wake = resolve;
      if (buffer.length > 0) setTimeout(notify, wait);
    });
  }
}
