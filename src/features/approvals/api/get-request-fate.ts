import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import type { RequestFate } from '../domain/request-fate.ts';
import { APPROVALS_SCOPES, odataQuery, PG, RD } from './approvals-scopes.ts';

/**
 * What became of a request the approver was linked to: its id is looked up as a role request and
 * as a group request in one `$batch` (the id alone does not say which plane it belongs to).
 */
export async function getRequestFate(
  client: GraphClient,
  id: string,
  signal?: AbortSignal,
): Promise<RequestFate> {
  const path = `/${encodeURIComponent(id)}${odataQuery({ $select: 'id,status' })}`;
  const results = await client.batch<{ status?: string }>(
    [
      { id: 'role', method: 'GET', url: `${RD}/roleAssignmentScheduleRequests${path}` },
      { id: 'group', method: 'GET', url: `${PG}/assignmentScheduleRequests${path}` },
    ],
    { scopes: APPROVALS_SCOPES, signal },
  );
  const found = results.find((result) => result.ok && typeof result.body.status === 'string');
  return found?.ok && found.body.status
    ? { kind: 'status', status: found.body.status }
    : { kind: 'unknown' };
}

export const requestFateQueryOptions = (id: string, client: GraphClient = graph) =>
  queryOptions({
    queryKey: pimKeys.requestFate(id),
    queryFn: ({ signal }) => getRequestFate(client, id, signal),
  });

export function useRequestFate(id: string | undefined, enabled: boolean) {
  return useQuery({ ...requestFateQueryOptions(id ?? ''), enabled: enabled && id !== undefined });
}
