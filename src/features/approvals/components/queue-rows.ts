import type { PendingApproval, StageRules } from '../domain/queue.ts';
import type { QueueRow } from './queue-columns.tsx';

/**
 * Hands out one row object per request and keeps it while the rules and the clock stay the same,
 * so a grid row memoised on its row is not drawn again when a page lands elsewhere in the queue.
 */
export class QueueRows {
  private cache = new WeakMap<PendingApproval, QueueRow>();
  private rulesOf: ((item: PendingApproval) => StageRules) | undefined;
  private now: Date | undefined;

  rowsOf(
    items: readonly PendingApproval[],
    rulesOf: (item: PendingApproval) => StageRules,
    now: Date,
  ): QueueRow[] {
    if (rulesOf !== this.rulesOf || now !== this.now) {
      this.cache = new WeakMap();
      this.rulesOf = rulesOf;
      this.now = now;
    }
    return items.map((item) => {
      let row = this.cache.get(item);
      if (!row) {
        row = { item, rules: rulesOf(item), now };
        this.cache.set(item, row);
      }
      return row;
    });
  }
}
