import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import { isGraphError } from '../../../graph/graph-error.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import {
  byCreatedDesc,
  toGroupHistoryRequest,
  toRoleHistoryRequest,
  type GroupRequestDto,
  type HistoryRequest,
  type RoleRequestDto,
} from '../model/history-request.ts';
import { HISTORY_SCOPES, odataQuery, odataString } from './history-scopes.ts';

/** Filters Graph applies for us (the list docs allow `$filter` on these properties). */
export interface HistoryFilters {
  /** A user principal name or object id. */
  requester?: string;
  roleDefinitionId?: string;
  status?: string;
}

/** Where each plane's list goes on: its `@odata.nextLink`, used unchanged. */
export interface HistoryCursor {
  role?: string;
  group?: string;
}

export interface HistoryPage {
  items: HistoryRequest[];
  next: HistoryCursor | undefined;
  /** PIM for Groups requests can only be listed per person or group (see `groupRequestsUrl`). */
  groupsIncluded: boolean;
  /** The requester filter named nobody in the directory. */
  requesterNotFound?: boolean;
  /**
   * Graph refused the group plane (403): reading someone else's PIM for Groups requests needs
   * Global Reader or Privileged Role Administrator (role-assignable groups) or a groups role —
   * not the Security Reader that suffices for directory roles. The role plane is still shown.
   */
  groupsDenied?: boolean;
}

const ROLE_REQUESTS = '/roleManagement/directory/roleAssignmentScheduleRequests';
const GROUP_REQUESTS = '/identityGovernance/privilegedAccess/group/assignmentScheduleRequests';
/**
 * Only the names we show: an expanded role definition otherwise carries all its permissions,
 * which made each page of 50 requests several hundred kilobytes.
 */
const PRINCIPAL = 'principal($select=id,displayName,userPrincipalName)';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Page<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

function filterOf(clauses: (string | undefined)[]): string | undefined {
  const present = clauses.filter((c): c is string => Boolean(c));
  return present.length > 0 ? present.join(' and ') : undefined;
}

export function roleRequestsUrl(filters: HistoryFilters, principalId: string | undefined): string {
  return `${ROLE_REQUESTS}${odataQuery({
    $filter: filterOf([
      principalId && `principalId eq ${odataString(principalId)}`,
      filters.roleDefinitionId && `roleDefinitionId eq ${odataString(filters.roleDefinitionId)}`,
      filters.status && `status eq ${odataString(filters.status)}`,
    ]),
    $expand: `${PRINCIPAL},roleDefinition($select=id,displayName)`,
  })}`;
}

/**
 * The group list requires a `groupId` or `principalId` filter (privilegedaccessgroup-list-
 * assignmentschedulerequests), so the tenant-wide view lists role requests only and group
 * requests join once a requester is chosen. A role filter excludes groups by definition.
 */
export function groupRequestsUrl(
  filters: HistoryFilters,
  principalId: string | undefined,
): string | undefined {
  if (!principalId || filters.roleDefinitionId) return undefined;
  return `${GROUP_REQUESTS}${odataQuery({
    $filter: filterOf([
      `principalId eq ${odataString(principalId)}`,
      filters.status && `status eq ${odataString(filters.status)}`,
    ]),
    $expand: `${PRINCIPAL},group($select=id,displayName)`,
  })}`;
}

async function resolveRequester(
  client: GraphClient,
  requester: string | undefined,
  signal: AbortSignal | undefined,
): Promise<string | null | undefined> {
  const key = requester?.trim();
  if (!key) return undefined;
  if (GUID.test(key)) return key;
  try {
    const user = await client.get<{ id?: string }>(`/users/${encodeURIComponent(key)}?$select=id`, {
      scopes: HISTORY_SCOPES,
      signal,
    });
    return user.id ?? null;
  } catch (error) {
    if (isGraphError(error) && error.status === 404) return null;
    throw error;
  }
}

