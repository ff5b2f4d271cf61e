import type { ApprovalStage } from '@microsoft/microsoft-graph-types';
import type { GraphClient } from '../../../graph/client.ts';
import type { HistoryRequest } from '../model/history-request.ts';
import type { ApprovalDecision } from '../model/timeline.ts';
import { HISTORY_SCOPES } from './history-scopes.ts';

export function toDecision(stage: ApprovalStage): ApprovalDecision {
  return {
    reviewResult: stage.reviewResult ?? 'NotReviewed',
    status: stage.status ?? '',
    reviewerName: stage.reviewedBy?.displayName ?? stage.reviewedBy?.id ?? '',
    reviewedAt: stage.reviewedDateTime ?? null,
    justification: stage.justification ?? '',
  };
}

/** Where a request's approval lives: role approvals are beta only, group approvals v1.0. */
export function approvalUrl(request: Pick<HistoryRequest, 'plane' | 'approvalId'>): string {
  const id = encodeURIComponent(request.approvalId ?? '');
  return request.plane === 'role'
    ? `/roleManagement/directory/roleAssignmentApprovals/${id}/steps`
    : `/identityGovernance/privilegedAccess/group/assignmentApprovals/${id}`;
}

function decisionsOf(body: unknown): ApprovalDecision[] {
  const record = (body ?? {}) as { value?: ApprovalStage[]; stages?: ApprovalStage[] };
  return (record.value ?? record.stages ?? []).map(toDecision);
}

interface Pending {
  request: HistoryRequest;
  resolve: (decisions: ApprovalDecision[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Collects the approvals the grid asks for in one tick and fetches them in `$batch` calls (one
 * per Graph version, 20 items each), so scrolling past 30 approved rows costs two round trips,
 * not 30. A 404 means PIM no longer keeps the approval: no decision known, not a failure.
 */
export function createApprovalLoader(client: GraphClient) {
  let queue: Pending[] = [];
  const flush = async (batch: Pending[]) => {
    for (const version of ['beta', 'v1.0'] as const) {
      const items = batch.filter((p) => (p.request.plane === 'role') === (version === 'beta'));
      if (items.length === 0) continue;
      try {
        const results = await client.batch(
          items.map((p, i) => ({
            id: String(i),
            method: 'GET' as const,
            url: approvalUrl(p.request),
          })),
          { scopes: HISTORY_SCOPES, version },
        );
        results.forEach((result, i) => {
          const pending = items[i];
          if (!pending) return;
          if (result.ok) pending.resolve(decisionsOf(result.body));
          else if (result.status === 404) pending.resolve([]);
          else pending.reject(result.error);
        });
      } catch (error) {
        for (const p of items) p.reject(error);
      }
    }
  };
  return {
    load(request: HistoryRequest): Promise<ApprovalDecision[]> {
      if (!request.approvalId) return Promise.resolve([]);
      return new Promise((resolve, reject) => {
        queue.push({ request, resolve, reject });
        if (queue.length === 1) {
          setTimeout(() => {
            const batch = queue;
            queue = [];
            void flush(batch);
          }, 0);
        }
      });
    },
  };
}

export type ApprovalLoader = ReturnType<typeof createApprovalLoader>;
