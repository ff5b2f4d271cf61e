import { useDeferredValue, useMemo } from 'react';
import {
  approvalDeadline,
  DEFAULT_STAGE_RULES,
  distinctOptions,
  filterQueue,
  isDecidable,
  searchText,
  sortQueue,
  type PendingApproval,
  type QueueFilter,
  type QueueSort,
  type StageRules,
  urgencyOf,
} from '../domain/queue.ts';
import type { QueueRow } from './queue-columns.tsx';

/**
 * The rows the grid shows: requests still open for a decision, filtered and sorted. Search text
 * is built once per queue, and the filter is deferred, so typing stays instant at 5,000 rows.
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
  const open = useMemo(
    () => (queue ?? []).filter((item) => isDecidable(item, rulesOf(item), now)),
    [queue, rulesOf, now],
  );
  const urgent = useMemo(
    () =>
      open.filter((item) => urgencyOf(approvalDeadline(item, rulesOf(item)), now) === 'urgent')
        .length,
    [open, rulesOf, now],
  );
  const texts = useMemo(() => new Map(open.map((item) => [item.id, searchText(item)])), [open]);
  const deferred = useDeferredValue(filter);
  const rows = useMemo<QueueRow[]>(() => {
    const filtered = filterQueue(open, deferred, (item) => texts.get(item.id) ?? '');
    return sortQueue(filtered, sort, rulesOf).map((item) => ({ item, rules: rulesOf(item), now }));
  }, [open, deferred, texts, sort, rulesOf, now]);
  const targets = useMemo(() => distinctOptions(open, (item) => item.target), [open]);
  const requesters = useMemo(() => distinctOptions(open, (item) => item.requester), [open]);
  return {
    rows,
    open,
    timedOut: (queue?.length ?? 0) - open.length,
    /** Open requests PIM denies within two hours unless someone decides. */
    urgent,
    targets,
    requesters,
    rulesOf,
  };
}
