import type { BatchRequestItem } from './batch-chunks.ts';
import { runBatch, type BatchItemResult } from './batch.ts';
import { ClientErrorCode } from './error-codes.ts';
import { GraphError } from './graph-error.ts';
import { collectPages, type CollectedPages, type PagingLimits } from './paging.ts';
import { createSend, resolveRuntime, type SendInput } from './request.ts';
import type { GraphClientOptions, GraphRequestOptions, GraphVersion, HttpMethod } from './types.ts';

export type GetAllOptions = GraphRequestOptions & Omit<PagingLimits, 'signal'>;

export interface BatchOptions extends Omit<GraphRequestOptions, 'headers'> {
  /** `$batch` calls in flight at once (default 2: kind to throttling, still parallel). */
  concurrency?: number;
}

/**
 * The portal's one door to Microsoft Graph. Paths are relative to the version root
 * (`/roleManagement/directory/...`); `version` defaults to `v1.0`. Every call names the delegated
 * scopes it needs, and failures reject with a `GraphError`.
 */
export interface GraphClient {
  get<T>(path: string, options: GraphRequestOptions): Promise<T>;
  /** Every item of a collection, following `@odata.nextLink` (limits cut it short). */
  getAll<T>(path: string, options: GetAllOptions): Promise<T[]>;
  /** As `getAll`, and says whether a limit stopped the walk early. */
  getCollection<T>(path: string, options: GetAllOptions): Promise<CollectedPages<T>>;
  /** Never retried on 5xx or network errors: the write may have happened; the caller decides. */
  post<T = void>(path: string, body: unknown, options: GraphRequestOptions): Promise<T>;
  patch<T = void>(path: string, body: unknown, options: GraphRequestOptions): Promise<T>;
  delete(path: string, options: GraphRequestOptions): Promise<void>;
  /** One result per item, in the order given; item failures are results, not rejections. */
  batch<T = unknown>(
    items: readonly BatchRequestItem[],
    options: BatchOptions,
  ): Promise<BatchItemResult<T>[]>;
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const runtime = resolveRuntime(options);
  const send = createSend(runtime);

  const call = async (
    method: HttpMethod,
    path: string,
    request: GraphRequestOptions,
    extra: Partial<SendInput> = {},
  ): Promise<unknown> =>
    send({
      method,
      url: resolveUrl(baseUrl, path, request.version),
      scopes: request.scopes,
      headers: request.headers,
      signal: request.signal,
      claims: request.claims,
      timeoutMs: request.timeoutMs,
      ...extra,
    });

  const getCollection = <T>(path: string, request: GetAllOptions): Promise<CollectedPages<T>> =>
    collectPages<T>(path, (url) => call('GET', url, request), {
      maxPages: request.maxPages,
      maxItems: request.maxItems,
      signal: request.signal,
    });

  return {
    get: async <T>(path: string, request: GraphRequestOptions) =>
      (await call('GET', path, request)) as T,
    getCollection,
    getAll: async <T>(path: string, request: GetAllOptions) =>
      (await getCollection<T>(path, request)).items,
    post: async <T>(path: string, body: unknown, request: GraphRequestOptions) =>
      (await call('POST', path, request, { body })) as T,
    patch: async <T>(path: string, body: unknown, request: GraphRequestOptions) =>
      (await call('PATCH', path, request, { body })) as T,
    delete: async (path: string, request: GraphRequestOptions) => {
      await call('DELETE', path, request);
    },
    batch: <T>(items: readonly BatchRequestItem[], request: BatchOptions) =>
      runBatch<T>(items, {
        post: (body, idempotent) => call('POST', '/$batch', request, { body, idempotent }),
        sleep: runtime.sleep,
        now: runtime.now,
        random: runtime.random,
        policy: runtime.policy,
        signal: request.signal,
        concurrency: request.concurrency ?? 2,
      }),
  };
}

/**
 * Relative paths go under `<base>/<version>`. Absolute URLs (an `@odata.nextLink`) are used
 * unchanged, but only under our own base URL: the request carries the user's Graph token, which
 * must never reach another host because a reply said so.
 */
export function resolveUrl(baseUrl: string, path: string, version: GraphVersion = 'v1.0'): string {
  if (/^[a-z][a-z\d+.-]*:/i.test(path)) {
    if (isUnder(baseUrl, path)) return path;
    throw new GraphError({
      status: 0,
      code: ClientErrorCode.untrustedNextLink,
      message: 'Refused to follow a link outside Microsoft Graph.',
    });
  }
  return `${baseUrl}/${version}${path.startsWith('/') ? path : `/${path}`}`;
}

function isUnder(baseUrl: string, url: string): boolean {
  try {
    const base = new URL(`${baseUrl}/`);
    const target = new URL(url);
    return target.origin === base.origin && target.pathname.startsWith(base.pathname);
  } catch {
    return false;
  }
}
