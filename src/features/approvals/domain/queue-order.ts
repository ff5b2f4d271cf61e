/**
 * The queue's order, kept up to date as pages stream in: each request's sort key is computed
 * once, a new page is sorted on its own and merged into the already sorted queue (linear), and
 * only a change of sort, of stage rules or a new queue (a refresh) sorts everything again.
 */
import {
  approvalDeadline,
  type PendingApproval,
  type QueueSort,
  type StageRules,
} from './queue.ts';

type Key = number | string;
interface Keyed {
  item: PendingApproval;
  key: Key;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function keyOf(sort: QueueSort, rulesOf: (item: PendingApproval) => StageRules) {
  return (item: PendingApproval): Key => {
    switch (sort.key) {
      case 'createdAt':
        return item.createdAt.getTime();
      case 'deadline':
        return approvalDeadline(item, rulesOf(item)).getTime();
      case 'requester':
        return item.requester.displayName;
      case 'target':
        return item.target.displayName;
    }
  };
}

/** By key in the sort's direction; ties by id (code units: stable and cheap), always ascending. */
function comparer(sort: QueueSort) {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return (a: Keyed, b: Keyed): number => {
    const order =
      typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : collator.compare(String(a.key), String(b.key));
    if (order !== 0) return sign * order;
    return a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0;
  };
}

function keyedSort(
  items: readonly PendingApproval[],
  sort: QueueSort,
  rulesOf: (item: PendingApproval) => StageRules,
): Keyed[] {
  const key = keyOf(sort, rulesOf);
  return items.map((item) => ({ item, key: key(item) })).sort(comparer(sort));
}

/** Two sorted lists as one, in one pass; on equal keys the first list's item comes first. */
export function mergeSorted<T>(
  a: readonly T[],
  b: readonly T[],
  compare: (x: T, y: T) => number,
): T[] {
  const out: T[] = new Array<T>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as T;
    const y = b[j] as T;
    if (compare(y, x) < 0) {
      out[k++] = y;
      j += 1;
    } else {
      out[k++] = x;
      i += 1;
    }
  }
  while (i < a.length) out[k++] = a[i++] as T;
  while (j < b.length) out[k++] = b[j++] as T;
  return out;
}

/** Oldest first by default; ties keep a stable order by id so rows never jump between refreshes. */
export function sortQueue(
  items: readonly PendingApproval[],
  sort: QueueSort,
  rulesOf: (item: PendingApproval) => StageRules,
): PendingApproval[] {
  return keyedSort(items, sort, rulesOf).map((k) => k.item);
}

/**
 * A streamed queue grows by appending (`previous.concat(page)`), so the same first and last
 * objects at the old length mean the old queue is its prefix; a refresh builds new objects.
 */
function grewFrom(queue: readonly PendingApproval[], previous: readonly PendingApproval[]) {
  const n = previous.length;
  return (
    n === 0 || (queue.length >= n && queue[0] === previous[0] && queue[n - 1] === previous[n - 1])
  );
}

/**
 * Remembers the last order it computed and extends it when the queue grew by a page. One per
 * screen; `order` answers the same array for the same inputs, so memoised consumers stay put.
 */
export class QueueOrder {
  private last:
    | {
        queue: readonly PendingApproval[];
        sort: QueueSort;
        rulesOf: (item: PendingApproval) => StageRules;
        keyed: Keyed[];
        sorted: PendingApproval[];
      }
    | undefined;

  order(
    queue: readonly PendingApproval[],
    sort: QueueSort,
    rulesOf: (item: PendingApproval) => StageRules,
  ): PendingApproval[] {
    const last = this.last;
    let keyed: Keyed[];
    if (last?.sort === sort && last.rulesOf === rulesOf && grewFrom(queue, last.queue)) {
      if (queue.length === last.queue.length) return last.sorted;
      const page = keyedSort(queue.slice(last.queue.length), sort, rulesOf);
      keyed = mergeSorted(last.keyed, page, comparer(sort));
    } else {
      keyed = keyedSort(queue, sort, rulesOf);
    }
    const sorted = keyed.map((k) => k.item);
    this.last = { queue, sort, rulesOf, keyed, sorted };
    return sorted;
  }
}
