import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';
import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import { elevates, type HistoryRequest } from '../model/history-request.ts';
import { HISTORY_SCOPES, odataQuery, odataString } from './history-scopes.ts';

export interface RequestActivity {
  /** The request's own PIM entries (they share its correlation id). */
  requestAudit: DirectoryAudit[];
  /** Everything the requester did in the directory while the elevation could be active. */
  windowAudit: DirectoryAudit[];
  /** False when the window held more entries than we read. */
  windowComplete: boolean;
  /** Undefined when the request never made anyone active (denied, canceled, a removal). */
  window: { from: string; to: string } | undefined;
}

const MAX_WINDOW_ENTRIES = 500;

/**
 * From when the elevation began (the later of the requested start and the completion, which is
 * the approval for approved requests) until its scheduled end, or now for open and future ends.
 */
export function activationWindow(
  request: HistoryRequest,
  now: number,
): { from: string; to: string } | undefined {
  if (!elevates(request)) return undefined;
  const start = Math.max(
    Date.parse(request.requestedStart ?? request.createdAt),
    Date.parse(request.completedAt ?? request.createdAt),
  );
  if (Number.isNaN(start) || start > now) return undefined;
  const end = request.requestedEnd ? Math.min(Date.parse(request.requestedEnd), now) : now;
  return { from: new Date(start).toISOString(), to: new Date(Math.max(end, start)).toISOString() };
}

export async function getRequestActivity(
  request: HistoryRequest,
  now: number,
  client: GraphClient = graph,
  signal?: AbortSignal,
): Promise<RequestActivity> {
  const window = activationWindow(request, now);
  const audits = '/auditLogs/directoryAudits';
  const [own, elevated] = await Promise.all([
    client.getAll<DirectoryAudit>(
      `${audits}${odataQuery({ $filter: `correlationId eq ${odataString(request.id)}` })}`,
      { scopes: HISTORY_SCOPES, signal, maxItems: 100 },
    ),
    window === undefined
      ? { items: [], complete: true }
      : client.getCollection<DirectoryAudit>(
          `${audits}${odataQuery({
            $filter: [
              `initiatedBy/user/id eq ${odataString(request.requesterId)}`,
              `activityDateTime ge ${window.from}`,
              `activityDateTime le ${window.to}`,
            ].join(' and '),
            $orderby: 'activityDateTime asc',
          })}`,
          { scopes: HISTORY_SCOPES, signal, maxItems: MAX_WINDOW_ENTRIES },
        ),
  ]);
  return {
    requestAudit: own,
    windowAudit: elevated.items,
    windowComplete: elevated.complete,
    window,
  };
}

export function requestActivityQueryOptions(
  request: HistoryRequest,
  now: number,
  client: GraphClient = graph,
) {
  return queryOptions({
    queryKey: pimKeys.audit({ requestId: request.id, principalId: request.requesterId }),
    queryFn: ({ signal }) => getRequestActivity(request, now, client, signal),
    staleTime: 60_000,
  });
}

export function useRequestActivity(request: HistoryRequest, now: number) {
  return useQuery(requestActivityQueryOptions(request, now));
}
