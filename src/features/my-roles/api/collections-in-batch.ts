import type { BatchRequestItem } from '../../../graph/batch-chunks.ts';
import type { GraphClient } from '../../../graph/client.ts';
import { MY_ROLES_SCOPES } from './my-roles-scopes.ts';

interface Page<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

/**
 * Runs GET items in `$batch` calls (20 each) and returns every item's full collection, following
 * `@odata.nextLink` for the items that page. A failed item rejects with its `GraphError`.
 *
 * `onFirstPages` sees each item's first page (and whether more pages follow) as soon as the batch
 * answers: a follow-up that needs ids from it can start then, alongside the paging.
 */
export async function getCollectionsInBatch<K extends string>(
  client: GraphClient,
  urls: Readonly<Record<K, string>>,
  signal?: AbortSignal,
  onFirstPages?: (first: Record<K, { items: unknown[]; complete: boolean }>) => void,
  /** Items whose failure is not fatal: they read as incomplete and empty (a guess, say). */
  optional: ReadonlySet<string> = new Set(),
): Promise<Record<K, unknown[]>> {
  const keys = Object.keys(urls) as K[];
  const items: BatchRequestItem[] = keys.map((key) => ({ id: key, method: 'GET', url: urls[key] }));
  const results = await client.batch<Page<unknown>>(items, { scopes: MY_ROLES_SCOPES, signal });
  const firsts = results.map((result, index) => {
    if (!result.ok) {
      if (optional.has(keys[index] ?? '')) return { items: [], next: undefined, failed: true };
      throw result.error;
    }
    return { items: result.body.value ?? [], next: result.body['@odata.nextLink'], failed: false };
  });
  onFirstPages?.(
    Object.fromEntries(
      keys.map((key, index) => {
        const first = firsts[index];
        return [key, { items: first?.items ?? [], complete: !first?.next && !first?.failed }];
      }),
    ) as Record<K, { items: unknown[]; complete: boolean }>,
  );
  const collections = await Promise.all(
    firsts.map(async ({ items: first, next }) =>
      next
        ? [...first, ...(await client.getAll<unknown>(next, { scopes: MY_ROLES_SCOPES, signal }))]
        : first,
    ),
  );
  return Object.fromEntries(keys.map((key, index) => [key, collections[index] ?? []])) as Record<
    K,
    unknown[]
  >;
}
