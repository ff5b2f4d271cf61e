import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import type { GraphError } from '../../../graph/graph-error.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import type { PastRequest } from '../domain/requester-history.ts';
import { APPROVALS_SCOPES, odataQuery, PG, RD } from './approvals-scopes.ts';
import type { GroupRequestWire, RoleRequestWire } from './map-pending-approval.ts';

/**
 * One requester's requests on both planes (`principalId eq` is the documented way to scope both
 * lists; the group list requires it). Reading someone else's requests is a tenant-wide read:
 * besides the delegated scope, Graph wants a reader role, so each plane may answer 403 alone.
 */
export function requesterHistoryUrls(principalId: string) {
  const $filter = `principalId eq '${principalId.replace(/'/g, "''")}'`;
  return {
    role: `${RD}/roleAssignmentScheduleRequests${odataQuery({
      $filter,
      $expand: 'roleDefinition,directoryScope',
    })}`,
    group: `${PG}/assignmentScheduleRequests${odataQuery({ $filter, $expand: 'group' })}`,
  } as const;
}

/** A prolific requester's history is cut after this many pages per plane (50 items each, as a rule). */
export const HISTORY_MAX_PAGES = 3;

export type PlaneHistory =
  { kind: 'ok'; requests: PastRequest[]; complete: boolean } | { kind: 'error'; error: GraphError };

export interface RequesterHistory {
  role: PlaneHistory;
  group: PlaneHistory;
}

interface Page<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

const str = (value: string | null | undefined): string => value ?? '';
const date = (value: string | null | undefined) => new Date(value ?? 0);

export function toPastRoleRequest(wire: RoleRequestWire): PastRequest {
  const scopeId = str(wire.directoryScopeId);
  return {
    id: str(wire.id),
    plane: 'role',
    target: str(wire.roleDefinition?.displayName) || str(wire.roleDefinitionId),
    scope:
      scopeId === '' || scopeId === '/'
        ? 'Tenant-wide'
        : str(wire.directoryScope?.displayName) || scopeId,
    action: str(wire.action),
    status: str(wire.status),
    hadApproval: str(wire.approvalId) !== '',
    justification: str(wire.justification),
    createdAt: date(wire.createdDateTime),
  };
}

export function toPastGroupRequest(wire: GroupRequestWire): PastRequest {
  return {
    id: str(wire.id),
    plane: 'group',
    target: str(wire.group?.displayName) || str(wire.groupId),
    scope: str(wire.accessId).toLowerCase() === 'owner' ? 'Owner' : 'Member',
    action: str(wire.action),
    status: str(wire.status),
    hadApproval: str(wire.approvalId) !== '',
    justification: str(wire.justification),
    createdAt: date(wire.createdDateTime),
  };
}

/** Both planes' first pages in one `$batch`; a long history follows its links a little further. */
export async function getRequesterHistory(
  client: GraphClient,
  principalId: string,
  signal?: AbortSignal,
): Promise<RequesterHistory> {
  const urls = requesterHistoryUrls(principalId);
  const [role, group] = await client.batch<Page<RoleRequestWire & GroupRequestWire>>(
    [
      { id: 'role', method: 'GET', url: urls.role },
      { id: 'group', method: 'GET', url: urls.group },
    ],
    { scopes: APPROVALS_SCOPES, signal },
  );
  const plane = async (
    result: typeof role,
    map: (wire: RoleRequestWire & GroupRequestWire) => PastRequest,
  ): Promise<PlaneHistory> => {
    if (!result) throw new Error('The history batch came back without both answers.');
    if (!result.ok) return { kind: 'error', error: result.error };
    const items = result.body.value ?? [];
    const next = result.body['@odata.nextLink'];
    let complete = next === undefined;
    if (next !== undefined) {
      const rest = await client.getCollection<RoleRequestWire & GroupRequestWire>(next, {
        scopes: APPROVALS_SCOPES,
        signal,
        maxPages: HISTORY_MAX_PAGES - 1,
      });
      items.push(...rest.items);
      complete = rest.complete;
    }
    return { kind: 'ok', requests: items.map(map), complete };
  };
  const [roleHistory, groupHistory] = await Promise.all([
    plane(role, toPastRoleRequest),
    plane(group, toPastGroupRequest),
  ]);
  return { role: roleHistory, group: groupHistory };
}

export const requesterHistoryQueryOptions = (principalId: string, client: GraphClient = graph) =>
  queryOptions({
    queryKey: pimKeys.requesterHistory(principalId),
    queryFn: ({ signal }) => getRequesterHistory(client, principalId, signal),
    // Context for a decision, read when a panel opens; a minute-old history is fine.
    staleTime: 60_000,
  });

/** Read when the detail panel opens, never for the whole queue. */
export function useRequesterHistory(principalId: string) {
  return useQuery(requesterHistoryQueryOptions(principalId));
}
