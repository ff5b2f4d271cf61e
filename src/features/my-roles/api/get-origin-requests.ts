import type {
  PrivilegedAccessGroupAssignmentScheduleRequest,
  UnifiedRoleAssignmentScheduleRequest,
} from '@microsoft/microsoft-graph-types';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import { parseDurationMinutes } from '../../../domain/duration.ts';
import type { MyRole } from '../../../domain/my-role.ts';
import type { OriginRequest } from '../domain/extension.ts';
import { requestsPath } from './activate-roles.ts';
import { MY_ROLES_SCOPES, odataQuery } from './my-roles-scopes.ts';

type RequestDto =
  UnifiedRoleAssignmentScheduleRequest | PrivilegedAccessGroupAssignmentScheduleRequest;

const text = (value: string | null | undefined): string | undefined => (value ? value : undefined);

/** The request that created a schedule: the latest one naming it as its `targetScheduleId`. */
export function toOriginRequest(requests: readonly RequestDto[]): OriginRequest | undefined {
  const creating = requests
    .filter((r) => !['selfdeactivate', 'adminremove'].includes(r.action?.toLowerCase() ?? ''))
    .sort((a, b) => (b.createdDateTime ?? '').localeCompare(a.createdDateTime ?? ''));
  const latest = creating[0];
  if (!latest) return undefined;
  return {
    durationMinutes: parseDurationMinutes(latest.scheduleInfo?.expiration?.duration),
    justification: text(latest.justification),
    ticketNumber: text(latest.ticketInfo?.ticketNumber),
    ticketSystem: text(latest.ticketInfo?.ticketSystem),
  };
}

/**
 * The requests behind the given roles' current activations, keyed by role key, in one `$batch`
 * (`filterByCurrentUser` supports `$filter` on `targetScheduleId`). Only roles about to end or
 * just ended are asked about, so the first screen pays nothing for it. A role whose request
 * cannot be read is simply missing: its defaults fall back to the activation's own length.
 */
export async function getOriginRequests(
  client: GraphClient,
  roles: readonly MyRole[],
  signal?: AbortSignal,
): Promise<Map<string, OriginRequest>> {
  const asked = roles.flatMap((role) =>
    role.active?.scheduleId ? [{ role, scheduleId: role.active.scheduleId }] : [],
  );
  const origins = new Map<string, OriginRequest>();
  if (asked.length === 0) return origins;
  const results = await client.batch<{ value?: RequestDto[] }>(
    asked.map(({ role, scheduleId }, index) => ({
      id: String(index + 1),
      method: 'GET',
      url: `${requestsPath(role)}/filterByCurrentUser(on='principal')${odataQuery({
        $filter: `targetScheduleId eq '${scheduleId.replaceAll("'", "''")}'`,
      })}`,
    })),
    { scopes: MY_ROLES_SCOPES, signal },
  );
  for (const result of results) {
    const role = asked[Number(result.id) - 1]?.role;
    const origin = result.ok ? toOriginRequest(result.body.value ?? []) : undefined;
    if (role && origin) origins.set(role.key, origin);
  }
  return origins;
}

/** Origins of the roles being watched; keyed by their schedules so a new activation refetches. */
export function useOriginRequests(roles: readonly MyRole[], client: GraphClient = graph) {
  const scheduleIds = roles.flatMap((role) =>
    role.active?.scheduleId ? [role.active.scheduleId] : [],
  );
  return useQuery({
    queryKey: pimKeys.originRequests(scheduleIds),
    queryFn: ({ signal }) => getOriginRequests(client, roles, signal),
    enabled: scheduleIds.length > 0,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}
