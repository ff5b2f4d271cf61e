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
import { coalescePages } from './coalesce-pages.ts';
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

type PlanePage = { plane: keyof typeof QUEUE_URLS; page: Page<Wire> };

/**
 * Every request waiting for the signed-in approver, directory roles and groups together, page by
 * page: the first pages of both planes in one `$batch` (one round trip), then each plane follows
 * its own `@odata.nextLink` chain, so the longer chain alone sets the pace. A page's next page is
 * asked for before the page is handed over, so drawing it overlaps the next round trip instead
 * of delaying it. A failed item rejects with its `GraphError` (403 for missing consent is usual).
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
  const firsts = planes.map((plane, index) => {
    const result = results[index];
    if (!result) throw new Error('The queue batch came back without both answers.');
    if (!result.ok) throw result.error;
    return { plane, page: result.body };
  });
  const inFlight = new Map<string, Promise<PlanePage>>();
  const follow = ({ plane, page }: PlanePage) => {
    const link = page['@odata.nextLink'];
    if (!link) {
      inFlight.delete(plane);
      return;
    }
    const next = client
      .get<Page<Wire>>(link, { scopes: APPROVALS_SCOPES, signal })
      .then((body) => ({ plane, page: body }));
    // Awaited later (by the race below); until then a failure must not count as unhandled.
    next.catch(() => undefined);
    inFlight.set(plane, next);
  };
  for (const first of firsts) follow(first);
  yield firsts.flatMap(({ plane, page }) => (page.value ?? []).map(MAPPERS[plane]));
  while (inFlight.size > 0) {
    const arrived = await Promise.race(inFlight.values());
    follow(arrived);
    yield (arrived.page.value ?? []).map(MAPPERS[arrived.plane]);
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

/** How often a long queue that is still paging in redraws (each redraw shows all pages so far). */
export const QUEUE_REDRAW_MS = 500;

/** The stream as snapshots: batches of requests, then an empty batch that marks the end. */
async function* snapshotChunks(
  client: GraphClient,
  signal: AbortSignal,
): AsyncGenerator<{ items: PendingApproval[]; done: boolean }> {
  const pages = coalescePages(streamApprovalQueue(client, signal), QUEUE_REDRAW_MS);
  for await (const items of pages) yield { items, done: false };
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
