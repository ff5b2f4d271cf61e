import { useDeferredValue, useMemo, useState } from 'react';
import {
  approvalDeadline,
  DEFAULT_STAGE_RULES,
  distinctOptions,
  filterQueue,
  urgencyOf,
  type PendingApproval,
  type QueueFilter,
  type QueueSort,
  type StageRules,
} from '../domain/queue.ts';
import { QueueOrder } from '../domain/queue-order.ts';
import { QueueRows } from './queue-rows.ts';

const NONE: readonly PendingApproval[] = [];

/**
 * The rows the grid shows: requests still open for a decision, filtered and sorted.
 *
 * Built for a queue of thousands that grows page by page: the order is extended by merging each
 * page (`QueueOrder`), search text is built once per request, and each request keeps the same
 * row object while the rules and the clock stand still, so memoised grid rows are not drawn
 * again. The queue and the filter are deferred: a new page or a keystroke first updates what is
 * cheap, and the rows follow in an interruptible render instead of one long task.
 */
export function useQueueView(
  queue: readonly PendingApproval[] | undefined,
  rulesByPolicy: Readonly<Record<string, StageRules>> | undefined,
  filter: QueueFilter,
  sort: QueueSort,
  now: Date,
) {
  const rulesOf = useMemo(
    () => (item: PendingApproval) => rulesByPolicy?.[item.policyKey] ?? DEFAULT_STAGE_RULES,
    [rulesByPolicy],
  );
  const [order] = useState(() => new QueueOrder());
  const [rowCache] = useState(() => new QueueRows());
  const items = useDeferredValue(queue ?? NONE);
  const sorted = useMemo(() => order.order(items, sort, rulesOf), [order, items, sort, rulesOf]);
  // Still open (in order) and how many of those are urgent, in one pass.
  const { open, urgent } = useMemo(() => {
    const still: PendingApproval[] = [];
    let soon = 0;
    for (const item of sorted) {
      const urgency = urgencyOf(approvalDeadline(item, rulesOf(item)), now);
      if (urgency === 'expired') continue;
      still.push(item);
      if (urgency === 'urgent') soon += 1;
    }
    return { open: still, urgent: soon };
  }, [sorted, rulesOf, now]);
  const deferred = useDeferredValue(filter);
  const rows = useMemo(
    () => rowCache.rowsOf(filterQueue(open, deferred), rulesOf, now),
    [rowCache, open, deferred, rulesOf, now],
  );
  const targets = useMemo(() => distinctOptions(open, (item) => item.target), [open]);
  const requesters = useMemo(() => distinctOptions(open, (item) => item.requester), [open]);
  return {
    rows,
    open,
    timedOut: items.length - open.length,
    /** Open requests PIM denies within two hours unless someone decides. */
    urgent,
    targets,
    requesters,
    rulesOf,
  };
}
