import type { ApprovalStage } from '@microsoft/microsoft-graph-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import { getCollectionsInBatch } from '../api/collections-in-batch.ts';
import { MY_ROLES_SCOPES, odataQuery } from '../api/my-roles-scopes.ts';
import {
  toMyRequests,
  type GroupRequestDto,
  type MyRequest,
  type RoleRequestDto,
} from './my-request.ts';

/** How far back My history looks. */
export const HISTORY_DAYS = 30;

const MINE = "filterByCurrentUser(on='principal')";

/** Both planes' requests in one `$batch` (unifiedroleassignmentschedulerequest-filterbycurrentuser). */
export function myHistoryItems(now: Date): { roleRequests: string; groupRequests: string } {
  const since = new Date(now.getTime() - HISTORY_DAYS * 24 * 60 * 60_000).toISOString();
  const $filter = `createdDateTime ge ${since}`;
  return {
    roleRequests: `/roleManagement/directory/roleAssignmentScheduleRequests/${MINE}${odataQuery({
      $filter,
      $expand: 'roleDefinition,directoryScope',
    })}`,
    groupRequests: `/identityGovernance/privilegedAccess/group/assignmentScheduleRequests/${MINE}${odataQuery(
      { $filter, $expand: 'group' },
    )}`,
  };
}

export async function getMyHistory(
  client: GraphClient,
  now: Date,
  signal?: AbortSignal,
): Promise<MyRequest[]> {
  const wire = await getCollectionsInBatch(client, myHistoryItems(now), signal);
  return toMyRequests(
    wire.roleRequests as RoleRequestDto[],
    wire.groupRequests as GroupRequestDto[],
  );
}

export const myHistoryQueryOptions = (client: GraphClient = graph) =>
  queryOptions({
    queryKey: pimKeys.myHistory(),
    queryFn: ({ signal }) => getMyHistory(client, new Date(), signal),
    staleTime: 60_000,
  });

/** Fetched only while My history is open: it is not on the first screen's critical path. */
export function useMyHistory(enabled: boolean) {
  return useQuery({
    ...myHistoryQueryOptions(),
    enabled,
    // A request being provisioned settles within seconds: follow it while the section is open.
    refetchInterval: (query) =>
      query.state.data?.some((r) => r.outcome === 'in progress') ? 5000 : false,
  });
}

/** Who decided an approval, as far as the user may read it. */
export interface ApproverDecision {
  reviewer: string;
  result: string;
}

function decisionsOf(body: unknown): ApproverDecision[] {
  const record = (body ?? {}) as { value?: ApprovalStage[]; stages?: ApprovalStage[] };
  return (record.value ?? record.stages ?? []).flatMap((stage) => {
    const reviewer = stage.reviewedBy?.displayName ?? stage.reviewedBy?.id;
    const result = stage.reviewResult ?? '';
    return reviewer && result && result.toLowerCase() !== 'notreviewed'
      ? [{ reviewer, result }]
      : [];
  });
}

const approvalUrl = (request: MyRequest): string => {
  const id = encodeURIComponent(request.approvalId ?? '');
  return request.plane === 'role'
    ? `/roleManagement/directory/roleAssignmentApprovals/${id}/steps`
    : `/identityGovernance/privilegedAccess/group/assignmentApprovals/${id}`;
};

/**
 * The approvers of decided requests: role approvals are beta only (approval-list-steps), group
 * approvals v1.0 (approval-get), so one `$batch` per version. An approval the user may not read
 * (403) or that PIM no longer keeps (404) leaves the approver unknown, not an error.
 */
export async function getApprovers(
  client: GraphClient,
  requests: readonly MyRequest[],
  signal?: AbortSignal,
): Promise<Record<string, ApproverDecision[]>> {
  const byRequest: Record<string, ApproverDecision[]> = {};
  await Promise.all(
    (['beta', 'v1.0'] as const).map(async (version) => {
      const chosen = requests.filter((r) => (r.plane === 'role') === (version === 'beta'));
      if (chosen.length === 0) return;
      const results = await client.batch(
        chosen.map((r, index) => ({
          id: String(index + 1),
          method: 'GET' as const,
          url: approvalUrl(r),
        })),
        { scopes: MY_ROLES_SCOPES, version, signal },
      );
      results.forEach((result, index) => {
        const request = chosen[index];
        if (!request) return;
        if (result.ok) byRequest[request.id] = decisionsOf(result.body);
        else if (result.status !== 403 && result.status !== 404) throw result.error;
      });
    }),
  );
  return byRequest;
}

/** Requests that went to approvers and left approval; pending ones have no decision yet. */
export const withDecision = (requests: readonly MyRequest[]): MyRequest[] =>
  requests.filter((r) => r.approvalId !== undefined && r.outcome !== 'pending');

export function useApprovers(requests: readonly MyRequest[], enabled: boolean) {
  const decided = withDecision(requests);
  return useQuery({
    queryKey: pimKeys.myApprovers(decided.map((r) => r.id)),
    queryFn: ({ signal }) => getApprovers(graph, decided, signal),
    enabled: enabled && decided.length > 0,
    // A decision never changes.
    staleTime: Infinity,
  });
}