/** The first page of both planes in ONE `$batch` round trip. */
export async function getHistoryFirstPage(
  filters: HistoryFilters,
  client: GraphClient = graph,
  signal?: AbortSignal,
): Promise<HistoryPage> {
  const principalId = await resolveRequester(client, filters.requester, signal);
  if (principalId === null) {
    return { items: [], next: undefined, groupsIncluded: false, requesterNotFound: true };
  }
  const groupUrl = groupRequestsUrl(filters, principalId);
  const results = await client.batch(
    [
      { id: 'role', method: 'GET', url: roleRequestsUrl(filters, principalId) },
      ...(groupUrl ? [{ id: 'group', method: 'GET' as const, url: groupUrl }] : []),
    ],
    { scopes: HISTORY_SCOPES, signal },
  );
  const pages: { role?: Page<RoleRequestDto>; group?: Page<GroupRequestDto> } = {};
  let groupsDenied = false;
  for (const result of results) {
    if (!result.ok) {
      if (result.id === 'group' && result.error.status === 403) {
        groupsDenied = true;
        continue;
      }
      throw result.error;
    }
    if (result.id === 'role') pages.role = result.body as Page<RoleRequestDto>;
    else pages.group = result.body as Page<GroupRequestDto>;
  }
  const page = toPage(pages, groupUrl !== undefined && !groupsDenied);
  return groupsDenied ? { ...page, groupsDenied } : page;
}

export async function getHistoryNextPage(
  cursor: HistoryCursor,
  groupsIncluded: boolean,
  client: GraphClient = graph,
  signal?: AbortSignal,
): Promise<HistoryPage> {
  const [role, group] = await Promise.all([
    cursor.role
      ? client.get<Page<RoleRequestDto>>(cursor.role, { scopes: HISTORY_SCOPES, signal })
      : undefined,
    cursor.group
      ? client.get<Page<GroupRequestDto>>(cursor.group, { scopes: HISTORY_SCOPES, signal })
      : undefined,
  ]);
  return toPage({ role, group }, groupsIncluded);
}

function toPage(
  pages: { role?: Page<RoleRequestDto>; group?: Page<GroupRequestDto> },
  groupsIncluded: boolean,
): HistoryPage {
  const items = [
    ...(pages.role?.value ?? []).map(toRoleHistoryRequest),
    ...(pages.group?.value ?? []).map(toGroupHistoryRequest),
  ].sort(byCreatedDesc);
  const next: HistoryCursor = {
    role: pages.role?.['@odata.nextLink'],
    group: pages.group?.['@odata.nextLink'],
  };
  return {
    items,
    next: next.role || next.group ? next : undefined,
    groupsIncluded,
  };
}

export function historyQueryOptions(filters: HistoryFilters, client: GraphClient = graph) {
  return infiniteQueryOptions({
    queryKey: pimKeys.history({ ...filters }),
    queryFn: ({ pageParam, signal }) =>
      pageParam
        ? getHistoryNextPage(pageParam.cursor, pageParam.groupsIncluded, client, signal)
        : getHistoryFirstPage(filters, client, signal),
    initialPageParam: undefined as { cursor: HistoryCursor; groupsIncluded: boolean } | undefined,
    getNextPageParam: (last: HistoryPage) =>
      last.next ? { cursor: last.next, groupsIncluded: last.groupsIncluded } : undefined,
    // A long history is expensive to walk again: keep what was loaded while the page is open.
    staleTime: 5 * 60_000,
  });
}

/**
 * While the first page of new filters loads, the last filters' pages stay as placeholder data
 * (`isPlaceholderData`): the screen keeps its grid mounted, hidden, and the new page redraws
 * its rows in place instead of mounting the whole table again (issue 6: the filter's redraw).
 */
export function useHistory(filters: HistoryFilters) {
  return useInfiniteQuery({ ...historyQueryOptions(filters), placeholderData: keepPreviousData });
}
