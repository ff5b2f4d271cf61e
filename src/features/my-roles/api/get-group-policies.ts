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
 * One group's policy assignments. Group policies can only be listed one group at a time
 * (`scopeId eq '<groupId>'` is required, policyroot-list-rolemanagementpolicyassignments).
 */
export const groupPolicyUrl = (groupId: string): string =>
  `/policies/roleManagementPolicyAssignments${odataQuery({
    $filter: `scopeId eq '${groupId.replace(/'/g, "''")}' and scopeType eq 'Group'`,
    $expand: 'policy($expand=rules)',
  })}`;

/** Assignments already in hand, by group id (the first screen's batch may carry some). */
export type GroupAssignments = ReadonlyMap<
  string,
  readonly UnifiedRoleManagementPolicyAssignment[]
>;

/**
 * The policies of the given groups, keyed by `groupPolicyKey`. Groups whose assignments are
 * already `known` cost nothing; the others go in their own `$batch` (20 groups a call).
 */
export async function getGroupPolicies(
  client: GraphClient,
  groupIds: readonly string[],
  signal?: AbortSignal,
  known: GroupAssignments = new Map(),
): Promise<Map<string, ActivationPolicy>> {
  const missing = groupIds.filter((groupId) => !known.has(groupId));
  const urls: Record<string, string> = {};
  missing.forEach((groupId, index) => {
    urls[`g${String(index)}`] = groupPolicyUrl(groupId);
  });
  const collections = missing.length > 0 ? await getCollectionsInBatch(client, urls, signal) : {};
  const fetched = new Map(
    missing.map((groupId, index) => [
      groupId,
      (collections[`g${String(index)}`] ?? []) as UnifiedRoleManagementPolicyAssignment[],
    ]),
  );
  const policies = new Map<string, ActivationPolicy>();
  for (const groupId of groupIds) {
    const assignments = known.get(groupId) ?? fetched.get(groupId) ?? [];
    // For groups, `roleDefinitionId` is the relationship: `member` or `owner`.
    for (const [accessId, policy] of toPolicies(assignments)) {
      policies.set(groupPolicyKey(groupId, accessId), policy);
    }
  }
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

export function useGroupPolicies(groupIds: readonly string[], enabled = true) {
  return useQuery({
    ...groupPoliciesQueryOptions(groupIds),
    enabled: enabled && groupIds.length > 0,
  });
}
