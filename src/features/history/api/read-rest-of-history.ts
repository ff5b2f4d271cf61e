import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import type { HistoryRequest } from '../model/history-request.ts';
import { refineHistory, type Refinement } from '../model/refine.ts';
import { getHistoryNextPage, type HistoryCursor } from './get-history.ts';

/** Where the list on screen stopped: the last page's links. */
export interface HistoryRest {
  cursor: HistoryCursor;
  groupsIncluded: boolean;
}

export interface ReadProgress {
  /** Requests read beyond those already on screen. */
  read: number;
  /** Of those, the ones the refinement keeps. */
  matching: number;
  /** Round trips so far (one page of each plane per round trip). */
  pages: number;
}

export interface ReadRestOptions {
  client?: GraphClient;
  signal?: AbortSignal;
  onPage?: (progress: ReadProgress) => void;
}

/**
 * Reads the rest of the list from where the screen stopped, following each plane's
 * `@odata.nextLink` as Graph gives it (the links are opaque, so each page waits for the last:
 * one round trip a page). The page size is Graph's own: the request lists document only
 * `$select`, `$filter` and `$expand`, so no `$top` is sent. Each page is refined as it arrives,
 * a few dozen rows at a time, so the work never piles up into one long task.
 */
export async function readRestOfHistory(
  rest: HistoryRest | undefined,
  refinement: Refinement,
  options: ReadRestOptions = {},
): Promise<{ read: HistoryRequest[]; matching: HistoryRequest[] }> {
  const read: HistoryRequest[] = [];
  const matching: HistoryRequest[] = [];
  let next = rest;
  let pages = 0;
  while (next) {
    options.signal?.throwIfAborted();
    const page = await getHistoryNextPage(
      next.cursor,
      next.groupsIncluded,
      options.client ?? graph,
      options.signal,
    );
    pages += 1;
    for (const item of page.items) read.push(item);
    for (const item of refineHistory(page.items, refinement)) matching.push(item);
    options.onPage?.({ read: read.length, matching: matching.length, pages });
    next = page.next ? { cursor: page.next, groupsIncluded: page.groupsIncluded } : undefined;
  }
  return { read, matching };
}
