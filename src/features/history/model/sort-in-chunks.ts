import { yieldToMainThread } from './csv.ts';
import type { HistoryRequest } from './history-request.ts';
import { isDefaultOrder, keyCompare, sortKeyOf, type SortColumn } from './refine.ts';

export interface ChunkedSortOptions {
  /** Rows sorted in one go before the runs are merged. */
  runSize?: number;
  /** Steps (keys read, rows merged) between two yields to the event loop. */
  stepsPerSlice?: number;
  yieldToEventLoop?: () => Promise<void>;
  signal?: AbortSignal;
}

interface Keyed {
  row: HistoryRequest;
  k: string;
}

/**
 * `sortHistory` for an export of up to 100,000 rows without a long task: the rows are sorted in
 * short runs and merged two by two (a stable bottom-up merge sort), yielding between slices of
 * work. A single `Array.sort` of 100,000 names with the user's collation blocks the page for
 * several hundred milliseconds.
 */
export async function sortHistoryInChunks(
  rows: readonly HistoryRequest[],
  column: SortColumn,
  direction: 'ascending' | 'descending',
  options: ChunkedSortOptions = {},
): Promise<HistoryRequest[]> {
  if (isDefaultOrder(rows, column, direction)) return [...rows];
  const runSize = Math.max(2, options.runSize ?? 2000);
  const stepsPerSlice = Math.max(1, options.stepsPerSlice ?? 20_000);
  const pause = options.yieldToEventLoop ?? yieldToMainThread;
  const key = sortKeyOf(column);
  const compareKeys = keyCompare(column);
  const sign = direction === 'ascending' ? 1 : -1;
  const compare = (a: Keyed, b: Keyed) => sign * compareKeys(a.k, b.k);

  // Awaiting on every step would cost a microtask per row: count, and yield once a slice is done.
  let steps = 0;
  const due = (cost = 1) => {
    steps += cost;
    if (steps < stepsPerSlice) return false;
    steps = 0;
    return true;
  };
  const breathe = async () => {
    options.signal?.throwIfAborted();
    await pause();
  };

  const keyed: Keyed[] = [];
  for (const row of rows) {
    keyed.push({ row, k: key(row) });
    if (due()) await breathe();
  }
  let runs: Keyed[][] = [];
  for (let start = 0; start < keyed.length; start += runSize) {
    runs.push(keyed.slice(start, start + runSize).sort(compare));
    // A sort is about n log n compares: count it as a few steps a row.
    if (due(runSize * 4)) await breathe();
  }
  while (runs.length > 1) {
    const merged: Keyed[][] = [];
    for (let i = 0; i < runs.length; i += 2) {
      const left = runs[i] ?? [];
      const right = runs[i + 1];
      if (!right) {
        merged.push(left);
        continue;
      }
      const out: Keyed[] = [];
      let a = 0;
      let b = 0;
      while (a < left.length || b < right.length) {
        const l = left[a];
        const r = right[b];
        // Ties take the left run first: the merge keeps the order of equal keys (stable).
        if (l && (!r || compare(l, r) <= 0)) {
          out.push(l);
          a += 1;
        } else if (r) {
          out.push(r);
          b += 1;
        }
        if (due()) await breathe();
      }
      merged.push(out);
    }
    runs = merged;
  }
  return (runs[0] ?? []).map((entry) => entry.row);
}
