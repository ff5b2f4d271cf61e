import { badRequest } from './envelope.ts';

export interface PageRequest {
  /** The server's page size for this collection. */
  pageSize: number;
  /** The largest `$top` honoured as a page size. */
  maxPageSize: number;
  top?: number;
  skipToken?: string;
  /** The absolute URL of this request (nextLink keeps every option but the skip token). */
  requestUrl: URL;
  /** Serve an empty first page (see PagingSettings.emptyFirstPage). */
  emptyFirstPage?: boolean;
}

export interface Page<T> {
  items: T[];
  nextLink?: string;
}

/** The skip token is opaque to clients: base64url of the next offset and the page size. */
function encodeSkipToken(offset: number, size: number): string {
  return Buffer.from(JSON.stringify({ o: offset, n: size }), 'utf8').toString('base64url');
}

function decodeSkipToken(token: string): { offset: number; size: number } {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown;
    if (parsed && typeof parsed === 'object') {
      const { o, n } = parsed as { o?: unknown; n?: unknown };
      if (typeof o === 'number' && typeof n === 'number' && o >= 0 && n > 0) {
        return { offset: o, size: n };
      }
    }
  } catch {
    // Falls through to Graph's answer for a token it did not issue.
  }
  throw badRequest(`The value '${token}' is not a valid skip token.`);
}

/** Where the requested page starts and how long it is. */
export function pageWindow(request: PageRequest): { offset: number; size: number } {
  const fromToken = request.skipToken ? decodeSkipToken(request.skipToken) : undefined;
  const size =
    fromToken?.size ??
    (request.top !== undefined
      ? Math.max(1, Math.min(request.top, request.maxPageSize))
      : request.pageSize);
  return { offset: fromToken?.offset ?? 0, size };
}

/** Server-driven paging as Graph does it: a page of items and `@odata.nextLink` while more remain. */
export function pageOf<T>(items: readonly T[], request: PageRequest): Page<T> {
  const { offset, size } = pageWindow(request);
  if (request.emptyFirstPage && !request.skipToken && items.length > 0) {
    return { items: [], nextLink: nextLinkFor(request, 0, size) };
  }
  const page = items.slice(offset, offset + size);
  if (offset + size >= items.length) return { items: page };
  return { items: page, nextLink: nextLinkFor(request, offset + size, size) };
}

function nextLinkFor(request: PageRequest, offset: number, size: number): string {
  // Keep the client's query exactly as sent (Graph's links keep `$` literal), new token last.
  const kept = request.requestUrl.search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !/^(?:\$|%24)?skiptoken=/i.test(pair));
  kept.push(`$skiptoken=${encodeSkipToken(offset, size)}`);
  const { origin, pathname } = request.requestUrl;
  return `${origin}${pathname}?${kept.join('&')}`;
}
