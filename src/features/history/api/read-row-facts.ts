import type { QueryClient } from '@tanstack/react-query';
import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';
import { actualTimesOf, endingRequests, type ActualTimes } from '../model/actual-times.ts';
import { yieldToMainThread } from '../model/csv.ts';
import type { RowFactsLookup } from '../model/history-csv.ts';
import { elevates, type HistoryRequest } from '../model/history-request.ts';
import {
  approvalDecisionsQueryOptions,
  summariseDecisions,
  type ApproverSummary,
} from './get-approval-decisions.ts';
import { ownAuditQueryOptions } from './get-actual-times.ts';

export interface ReadFactsOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** Rows looked up together: their lookups leave in the same `$batch` calls. */
  chunkSize?: number;
}

/**
 * Reads the approvers and own audit entries of the exported rows through the query cache (rows
 * already seen in the grid cost nothing), a chunk at a time so the page stays responsive.
 */
export async function readRowFacts(
  queryClient: QueryClient,
  rows: readonly HistoryRequest[],
  loaded: readonly HistoryRequest[],
  now: number,
  options: ReadFactsOptions = {},
): Promise<RowFactsLookup> {
  const approvers = new Map<string, ApproverSummary>();
  const actual = new Map<string, ActualTimes>();
  const size = Math.max(1, options.chunkSize ?? 200);
  const endings = endingRequests(loaded);
  for (let start = 0; start < rows.length; start += size) {
    options.signal?.throwIfAborted();
    const chunk = rows.slice(start, start + size);
    const lookups: Promise<void>[] = [];
    for (const row of chunk) {
      if (row.approvalId) {
        lookups.push(
          queryClient.query(approvalDecisionsQueryOptions(row)).then((d) => {
            approvers.set(row.id, summariseDecisions(d));
          }),
        );
      }
      if (elevates(row)) {
        lookups.push(
          queryClient.query(ownAuditQueryOptions(row.id)).then((entries: DirectoryAudit[]) => {
            actual.set(row.id, actualTimesOf(row, entries, endings, now));
          }),
        );
      }
    }
    await Promise.all(lookups);
    options.onProgress?.(Math.min(rows.length, start + size), rows.length);
    await yieldToMainThread();
  }
  return {
    approver: (row) => approvers.get(row.id),
    actual: (row) => actual.get(row.id),
  };
}
