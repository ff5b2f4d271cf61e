import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';
import type { FilterExpr } from './odata-filter.ts';

/**
 * `correlationId eq '<id>'` at the top of a `$filter` (alone or in an `and` chain): the one
 * audit query the portal sends per request row. With the `large` tenant's log a scan per query
 * made History's per-row lookups slow enough to starve the server, so the log is indexed by
 * correlation id. The full filter still runs on the narrowed items: the index only saves work.
 */
export function correlationIdIn(filter: FilterExpr | undefined): string | undefined {
  if (!filter) return undefined;
  if (filter.kind === 'logical' && filter.op === 'and') {
    return correlationIdIn(filter.left) ?? correlationIdIn(filter.right);
  }
  if (filter.kind !== 'compare' || filter.op !== 'eq') return undefined;
  const { left, right } = filter;
  if (left.kind !== 'property' || left.path.join('/') !== 'correlationId') return undefined;
  if (right.kind !== 'literal' || typeof right.value !== 'string') return undefined;
  return right.value.toLowerCase();
}

interface Index {
  indexed: number;
  byCorrelation: Map<string, DirectoryAudit[]>;
}

const indexes = new WeakMap<readonly DirectoryAudit[], Index>();

/**
 * The entries of `log` with that correlation id (case-insensitive, so a superset of what `eq`
 * matches). The log only grows by appending (a reset makes a new array), so entries added since
 * the last call are indexed on the way.
 */
export function auditsCorrelatedWith(
  log: readonly DirectoryAudit[],
  correlationId: string,
): DirectoryAudit[] {
  let index = indexes.get(log);
  if (!index || index.indexed > log.length) {
    index = { indexed: 0, byCorrelation: new Map() };
    indexes.set(log, index);
  }
  for (let i = index.indexed; i < log.length; i++) {
    const entry = log[i];
    const key = entry?.correlationId?.toLowerCase();
    if (!entry || !key) continue;
    const list = index.byCorrelation.get(key);
    if (list) list.push(entry);
    else index.byCorrelation.set(key, [entry]);
  }
  index.indexed = log.length;
  return index.byCorrelation.get(correlationId) ?? [];
}
