/**
 * Time-based transitions due at a virtual instant (provisioning done, a future start, an expiry,
 * an approval stage timing out). Nothing happens by wall time alone: `runDue(now)` is called from
 * `settle()` before each request and runs every event due by the virtual clock, in time order,
 * each at its own instant so audit entries carry the moment the transition really happened.
 */
export interface Scheduler {
  at(whenMs: number, run: (atMs: number) => void): void;
  runDue(nowMs: number): number;
  readonly size: number;
}

interface Entry {
  at: number;
  seq: number;
  run: (atMs: number) => void;
}

export function createScheduler(): Scheduler {
  const queue: Entry[] = [];
  let seq = 0;
  const before = (a: Entry, b: Entry): boolean => a.at < b.at || (a.at === b.at && a.seq < b.seq);
  return {
    at(whenMs, run) {
      const entry = { at: whenMs, seq: seq++, run };
      let lo = 0;
      let hi = queue.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const probe = queue[mid];
        if (probe && before(probe, entry)) lo = mid + 1;
        else hi = mid;
      }
      queue.splice(lo, 0, entry);
    },
    runDue(nowMs) {
      let ran = 0;
      // Events may schedule further events (approval → provisioning → expiry), hence the loop.
      for (let head = queue[0]; head && head.at <= nowMs; head = queue[0]) {
        queue.shift();
        head.run(head.at);
        ran++;
      }
      return ran;
    },
    get size() {
      return queue.length;
    },
  };
}
