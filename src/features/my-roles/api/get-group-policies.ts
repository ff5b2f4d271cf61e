import type { UnifiedRoleManagementPolicyAssignment } from '@microsoft/microsoft-graph-types';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import type { ActivationPolicy } from '../../../domain/policy.ts';
import { getCollectionsInBatch } from './collections-in-batch.ts';
import { groupPolicyKey, toPolicies } from './map-my-roles.ts';
import { odataQuery } from './my-roles-scopes.ts';

/**
 * Group policies can only be listed one group at a time (`scopeId eq '<groupId>'` is required,
 * policyroot-list-rolemanagementpolicyassignments), and the group ids come from the first screen:
 * so they follow it in their own `$batch` (20 groups a call), filling in the policy column.
 */
export async function getGroupPolicies(
  client: GraphClient,
  groupIds: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, ActivationPolicy>> {
  const urls: Record<string, string> = {};
  groupIds.forEach((groupId, index) => {
    urls[`g${String(index)}`] = `/policies/roleManagementPolicyAssignments${odataQuery({
      $filter: `scopeId eq '${groupId.replace(/'/g, "''")}' and scopeType eq 'Group'`,
      $expand: 'policy($expand=rules)',
    })}`;
  });
  const collections = await getCollectionsInBatch(client, urls, signal);
  const policies = new Map<string, ActivationPolicy>();
  groupIds.forEach((groupId, index) => {
    const assignments = (collections[`g${String(index)}`] ??
      []) as UnifiedRoleManagementPolicyAssignment[];
    // For groups, `roleDefinitionId` is the relationship: `member` or `owner`.
    for (const [accessId, policy] of toPolicies(assignments)) {
      policies.set(groupPolicyKey(groupId, accessId), policy);
    }
  });
  return policies;
}

export const groupPoliciesKey = pimKeys.groupPolicies;

export const groupPoliciesQueryOptions = (
  groupIds: readonly string[],
  client: GraphClient = graph,
) =>
  queryOptions({
    queryKey: groupPoliciesKey(groupIds),
    queryFn: ({ signal }) => getGroupPolicies(client, groupIds, signal),
    enabled: groupIds.length > 0,
    // Policies change rarely; an admin edit shows up within the hour or on reload.
    staleTime: 60 * 60_000,
  });

export function useGroupPolicies(groupIds: readonly string[]) {
  return useQuery(groupPoliciesQueryOptions(groupIds));
}
