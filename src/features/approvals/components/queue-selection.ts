import { headerState, type HeaderState } from '../../../domain/selection.ts';
import type { QueueRow } from './queue-columns.tsx';

/**
 * The header checkbox selects every row that matches the filters (drawn or not), or clears them
 * when all were selected already.
 */
export function toggleAll(selected: ReadonlySet<string>, rows: readonly QueueRow[]): Set<string> {
  const all = rows.length > 0 && rows.every((row) => selected.has(row.item.id));
  return all ? new Set() : new Set(rows.map((row) => row.item.id));
}

/** What the header checkbox shows for the rows that match the filters. */
export function allState(selected: ReadonlySet<string>, rows: readonly QueueRow[]): HeaderState {
  return selected.size === 0
    ? false
    : headerState(
        selected,
        rows.map((row) => row.item.id),
      );
}
