/** Reads pages into `emit` until its collection ends (rejects with the first failure). */
export type PageWalker<T> = (emit: (items: T[]) => void) => Promise<void>;

export interface CoalesceOptions {
  /** The shortest time between two hand-outs after the first. */
  intervalMs: number;
  now?: () => number;
}

/**
 * Runs every walker at once and hands out what they read in batches: whenever a batch is due
 * (`intervalMs` after the previous one) or the last walker ends. Paging never waits for the
 * consumer: a long queue is read at the speed of Graph, while the screen redraws a few times a
 * second instead of once per 50-item page (each redraw of the whole queue costs far more than
 * reading a page, and held the next page back).
 */
export async function* coalescePages<T>(
  walkers: readonly PageWalker<T>[],
  { intervalMs, now = () => performance.now() }: CoalesceOptions,
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
  for (;;) {
    if (failure) throw failure.error;
    if (running === 0 && buffer.length === 0) return;
    const wait = running === 0 ? 0 : intervalMs - (now() - last);
    if (buffer.length > 0 && wait <= 0) {
      const batch = buffer;
      buffer = [];
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
