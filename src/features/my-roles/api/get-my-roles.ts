import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import type { MyRole } from '../../../domain/my-role.ts';
import { getCollectionsInBatch } from './collections-in-batch.ts';
import { groupPoliciesQueryOptions } from './get-group-policies.ts';
import { groupIdsOf, toMyRoles, type MyRolesWire } from './map-my-roles.ts';
import { odataQuery } from './my-roles-scopes.ts';

const RD = '/roleManagement/directory';
const PG = '/identityGovernance/privilegedAccess/group';
const MINE = "filterByCurrentUser(on='principal')";
/** Requests still on their way: awaiting approval, scheduled, or being provisioned. */
const OPEN_REQUESTS =
  "status eq 'PendingApproval' or status eq 'Granted' or status eq 'PendingProvisioning'";

/** One `$batch` item per wire collection of the first screen. */
export const MY_ROLES_ITEMS: Readonly<Record<keyof MyRolesWire, string>> = {
  roleEligibilities: `${RD}/roleEligibilityScheduleInstances/${MINE}${odataQuery({ $expand: 'roleDefinition,directoryScope' })}`,
  roleAssignments: `${RD}/roleAssignmentScheduleInstances/${MINE}${odataQuery({ $expand: 'roleDefinition,directoryScope' })}`,
  groupEligibilities: `${PG}/eligibilityScheduleInstances/${MINE}${odataQuery({ $expand: 'group' })}`,
  groupAssignments: `${PG}/assignmentScheduleInstances/${MINE}${odataQuery({ $expand: 'group' })}`,
  roleRequests: `${RD}/roleAssignmentScheduleRequests/${MINE}${odataQuery({ $filter: OPEN_REQUESTS })}`,
  groupRequests: `${PG}/assignmentScheduleRequests/${MINE}${odataQuery({ $filter: OPEN_REQUESTS })}`,
  rolePolicies: `/policies/roleManagementPolicyAssignments${odataQuery({
    $filter: "scopeId eq '/' and scopeType eq 'DirectoryRole'",
    $expand: 'policy($expand=rules)',
  })}`,
};

/**
 * Everything on the first screen of My roles, in one Graph round trip after the token (plus the
 * pages of a collection that pages). `onGroupIds` hears the PIM groups of the user as soon as
 * that round trip answers, when the group collections are complete.
 */
export async function getMyRoles(
  client: GraphClient,
  signal?: AbortSignal,
  onGroupIds?: (groupIds: string[]) => void,
): Promise<MyRole[]> {
  const wire = await getCollectionsInBatch(client, MY_ROLES_ITEMS, signal, (first) => {
    const { groupEligibilities, groupAssignments } = first;
    if (!onGroupIds || !groupEligibilities.complete || !groupAssignments.complete) return;
    onGroupIds(
      groupIdsOf([
        ...(groupEligibilities.items as MyRolesWire['groupEligibilities']),
        ...(groupAssignments.items as MyRolesWire['groupAssignments']),
      ]),
    );
  });
  return toMyRoles(wire as unknown as MyRolesWire);
}

export const myRolesQueryOptions = (client: GraphClient = graph) =>
  queryOptions({
    queryKey: pimKeys.myRoles(),
    // Group policies can only be asked for by group id (get-group-policies.ts): their request
    // leaves the moment the ids arrive, alongside any paging here and before the list renders.
    queryFn: ({ signal, client: queryClient }) =>
      getMyRoles(client, signal, (groupIds) => {
        if (groupIds.length === 0) return;
        const { queryKey, queryFn, staleTime } = groupPoliciesQueryOptions(groupIds, client);
        // A failure is kept in the cache, where `useGroupPolicies` shows (and retries) it.
        queryClient.query({ queryKey, queryFn, staleTime }).catch(() => undefined);
      }),
    staleTime: 30_000,
  });

/**
 * `pollEvery` says how often to poll while something is on its way (an activation, an approval); React
 * Query pauses it while the tab is hidden, and refetches when the tab comes back.
 */
export function useMyRoles(
  pollEvery: (roles: MyRole[] | undefined) => number | false = () => false,
) {
  return useQuery({
    ...myRolesQueryOptions(),
    refetchInterval: (query) => pollEvery(query.state.data),
    // `pollEvery` backs off while the tab is hidden rather than stopping, so decisions arrive.
    refetchIntervalInBackground: true,
  });
}
