import { describe, expect, it } from 'vitest';
import { orderItems } from './ordering.ts';

const at = (id: string, when: string) => ({ id, activityDateTime: when });

describe('orderItems', () => {
  it('sorts datetimes as instants, whatever their precision', () => {
    const items = [
      at('a', '2026-03-01T10:00:00Z'),
      at('b', '2026-03-01T10:00:00.5Z'),
      at('c', '2026-02-28T23:00:00.000Z'),
    ];
    const desc = orderItems(items, [{ path: ['activityDateTime'], descending: true }]);
    expect(desc.map((i) => i.id)).toEqual(['b', 'a', 'c']);
  });

  it('re-sorts when the collection changes, even at the same length', () => {
    const items = [at('a', '2026-03-01T10:00:00Z'), at('b', '2026-03-01T11:00:00Z')];
    const order = [{ path: ['activityDateTime'], descending: false }];
    expect(orderItems(items, order).map((i) => i.id)).toEqual(['a', 'b']);
    items.shift();
    items.push(at('c', '2026-03-01T09:00:00Z'));
    expect(orderItems(items, order).map((i) => i.id)).toEqual(['c', 'b']);
    items.push(at('d', '2026-03-01T12:00:00Z'));
    expect(orderItems(items, order).map((i) => i.id)).toEqual(['c', 'b', 'd']);
  });
});
