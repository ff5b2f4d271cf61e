import { describe, expect, it } from 'vitest';
import { approval, at } from './fixtures.ts';
import { mergeSorted, QueueOrder, sortQueue } from './queue-order.ts';
import {
  DEFAULT_SORT,
  DEFAULT_STAGE_RULES,
  type PendingApproval,
  type QueueSort,
} from './queue.ts';

const rules = () => DEFAULT_STAGE_RULES;

const ids = (items: readonly PendingApproval[]) => items.map((a) => a.id);

describe('sortQueue', () => {
  const older = approval('b', { createdAt: at('2026-11-29T08:00:00Z') });
  const newer = approval('a', { createdAt: at('2026-11-29T09:00:00Z') });
  const tie = approval('c', { createdAt: at('2026-11-29T08:00:00Z') });

  it('puts the oldest request first by default, ties by id', () => {
    expect(ids(sortQueue([newer, tie, older], DEFAULT_SORT, rules))).toEqual(['b', 'c', 'a']);
  });

  it('sorts by requester name, case-insensitively, either way', () => {
    const zed = approval('z', {
      requester: { id: 'z', displayName: 'zed', userPrincipalName: '' },
    });
    const amy = approval('y', {
      requester: { id: 'y', displayName: 'Amy', userPrincipalName: '' },
    });
    const sort = { key: 'requester', direction: 'descending' } as const;
    expect(ids(sortQueue([amy, zed], sort, rules))).toEqual(['z', 'y']);
    expect(ids(sortQueue([zed, amy], { ...sort, direction: 'ascending' }, rules))).toEqual([
      'y',
      'z',
    ]);
  });

  it('sorts by deadline using each policy’s own timeout', () => {
    const long = approval('long', { policyKey: 'two-days', createdAt: at('2026-11-29T07:00:00Z') });
    const short = approval('short', { createdAt: at('2026-11-29T09:00:00Z') });
    const byPolicy = (a: PendingApproval) =>
      a.policyKey === 'two-days' ? { ...DEFAULT_STAGE_RULES, timeoutDays: 2 } : DEFAULT_STAGE_RULES;
    const sort = { key: 'deadline', direction: 'ascending' } as const;
    expect(ids(sortQueue([long, short], sort, byPolicy))).toEqual(['short', 'long']);
  });
});

describe('mergeSorted', () => {
  const byNumber = (x: number, y: number) => x - y;

  it('interleaves two sorted lists in order, the first list first on ties', () => {
    expect(mergeSorted([1, 4, 9], [2, 3, 10, 11], byNumber)).toEqual([1, 2, 3, 4, 9, 10, 11]);
    const a = [{ k: 1, from: 'a' }];
    const b = [{ k: 1, from: 'b' }];
    expect(mergeSorted(a, b, (x, y) => x.k - y.k).map((x) => x.from)).toEqual(['a', 'b']);
  });

  it('handles empty lists on either side', () => {
    expect(mergeSorted([], [1, 2], byNumber)).toEqual([1, 2]);
    expect(mergeSorted([1, 2], [], byNumber)).toEqual([1, 2]);
  });
});

/** A queue the way Graph pages it in: newest first, pages of `size`. */
function pagesOf(count: number, size: number): PendingApproval[][] {
  const base = Date.parse('2026-11-29T12:00:00Z');
  const all = Array.from({ length: count }, (_, i) =>
    approval(`req-${String((i * 7919) % count).padStart(5, '0')}`, {
      // Some requests share a minute, so ties by id matter too.
      createdAt: new Date(base - Math.floor(i / 3) * 60_000),
      requester: {
        id: `u${String(i % 13)}`,
        displayName: `Person ${String((i * 31) % 17)}`,
        userPrincipalName: '',
      },
    }),
  );
  const pages: PendingApproval[][] = [];
  for (let i = 0; i < all.length; i += size) pages.push(all.slice(i, i + size));
  return pages;
}

describe('QueueOrder', () => {
  const sorts: QueueSort[] = [
    DEFAULT_SORT,
    { key: 'createdAt', direction: 'descending' },
    { key: 'requester', direction: 'ascending' },
    { key: 'deadline', direction: 'descending' },
  ];

  it.each(sorts)('extends the order page by page exactly as a full sort would (%o)', (sort) => {
    const order = new QueueOrder();
    let queue: PendingApproval[] = [];
    for (const page of pagesOf(230, 50)) {
      queue = queue.concat(page);
      expect(ids(order.order(queue, sort, rules))).toEqual(ids(sortQueue(queue, sort, rules)));
    }
  });

  it('merges a grown queue instead of sorting it again', () => {
    const order = new QueueOrder();
    const [first = [], second = []] = pagesOf(100, 50);
    order.order(first, DEFAULT_SORT, rules);
    const seen: string[] = [];
    // Only the new page's keys are computed: the rules are asked for the new page alone.
    const counting = (item: PendingApproval) => {
      seen.push(item.id);
      return DEFAULT_STAGE_RULES;
    };
    const deadline = { key: 'deadline', direction: 'ascending' } as const;
    order.order(first, deadline, counting);
    seen.length = 0;
    order.order(first.concat(second), deadline, counting);
    expect(seen.sort()).toEqual(ids(second).sort());
  });

  it('answers the same array for the same inputs, and sorts again when they change', () => {
    const order = new QueueOrder();
    const queue = pagesOf(60, 60)[0] ?? [];
    const sorted = order.order(queue, DEFAULT_SORT, rules);
    expect(order.order(queue, DEFAULT_SORT, rules)).toBe(sorted);

    const byName = { key: 'requester', direction: 'ascending' } as const;
    expect(ids(order.order(queue, byName, rules))).toEqual(ids(sortQueue(queue, byName, rules)));

    // A refresh brings new objects (and here one request fewer): a full sort, nothing kept.
    const refreshed = queue.slice(1).map((item) => ({ ...item }));
    expect(ids(order.order(refreshed, byName, rules))).toEqual(
      ids(sortQueue(refreshed, byName, rules)),
    );
  });
});
