import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { graph } from '../../../graph/default-client.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import type { HistoryRequest } from '../model/history-request.ts';
import type { ApprovalDecision } from '../model/timeline.ts';
import { createApprovalLoader, type ApprovalLoader } from './approval-loader.ts';

const defaultLoader = createApprovalLoader(graph);

/** Who decided, when and why (see `createApprovalLoader` for how it is fetched). */
export function approvalDecisionsQueryOptions(
  request: HistoryRequest,
  loader: ApprovalLoader = defaultLoader,
) {
  return queryOptions({
    queryKey: pimKeys.approvalDecisions(request.approvalId ?? request.id),
    queryFn: () => loader.load(request),
    // A decided approval never changes.
    staleTime: Infinity,
  });
}

export function useApprovalDecisions(request: HistoryRequest) {
  return useQuery(approvalDecisionsQueryOptions(request));
}

/** Who decided a request, what, and why, in a line each (for the grid and the CSV). */
export interface ApproverSummary {
  /** `Megan Bowen (Approved)`, several joined by commas; empty when nobody decided. */
  decision: string;
  /** The approvers' justifications, `“…”` each, joined by semicolons. */
  comment: string;
}

export function summariseDecisions(decisions: readonly ApprovalDecision[]): ApproverSummary {
  const decided = decisions.filter((d) => d.reviewedAt);
  return {
    decision: decided.map((d) => `${d.reviewerName || 'Unknown'} (${d.reviewResult})`).join(', '),
    comment: decided
      .filter((d) => d.justification)
      .map((d) => (decided.length > 1 ? `${d.reviewerName}: ${d.justification}` : d.justification))
      .join('; '),
  };
}

/** The approvers of the rows in view, each cached on its own, fetched together. */
export function useRowApprovers(rows: readonly HistoryRequest[]) {
  return useQueries({
    queries: rows
      .filter((r) => r.approvalId)
      .map((r) => ({ ...approvalDecisionsQueryOptions(r), enabled: true })),
    // A plain object (not a Map), so React Query's structural sharing keeps it the same object
    // until an approver actually arrives, and the grid's columns are not rebuilt on every render.
    combine: (results) => {
      const byId: Record<string, ApproverSummary> = {};
      const withApproval = rows.filter((r) => r.approvalId);
      results.forEach((result, i) => {
        const row = withApproval[i];
        if (!row || !result.data) return;
        byId[row.id] = summariseDecisions(result.data);
      });
      return byId;
    },
  });
}
