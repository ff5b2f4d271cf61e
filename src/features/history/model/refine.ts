import { actionLabel, statusLabel, type HistoryRequest } from './history-request.ts';

/** What Graph cannot filter on for us: applied to the pages already loaded. */
export interface Refinement {
  /** Inclusive local dates `YYYY-MM-DD` on the request's creation time. */
  from?: string;
  to?: string;
  /** Lower-case action (`selfactivate`), or empty for all. */
  action?: string;
  text?: string;
}

function localDayStartMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1).getTime();
}

export function refineHistory(
  rows: readonly HistoryRequest[],
  refinement: Refinement,
): HistoryRequest[] {
  const from = refinement.from ? localDayStartMs(refinement.from) : -Infinity;
  const to = refinement.to ? localDayStartMs(refinement.to) + 86_400_000 : Infinity;
  const action = refinement.action?.toLowerCase() ?? '';
  const needle = refinement.text?.trim().toLowerCase() ?? '';
  if (from === -Infinity && to === Infinity && !action && !needle) return [...rows];
  return rows.filter((row) => {
    const created = Date.parse(row.createdAt);
    if (created < from || created >= to) return false;
    if (action && row.action.toLowerCase() !== action) return false;
    if (!needle) return true;
    return [
      row.requesterName,
      row.requesterUpn,
      row.targetName,
      row.scope,
      row.justification,
      row.ticketNumber,
      actionLabel(row.action),
      statusLabel(row.status),
      row.id,
    ].some((field) => field.toLowerCase().includes(needle));
  });
}

export type SortColumn = 'requester' | 'target' | 'action' | 'status' | 'created' | 'start' | 'end';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const KEYS: Readonly<Record<SortColumn, (r: HistoryRequest) => string>> = {
  requester: (r) => r.requesterName || r.requesterId,
  target: (r) => r.targetName,
  action: (r) => actionLabel(r.action),
  status: (r) => statusLabel(r.status),
  created: (r) => r.createdAt,
  start: (r) => r.requestedStart ?? '',
  end: (r) => r.requestedEnd ?? '',
};

const ISO_COLUMNS: ReadonlySet<SortColumn> = new Set(['created', 'start', 'end']);

/** A compare of two keys of the column: ISO dates as strings, names with the user's collation. */
export function keyCompare(column: SortColumn): (a: string, b: string) => number {
  return ISO_COLUMNS.has(column)
    ? (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
    : collator.compare;
}

export function sortKeyOf(column: SortColumn): (r: HistoryRequest) => string {
  return KEYS[column];
}

/** A stable sort on a copy; ISO dates compare as strings, names with the user's collation. */
export function sortHistory(
  rows: readonly HistoryRequest[],
  column: SortColumn,
  direction: 'ascending' | 'descending',
): HistoryRequest[] {
  // Graph lists newest first, so the default order usually needs no work at all.
  if (isDefaultOrder(rows, column, direction)) return [...rows];
  const key = KEYS[column];
  const compare = keyCompare(column);
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row) => ({ row, k: key(row) }))
    .sort((a, b) => sign * compare(a.k, b.k))
    .map((entry) => entry.row);
}

/** Newest first, as Graph lists requests: the order the default sort asks for. */
export function isDefaultOrder(
  rows: readonly HistoryRequest[],
  column: SortColumn,
  direction: 'ascending' | 'descending',
): boolean {
  if (column !== 'created' || direction !== 'descending') return false;
  for (let i = 1; i < rows.length; i++) {
    if ((rows[i - 1] as HistoryRequest).createdAt < (rows[i] as HistoryRequest).createdAt)
      return false;
  }
  return true;
}
