import type { AccountInfo } from '@azure/msal-browser';
import type { UnifiedRoleManagementPolicyAssignment } from '@microsoft/microsoft-graph-types';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import type { MyRole } from '../../../domain/my-role.ts';
import { getCollectionsInBatch } from './collections-in-batch.ts';
import {
  getGroupPolicies,
  groupPoliciesKey,
  groupPoliciesQueryOptions,
  groupPolicyUrl,
} from './get-group-policies.ts';
import { accountKnownGroupsKey, localGroupMemory, type GroupMemory } from './known-groups.ts';
import { groupIdsOf, groupIdsOfRoles, toMyRoles, type MyRolesWire } from './map-my-roles.ts';
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

const WIRE_KEYS = Object.keys(MY_ROLES_ITEMS) as (keyof MyRolesWire)[];
const guessKey = (index: number): string => `guess${String(index)}`;

/** What the first batch told, before any further page. */
export interface FirstPages {
  /** The rows so far, when more pages follow (else undefined: the full list is moments away). */
  roles: MyRole[] | undefined;
  /** The user's PIM groups, when their collections fit in the first pages. */
  groupIds: string[] | undefined;
  /** Policy assignments of guessed groups that came back whole, by group id. */
  guessed: Map<string, UnifiedRoleManagementPolicyAssignment[]>;
}

export interface GetMyRolesOptions {
  signal?: AbortSignal;
  /** Groups whose policies to ask for in the same batch, before their ids are confirmed. */
  guessGroupIds?: readonly string[];
  onFirstPages?: (first: FirstPages) => void;
}

/**
 * Everything on the first screen of My roles, in one Graph round trip after the token (plus the
 * pages of a collection that pages). Policies of groups can only be asked for by group id
 * (get-group-policies.ts); `guessGroupIds` puts those of the last visit's groups in the same
 * batch, and `onFirstPages` hears what the batch told as soon as it answers.
 */
export async function getMyRoles(
  client: GraphClient,
  { signal, guessGroupIds = [], onFirstPages }: GetMyRolesOptions = {},
): Promise<MyRole[]> {
  const urls: Record<string, string> = { ...MY_ROLES_ITEMS };
  guessGroupIds.forEach((groupId, index) => {
    urls[guessKey(index)] = groupPolicyUrl(groupId);
  });
  const optional = new Set(guessGroupIds.map((_, index) => guessKey(index)));
  const wire = await getCollectionsInBatch(
    client,
    urls,
    signal,
    (first) => {
      if (!onFirstPages) return;
      const complete = WIRE_KEYS.every((key) => first[key]?.complete === true);
      const { groupEligibilities, groupAssignments } = first;
      const groupsComplete = groupEligibilities?.complete === true && groupAssignments?.complete;
      const guessed = new Map<string, UnifiedRoleManagementPolicyAssignment[]>();
      guessGroupIds.forEach((groupId, index) => {
        const page = first[guessKey(index)];
        if (page?.complete)
          guessed.set(groupId, page.items as UnifiedRoleManagementPolicyAssignment[]);
      });
      onFirstPages({
        roles: complete ? undefined : toMyRoles(firstWire(first)),
        groupIds: groupsComplete
          ? groupIdsOf([
              ...(groupEligibilities.items as MyRolesWire['groupEligibilities']),
              ...(groupAssignments.items as MyRolesWire['groupAssignments']),
            ])
          : undefined,
        guessed,
      });
    },
    optional,
  );
  return toMyRoles(wire as unknown as MyRolesWire);
}

function firstWire(first: Record<string, { items: unknown[] } | undefined>): MyRolesWire {
  return Object.fromEntries(
    WIRE_KEYS.map((key) => [key, first[key]?.items ?? []]),
  ) as unknown as MyRolesWire;
}

/** The list, and whether it is whole (false while the first page shows and more follow). */
export interface MyRolesData {
  roles: MyRole[];
  complete: boolean;
}

/** Group policies leave the moment the group ids are known, alongside any paging. */
function startGroupPolicies(
  queryClient: QueryClient,
  client: GraphClient,
  groupIds: string[],
  guessed: ReadonlyMap<string, UnifiedRoleManagementPolicyAssignment[]>,
): void {
  if (groupIds.length === 0) return;
  const { queryKey, staleTime } = groupPoliciesQueryOptions(groupIds, client);
  queryClient
    .query({
      queryKey,
      queryFn: ({ signal }) => getGroupPolicies(client, groupIds, signal, guessed),
      // What the guess brought is newer than any cached copy: take it.
      staleTime: guessed.size > 0 ? 0 : staleTime,
    })
    // A failure is kept in the cache, where `useGroupPolicies` shows (and retries) it.
    .catch(() => undefined);
}

export const myRolesQueryOptions = (client: GraphClient = graph, memory?: GroupMemory) =>
  queryOptions({
    queryKey: pimKeys.myRoles(),
    queryFn: async ({ signal, client: queryClient, queryKey }): Promise<MyRolesData> => {
      const remembered = memory?.read() ?? [];
      // Guess on a visit's first load; while this page holds those policies, a poll re-asks none.
      const guessGroupIds =
        queryClient.getQueryData(groupPoliciesKey(remembered)) === undefined ? remembered : [];
      const roles = await getMyRoles(client, {
        signal,
        guessGroupIds,
        onFirstPages: (first) => {
          startGroupPolicies(queryClient, client, first.groupIds ?? [], first.guessed);
          // The first page shows at once on a first load; a refresh keeps the whole old list.
          if (first.roles && queryClient.getQueryData(queryKey) === undefined) {
            queryClient.setQueryData<MyRolesData>(queryKey, {
              roles: first.roles,
              complete: false,
            });
          }
        },
      });
      memory?.write(groupIdsOfRoles(roles));
      return { roles, complete: true };
    },
    staleTime: 30_000,
  });

/**
 * Starts the first load as the app starts, before React renders the page: Graph's latency then
 * overlaps the page's first render, and `useMyRoles` takes over the same query (same key, same
 * group memory as `useRoleList` derives from the active account).
 */
export function prefetchMyRoles(queryClient: QueryClient, account: AccountInfo): Promise<void> {
  const memory = localGroupMemory(accountKnownGroupsKey(account));
  return (
    queryClient
      .query(myRolesQueryOptions(graph, memory))
      // A failure is kept in the cache, where the page shows (and retries) it.
      .then(
        () => undefined,
        () => undefined,
      )
  );
}

/**
 * `pollEvery` says how often to poll while something is on its way (an activation, an approval); React
 * Query pauses it while the tab is hidden, and refetches when the tab comes back.
 */
export function useMyRoles(
  pollEvery: (roles: MyRole[] | undefined) => number | false = () => false,
  memory?: GroupMemory,
) {
  return useQuery({
    ...myRolesQueryOptions(graph, memory),
    refetchInterval: (query) => pollEvery(query.state.data?.roles),
    // `pollEvery` backs off while the tab is hidden rather than stopping, so decisions arrive.
    refetchIntervalInBackground: true,
  });
}
