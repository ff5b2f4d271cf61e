import { ClientErrorCode } from './error-codes.ts';
import { GraphError, isRecord } from './graph-error.ts';

export interface PagingLimits {
  /** Stop after this many pages (requests). */
  maxPages?: number;
  /** Stop once this many items are in hand; the result is cut to exactly this many. */
  maxItems?: number;
  signal?: AbortSignal;
}

export interface CollectedPages<T> {
  items: T[];
  /** False when a limit stopped us before Graph ran out of pages. */
  complete: boolean;
}

/**
 * Reads a collection to its end by following `@odata.nextLink` exactly as Graph gave it (the
 * link carries its own `$skiptoken`; rebuilding it breaks paging). A page may be empty and still
 * point to a next one, so only the absence of the link ends the walk.
 */
export async function collectPages<T>(
  firstUrl: string,
  fetchPage: (url: string) => Promise<unknown>,
  limits: PagingLimits = {},
): Promise<CollectedPages<T>> {
  const items: T[] = [];
  const visited = new Set<string>();
  let url: string | undefined = firstUrl;
  let pages = 0;
  while (url !== undefined) {
    limits.signal?.throwIfAborted();
    if (limits.maxPages !== undefined && pages >= limits.maxPages) {
      return { items, complete: false };
    }
    visited.add(url);
    const page: ReadPage<T> = readPage<T>(await fetchPage(url));
    pages += 1;
    for (const item of page.value) items.push(item);
    const next: string | undefined = page.nextLink;
    if (limits.maxItems !== undefined && items.length >= limits.maxItems) {
      const complete = next === undefined && items.length === limits.maxItems;
      return { items: items.slice(0, limits.maxItems), complete };
    }
    if (next !== undefined && visited.has(next)) {
      throw new GraphError({
        status: 0,
        code: ClientErrorCode.pagingLoop,
        message: 'Microsoft Graph returned a next page link that was already read.',
      });
    }
    url = next;
  }
  return { items, complete: true };
}

interface ReadPage<T> {
  value: T[];
  nextLink: string | undefined;
}

function readPage<T>(body: unknown): ReadPage<T> {
  if (!isRecord(body) || !Array.isArray(body.value)) {
    throw new GraphError({
      status: 200,
      code: ClientErrorCode.malformedResponse,
      message: 'Microsoft Graph sent a collection page without a "value" array.',
    });
  }
  const next = body['@odata.nextLink'];
  return {
    value: body.value as T[],
    nextLink: typeof next === 'string' && next !== '' ? next : undefined,
  };
}
