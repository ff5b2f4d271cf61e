import type { QueryClient } from '@tanstack/react-query';
import type { GraphClient } from '../../../graph/client.ts';
import { writeCsvParts } from '../model/csv.ts';
import { historyCsvColumns } from '../model/history-csv.ts';
import type { HistorySort } from '../model/history-params.ts';
import type { HistoryRequest } from '../model/history-request.ts';
import type { Refinement } from '../model/refine.ts';
import { sortHistoryInChunks } from '../model/sort-in-chunks.ts';
import { readRestOfHistory, type HistoryRest, type ReadProgress } from './read-rest-of-history.ts';
import { readRowFacts } from './read-row-facts.ts';

/** What is on screen, and where the list goes on. */
export interface ExportSource {
  /** The loaded rows as shown: refined and sorted. */
  shown: readonly HistoryRequest[];
  loaded: readonly HistoryRequest[];
  /** Absent when every page is loaded. */
  rest: HistoryRest | undefined;
  refinement: Refinement;
  sort: HistorySort;
}

export type ExportProgress =
  | ({ step: 'reading' } & ReadProgress)
  | { step: 'sorting'; rows: number }
  | { step: 'facts'; done: number; total: number }
  | { step: 'writing'; written: number; total: number };

export interface ExportOptions {
  queryClient: QueryClient;
  now: number;
  /**
   * Read each row's approvers and actual times (a round trip per 20 rows): always, never, or
   * only when the export has at most `upTo` rows (known once the rest has been read).
   */
  includeFacts: boolean | { upTo: number };
  client?: GraphClient;
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
}

/**
 * The CSV of every request that matches the view — the loaded ones and the pages not loaded
 * yet, read from Graph — in the view's order, as Blob parts. Every step works in slices with
 * the event loop free between them, so 100,000 rows never freeze the page, and every step
 * stops at the signal.
 */
export async function exportHistory(
  source: ExportSource,
  options: ExportOptions,
): Promise<{ parts: string[]; rows: number }> {
  const { signal, onProgress } = options;
  const { read, matching } = await readRestOfHistory(source.rest, source.refinement, {
    client: options.client,
    signal,
    onPage: (progress) => {
      onProgress?.({ step: 'reading', ...progress });
    },
  });
  let rows: readonly HistoryRequest[] = source.shown;
  if (read.length > 0) {
    onProgress?.({ step: 'sorting', rows: source.shown.length + matching.length });
    rows = await sortHistoryInChunks(
      [...source.shown, ...matching],
      source.sort.column,
      source.sort.direction,
      { signal },
    );
  }
  const everything = read.length > 0 ? [...source.loaded, ...read] : source.loaded;
  const { includeFacts } = options;
  const withFacts =
    typeof includeFacts === 'boolean' ? includeFacts : rows.length <= includeFacts.upTo;
  const facts = withFacts
    ? await readRowFacts(options.queryClient, rows, everything, options.now, {
        signal,
        onProgress: (done, total) => {
          onProgress?.({ step: 'facts', done, total });
        },
      })
    : undefined;
  const parts = await writeCsvParts(historyCsvColumns(facts), rows, {
    signal,
    onProgress: (written, total) => {
      onProgress?.({ step: 'writing', written, total });
    },
  });
  return { parts, rows: rows.length };
}

/** The export's status line. */
export function exportProgressText(progress: ExportProgress): string {
  switch (progress.step) {
    case 'reading':
      return `Reading the rest from Microsoft Graph: ${progress.read.toLocaleString()} more requests read (${progress.pages.toLocaleString()} pages), ${progress.matching.toLocaleString()} match…`;
    case 'sorting':
      return `Sorting ${progress.rows.toLocaleString()} rows…`;
    case 'facts':
      return `Reading approvers and actual times: ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()}…`;
    case 'writing':
      return `Preparing ${progress.written.toLocaleString()} of ${progress.total.toLocaleString()} rows…`;
  }
}
