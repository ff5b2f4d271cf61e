import {
  queryOptions,
  experimental_streamedQuery as streamedQuery,
  useQuery,
} from '@tanstack/react-query';
import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import type { PendingApproval } from '../domain/queue.ts';
import { queueRefreshInterval, VISIBLE_REFRESH_MS } from '../domain/refresh.ts';
import { hiddenForMs } from './tab-visibility.ts';
import { APPROVALS_SCOPES, odataQuery, PG, RD } from './approvals-scopes.ts';
import {
  toGroupPendingApproval,
  toRolePendingApproval,
  type GroupRequestWire,
  type RoleRequestWire,
} from './map-pending-approval.ts';

const APPROVER = "filterByCurrentUser(on='approver')";
const PENDING = "status eq 'PendingApproval'";

/** Both planes' pending requests in one `$batch`; the `$expand`s are documented on each resource. */
export const QUEUE_URLS = {
  roles: `${RD}/roleAssignmentScheduleRequests/${APPROVER}${odataQuery({
    $filter: PENDING,
    $expand: 'principal,roleDefinition,directoryScope',
  })}`,
  groups: `${PG}/assignmentScheduleRequests/${APPROVER}${odataQuery({
    $filter: PENDING,
    $expand: 'principal,group',
  })}`,
} as const;

interface Page<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

type Wire = RoleRequestWire | GroupRequestWire;
const MAPPERS = {
  roles: (wire: Wire) => toRolePendingApproval(wire),
  groups: (wire: Wire) => toGroupPendingApproval(wire as GroupRequestWire),
};

/**
 * Every request waiting for the signed-in approver, directory roles and groups together, page by
 * page: the first pages of both planes in one `$batch` (one round trip), then both planes' next
 * pages side by side until Graph stops sending `@odata.nextLink`. A failed item rejects with its
 * `GraphError` (403 for missing consent is the usual one).
 */
export async function* streamApprovalQueue(
  client: GraphClient,
  signal?: AbortSignal,
): AsyncGenerator<PendingApproval[]> {
  const planes = ['roles', 'groups'] as const;
  const results = await client.batch<Page<Wire>>(
    planes.map((plane) => ({ id: plane, method: 'GET' as const, url: QUEUE_URLS[plane] })),
    { scopes: APPROVALS_SCOPES, signal },
  );
  let pages = planes.map((plane, index) => {
    const result = results[index];
    if (!result) throw new Error('The queue batch came back without both answers.');
    if (!result.ok) throw result.error;
    return { plane, page: result.body };
  });
  for (;;) {
    yield pages.flatMap(({ plane, page }) => (page.value ?? []).map(MAPPERS[plane]));
    const next = pages.flatMap(({ plane, page }) => {
      const link = page['@odata.nextLink'];
      return link ? [{ plane, link }] : [];
    });
    if (next.length === 0) return;
    pages = await Promise.all(
      next.map(async ({ plane, link }) => ({
        plane,
        page: await client.get<Page<Wire>>(link, { scopes: APPROVALS_SCOPES, signal }),
      })),
    );
  }
}

/** The queue as the screen holds it: `complete` once every page of both planes is in. */
export interface QueueSnapshot {
  items: PendingApproval[];
  complete: boolean;
}

/** The whole queue at once (tests, and callers that need it complete). */
export async function getApprovalQueue(
  client: GraphClient,
  signal?: AbortSignal,
): Promise<PendingApproval[]> {
  const all: PendingApproval[] = [];
  for await (const chunk of streamApprovalQueue(client, signal)) all.push(...chunk);
  return all;
}

/** The stream as snapshots: each batch of requests, then an empty batch that marks the end. */
async function* snapshotChunks(
  client: GraphClient,
  signal: AbortSignal,
): AsyncGenerator<{ items: PendingApproval[]; done: boolean }> {
  for await (const items of streamApprovalQueue(client, signal)) yield { items, done: false };
  yield { items: [], done: true };
}

/** How often the open queue refreshes while visible (the count badge uses it too). */
export const QUEUE_REFRESH_MS = VISIBLE_REFRESH_MS;

export const approvalQueueQueryOptions = (client: GraphClient = graph) =>
  queryOptions({
    queryKey: pimKeys.approvalQueue(),
    // A long queue shows its first page at once and grows; a refresh swaps in the new queue
    // only when it is complete, so rows never vanish and come back.
    queryFn: streamedQuery({
      streamFn: ({ signal }) => snapshotChunks(client, signal),
      reducer: (snapshot: QueueSnapshot, chunk: { items: PendingApproval[]; done: boolean }) => ({
        items: chunk.items.length > 0 ? snapshot.items.concat(chunk.items) : snapshot.items,
        complete: chunk.done,
      }),
      initialValue: { items: [], complete: false },
      refetchMode: 'replace',
    }),
    staleTime: 15_000,
  });

export function useApprovalQueue() {
  return useQuery({
    ...approvalQueueQueryOptions(),
    // Read again every minute, on focus, and, backing off, while the tab is hidden.
    refetchInterval: () => queueRefreshInterval(hiddenForMs()),
    refetchIntervalInBackground: true,
    refetchOnWindowFocus: true,
  });
}
