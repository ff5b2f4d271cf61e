import type { Entity } from './entity-model.ts';
import type { OrderBy } from './odata-query.ts';

function sortKey(value: unknown): string | number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    const t = /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
    return Number.isNaN(t) ? value.toLowerCase() : t;
  }
  return '';
}

function getPath(entity: Entity, path: readonly string[]): unknown {
  let current: unknown = entity;
  for (const segment of path) {
    current = current && typeof current === 'object' ? (current as Entity)[segment] : undefined;
  }
  return current;
}

/**
 * Sorted views of the state's collections, reused while a collection holds the same entities
 * (checked by identity, which is cheap) and the order is the same: paging through 100,000
 * requests must not re-sort them for every page. Sort keys (creation and activity times) of
 * stored entities do not change once written.
 */
const cache = new WeakMap<
  readonly Entity[],
  { signature: string; members: Entity[]; sorted: Entity[] }
>();

function sameMembers(a: readonly Entity[], b: readonly Entity[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

export function orderItems(items: readonly Entity[], order: readonly OrderBy[]): readonly Entity[] {
  if (order.length === 0) return items;
  const signature = order
    .map((o) => `${o.path.join('/')} ${o.descending ? 'desc' : 'asc'}`)
    .join(',');
  const hit = cache.get(items);
  if (hit?.signature === signature && sameMembers(hit.members, items)) return hit.sorted;
  const keyed = items.map((item) => ({
    item,
    keys: order.map((o) => sortKey(getPath(item, o.path))),
  }));
  keyed.sort((a, b) => {
    for (const [i, o] of order.entries()) {
      const x = a.keys[i] ?? '';
      const y = b.keys[i] ?? '';
      if (x !== y) return (x < y ? -1 : 1) * (o.descending ? -1 : 1);
    }
    return 0;
  });
  const sorted = keyed.map((k) => k.item);
  cache.set(items, { signature, members: [...items], sorted });
  return sorted;
}
