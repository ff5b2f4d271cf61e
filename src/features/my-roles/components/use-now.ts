import { useCallback, useSyncExternalStore } from 'react';

interface Clock {
  now: Date;
  listeners: Set<() => void>;
  timer: number | undefined;
}

/** One clock per interval, shared by every component that asks for it. */
const clocks = new Map<number, Clock>();

function clockFor(intervalMs: number): Clock {
  let clock = clocks.get(intervalMs);
  if (!clock) {
    clock = { now: new Date(), listeners: new Set(), timer: undefined };
    clocks.set(intervalMs, clock);
  }
  return clock;
}

function subscribe(intervalMs: number, listener: () => void): () => void {
  const clock = clockFor(intervalMs);
  clock.listeners.add(listener);
  clock.timer ??= window.setInterval(() => {
    clock.now = new Date();
    for (const notify of clock.listeners) notify();
  }, intervalMs);
  return () => {
    clock.listeners.delete(listener);
    if (clock.listeners.size > 0) return;
    window.clearInterval(clock.timer);
    clocks.delete(intervalMs);
  };
}

/**
 * The current time, refreshed every `intervalMs`. Every countdown on the page shares one timer
 * per interval, so a list of active roles ticks in one render pass a second, not one per row.
 */
export function useNow(intervalMs: number): Date {
  // Stable per interval: a new subscribe function would resubscribe (and restart the clock) on
  // every render.
  const onSubscribe = useCallback(
    (listener: () => void) => subscribe(intervalMs, listener),
    [intervalMs],
  );
  const snapshot = useCallback(() => clockFor(intervalMs).now, [intervalMs]);
  return useSyncExternalStore(onSubscribe, snapshot);
}
