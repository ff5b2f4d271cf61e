import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BatchRequestItem } from '../../../graph/batch-chunks.ts';
import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import type { MyRole } from '../../../domain/my-role.ts';
import { toMyRoles, type MyRolesWire } from './map-my-roles.ts';
import { MY_ROLES_SCOPES, odataQuery } from './my-roles-scopes.ts';

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

interface Page<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

/**
 * Runs GET items in `$batch` calls (20 each) and returns every item's full collection, following
 * `@odata.nextLink` for the rare item that pages. A failed item rejects with its `GraphError`.
 */
export async function getCollectionsInBatch<K extends string>(
  client: GraphClient,
  urls: Readonly<Record<K, string>>,
  signal?: AbortSignal,
): Promise<Record<K, unknown[]>> {
  const keys = Object.keys(urls) as K[];
  const items: BatchRequestItem[] = keys.map((key) => ({ id: key, method: 'GET', url: urls[key] }));
  const results = await client.batch<Page<unknown>>(items, { scopes: MY_ROLES_SCOPES, signal });
  const collections = await Promise.all(
    results.map(async (result) => {
      if (!result.ok) throw result.error;
      const first = result.body.value ?? [];
      const next = result.body['@odata.nextLink'];
      if (!next) return first;
      return [
        ...first,
        ...(await client.getAll<unknown>(next, { scopes: MY_ROLES_SCOPES, signal })),
      ];
    }),
  );
  return Object.fromEntries(keys.map((key, index) => [key, collections[index] ?? []])) as Record<
    K,
    unknown[]
  >;
}

/** Everything on the first screen of My roles, in one Graph round trip after the token. */
export async function getMyRoles(client: GraphClient, signal?: AbortSignal): Promise<MyRole[]> {
  const wire = await getCollectionsInBatch(client, MY_ROLES_ITEMS, signal);
  return toMyRoles(wire as unknown as MyRolesWire);
}

export const myRolesQueryOptions = (client: GraphClient = graph) =>
  queryOptions({
    queryKey: pimKeys.myRoles(),
    queryFn: ({ signal }) => getMyRoles(client, signal),
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
