import type { UnifiedRoleManagementPolicyAssignment } from '@microsoft/microsoft-graph-types';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import { isRecord } from '../../../graph/graph-error.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import type { StageRules } from '../domain/queue.ts';
import { APPROVALS_SCOPES, odataQuery } from './approvals-scopes.ts';

/** `role:<roleDefinitionId>` or `group:<groupId>:<member|owner>` → its policy assignment list URL. */
export function policyUrl(policyKey: string): string | undefined {
  const [plane, id, accessId] = policyKey.split(':');
  if (!id) return undefined;
  const filter =
    plane === 'role'
      ? `scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq '${id}'`
      : plane === 'group' && accessId
        ? `scopeId eq '${id}' and scopeType eq 'Group' and roleDefinitionId eq '${accessId}'`
        : undefined;
  if (!filter) return undefined;
  return `/policies/roleManagementPolicyAssignments${odataQuery({
    $filter: filter,
    $expand: 'policy($expand=rules)',
  })}`;
}

/**
 * The first approval stage of the end-user assignment approval rule: how many days it stays open
 * and whether the approver must give a reason (GRAPH-PIM.md §5).
 */
export function stageRulesOf(
  assignments: readonly UnifiedRoleManagementPolicyAssignment[],
): StageRules | undefined {
  for (const assignment of assignments) {
    for (const rule of assignment.policy?.rules ?? []) {
      if (rule.id !== 'Approval_EndUser_Assignment' || !isRecord(rule)) continue;
      const setting = isRecord(rule.setting) ? rule.setting : {};
      const stages = Array.isArray(setting.approvalStages) ? setting.approvalStages : [];
      const first: unknown = stages[0];
      if (!isRecord(first)) continue;
      const days = first.approvalStageTimeOutInDays;
      return {
        timeoutDays: typeof days === 'number' && days > 0 ? days : 1,
        approverJustificationRequired: first.isApproverJustificationRequired !== false,
      };
    }
  }
  return undefined;
}

/**
 * Stage rules for each policy the queue touches, in one `$batch` (a few distinct policies even
 * for thousands of requests). A policy that cannot be read is left out: the caller falls back
 * to Entra's defaults rather than hiding the queue.
 */
export async function getStageRules(
  client: GraphClient,
  policyKeys: readonly string[],
  signal?: AbortSignal,
): Promise<Record<string, StageRules>> {
  const items = policyKeys.flatMap((key, index) => {
    const url = policyUrl(key);
    return url ? [{ id: String(index), method: 'GET' as const, url, key }] : [];
  });
  if (items.length === 0) return {};
  const results = await client.batch<{ value?: UnifiedRoleManagementPolicyAssignment[] }>(
    items.map(({ key: _key, ...item }) => item),
    { scopes: APPROVALS_SCOPES, signal },
  );
  const rules: Record<string, StageRules> = {};
  results.forEach((result, index) => {
    const key = items[index]?.key;
    if (!key || !result.ok) return;
    const found = stageRulesOf(result.body.value ?? []);
    if (found) rules[key] = found;
  });
  return rules;
}

export const stageRulesQueryOptions = (
  policyKeys: readonly string[],
  client: GraphClient = graph,
) =>
  queryOptions({
    // Policies change rarely: one read per set of policies the queue shows.
    queryKey: pimKeys.approvalStages(policyKeys),
    queryFn: ({ signal }) => getStageRules(client, policyKeys, signal),
    staleTime: 10 * 60_000,
    enabled: policyKeys.length > 0,
  });

export function useStageRules(policyKeys: readonly string[]) {
  return useQuery({ ...stageRulesQueryOptions(policyKeys), placeholderData: keepPreviousData });
}
