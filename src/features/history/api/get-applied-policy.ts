import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UnifiedRoleManagementPolicyAssignment } from '@microsoft/microsoft-graph-types';
import {
  summarisePolicy,
  type ActivationPolicy,
  type PolicyRuleInput,
} from '../../../domain/policy.ts';
import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import type { HistoryRequest } from '../model/history-request.ts';
import { odataQuery, odataString } from './history-scopes.ts';

/**
 * Policies are read with their own least-privileged permission (policyroot-list-
 * rolemanagementpolicyassignments), asked for only when an admin opens a request's details.
 */
export const ROLE_POLICY_SCOPES: readonly string[] = ['RoleManagementPolicy.Read.Directory'];
export const GROUP_POLICY_SCOPES: readonly string[] = ['RoleManagementPolicy.Read.AzureADGroup'];

export interface AppliedPolicy {
  rules: ActivationPolicy;
  /** Who may approve: each approver's description, or its id when it has none. */
  approvers: string[];
  approverJustificationRequired: boolean;
  /** When the policy last changed: a change after the request means it may have differed. */
  lastModified: string | null;
}

/** The documented filter: scope and scope type, narrowed to the role (or member/owner). */
export function appliedPolicyUrl(request: Pick<HistoryRequest, 'plane' | 'targetId' | 'scope'>) {
  const filter =
    request.plane === 'role'
      ? `scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq ${odataString(request.targetId)}`
      : `scopeId eq ${odataString(request.targetId)} and scopeType eq 'Group' and roleDefinitionId eq ${odataString(request.scope.toLowerCase())}`;
  return `/policies/roleManagementPolicyAssignments${odataQuery({
    $filter: filter,
    $expand: 'policy($expand=rules)',
  })}`;
}

interface ApprovalSetting {
  approvalStages?: {
    isApproverJustificationRequired?: boolean;
    primaryApprovers?: { description?: string | null; userId?: string; groupId?: string }[];
  }[];
}

export function toAppliedPolicy(
  assignment: UnifiedRoleManagementPolicyAssignment | undefined,
): AppliedPolicy | undefined {
  const rules = (assignment?.policy?.rules ?? []) as PolicyRuleInput[];
  if (!assignment || rules.length === 0) return undefined;
  const approval = rules.find((r) => r.id === 'Approval_EndUser_Assignment');
  const setting = (approval?.setting ?? {}) as ApprovalSetting;
  const stages = setting.approvalStages ?? [];
  return {
    rules: summarisePolicy(rules),
    approvers: stages.flatMap((s) =>
      (s.primaryApprovers ?? []).map((a) => a.description ?? a.userId ?? a.groupId ?? 'Unknown'),
    ),
    approverJustificationRequired: stages.some((s) => s.isApproverJustificationRequired === true),
    lastModified: assignment.policy?.lastModifiedDateTime ?? null,
  };
}

export async function getAppliedPolicy(
  request: HistoryRequest,
  client: GraphClient = graph,
  signal?: AbortSignal,
): Promise<AppliedPolicy | undefined> {
  const page = await client.get<{ value?: UnifiedRoleManagementPolicyAssignment[] }>(
    appliedPolicyUrl(request),
    { scopes: request.plane === 'role' ? ROLE_POLICY_SCOPES : GROUP_POLICY_SCOPES, signal },
  );
  return toAppliedPolicy(page.value?.[0]);
}

export function appliedPolicyQueryOptions(request: HistoryRequest, client: GraphClient = graph) {
  return queryOptions({
    queryKey: pimKeys.appliedPolicy(
      request.plane === 'role' ? 'DirectoryRole' : 'Group',
      request.plane === 'role' ? '/' : request.targetId,
      request.plane === 'role' ? request.targetId : request.scope.toLowerCase(),
    ),
    queryFn: ({ signal }) => getAppliedPolicy(request, client, signal),
    staleTime: 10 * 60_000,
  });
}

export function useAppliedPolicy(request: HistoryRequest) {
  return useQuery(appliedPolicyQueryOptions(request));
}
