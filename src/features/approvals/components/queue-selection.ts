import type { TableRowId } from '@fluentui/react-components';
import type { QueueRow } from './queue-columns.tsx';

/**
 * The grid only knows the drawn rows: a change there applies to them, and the header checkbox
 * selects (or clears, when all are selected) every row that matches the filters.
 */
export function nextSelection(
  selected: ReadonlySet<string>,
  rows: readonly QueueRow[],
  drawn: readonly QueueRow[],
  drawnSelected: ReadonlySet<TableRowId>,
  fromHeader: boolean,
): Set<string> {
  if (fromHeader) {
    const all = rows.every((row) => selected.has(row.item.id));
    return all ? new Set() : new Set(rows.map((row) => row.item.id));
  }
  const next = new Set(selected);
  for (const row of drawn) next.delete(row.item.id);
  for (const id of drawnSelected) next.add(String(id));
  return next;
}
