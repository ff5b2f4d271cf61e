import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';
import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import { actualTimesOf, endingRequests, type ActualTimes } from '../model/actual-times.ts';
import { elevates, type HistoryRequest } from '../model/history-request.ts';
import { HISTORY_SCOPES, odataQuery, odataString } from './history-scopes.ts';

/** The request's own PIM audit entries: they carry its id as their correlation id. */
export function ownAuditUrl(requestId: string): string {
  return `/auditLogs/directoryAudits${odataQuery({
    $filter: `correlationId eq ${odataString(requestId)}`,
  })}`;
}

interface Pending {
  id: string;
  resolve: (entries: DirectoryAudit[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Collects the rows in view asked for in one tick and reads their audit entries in `$batch`
 * calls (20 items each), so a screenful of rows costs two round trips, not thirty.
 */
export function createOwnAuditLoader(client: GraphClient) {
  let queue: Pending[] = [];
  const flush = async (batch: Pending[]) => {
    try {
      const results = await client.batch<{ value?: DirectoryAudit[] }>(
        batch.map((p, i) => ({ id: String(i), method: 'GET' as const, url: ownAuditUrl(p.id) })),
        { scopes: HISTORY_SCOPES },
      );
      results.forEach((result, i) => {
        const pending = batch[i];
        if (!pending) return;
        if (result.ok) pending.resolve(result.body.value ?? []);
        else pending.reject(result.error);
      });
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  };
  return {
    load(requestId: string): Promise<DirectoryAudit[]> {
      return new Promise((resolve, reject) => {
        queue.push({ id: requestId, resolve, reject });
        if (queue.length === 1) {
          setTimeout(() => {
            const batch = queue;
            queue = [];
            void flush(batch);
          }, 0);
        }
      });
    },
  };
}

export type OwnAuditLoader = ReturnType<typeof createOwnAuditLoader>;
const defaultLoader = createOwnAuditLoader(graph);

export function ownAuditQueryOptions(requestId: string, loader: OwnAuditLoader = defaultLoader) {
  return {
    queryKey: pimKeys.actualTimes(requestId),
    queryFn: () => loader.load(requestId),
    staleTime: 60_000,
  };
}

/**
 * Actual start and end of the rows in view that elevate anyone (by request id), computed from
 * their audit entries and the loaded requests; rows still loading are absent.
 */
export function useRowActualTimes(
  rows: readonly HistoryRequest[],
  loaded: readonly HistoryRequest[],
  now: number,
): Readonly<Record<string, ActualTimes>> {
  const elevating = useMemo(() => rows.filter(elevates), [rows]);
  // Only deactivations and removals can end an elevation: filter 100,000 rows once, not per row.
  const endings = useMemo(() => endingRequests(loaded), [loaded]);
  return useQueries({
    queries: elevating.map((r) => ownAuditQueryOptions(r.id)),
    combine: (results) => {
      const byId: Record<string, ActualTimes> = {};
      results.forEach((result, i) => {
        const row = elevating[i];
        if (row && result.data) byId[row.id] = actualTimesOf(row, result.data, endings, now);
      });
      return byId;
    },
  });
}
