import type { QueueRow } from './queue-columns.tsx';

/**
 * The header checkbox selects every row that matches the filters (drawn or not), or clears them
 * when all were selected already.
 */
export function toggleAll(selected: ReadonlySet<string>, rows: readonly QueueRow[]): Set<string> {
  const all = rows.length > 0 && rows.every((row) => selected.has(row.item.id));
  return all ? new Set() : new Set(rows.map((row) => row.item.id));
}

/** One row's checkbox: adds or removes that request, keeping the rest. */
export function toggleOne(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** What the header checkbox shows for the rows that match the filters. */
export function allState(
  selected: ReadonlySet<string>,
  rows: readonly QueueRow[],
): boolean | 'mixed' {
  if (selected.size === 0 || rows.length === 0) return false;
  let count = 0;
  for (const row of rows) if (selected.has(row.item.id)) count += 1;
  return count === rows.length ? true : count > 0 ? 'mixed' : false;
}
