import { GraphApiError } from '../errors.ts';

/** The Content-Type Graph sends with OData payloads (entities and collections). */
export const ODATA_CONTENT_TYPE =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

/** Graph answers errors as plain JSON. */
export const ERROR_CONTENT_TYPE = 'application/json';

/** Where Graph's `@odata.context` URLs point; the emulator mirrors the real service's form. */
export const GRAPH_METADATA_ORIGIN = 'https://graph.microsoft.com';

/** The per-request identifiers Graph echoes in headers and in every error's `innerError`. */
export interface RequestIds {
  requestId: string;
  clientRequestId: string;
  /** Graph's `innerError.date`: UTC, seconds precision, no zone designator. */
  date: string;
}

export function newRequestIds(request: Request, now: Date): RequestIds {
  const requestId = crypto.randomUUID();
  return {
    requestId,
    // Graph echoes the client's id, or reuses its own request id when the client sent none.
    clientRequestId: request.headers.get('client-request-id') ?? requestId,
    date: now.toISOString().slice(0, 19),
  };
}

export function baseHeaders(ids: RequestIds, contentType?: string): Headers {
  const headers = new Headers({
    'request-id': ids.requestId,
    'client-request-id': ids.clientRequestId,
    'Cache-Control': 'no-cache',
    'Strict-Transport-Security': 'max-age=31536000',
    'x-ms-ags-diagnostic': JSON.stringify({
      ServerInfo: { DataCenter: 'Emulator', Slice: 'E', Ring: '0', ScaleUnit: '000' },
    }),
  });
  if (contentType) headers.set('Content-Type', contentType);
  return headers;
}

export function odataJson(
  ids: RequestIds,
  body: unknown,
  status = 200,
  extra: Record<string, string> = {},
): Response {
  const headers = baseHeaders(ids, ODATA_CONTENT_TYPE);
  for (const [k, v] of Object.entries(extra)) headers.set(k, v);
  return new Response(JSON.stringify(body), { status, headers });
}

export function noContent(ids: RequestIds): Response {
  return new Response(null, { status: 204, headers: baseHeaders(ids) });
}

/** The `error` object of Graph's envelope, shared by top-level and `$batch` item answers. */
export function errorBody(
  error: GraphApiError,
  ids: RequestIds,
): { error: Record<string, unknown> } {
  // Graph's throttling answer carries code/status inside innerError (GRAPH-PIM.md §9).
  const innerError: Record<string, string> =
    error.status === 429
      ? { code: '429', status: '429', date: ids.date, 'request-id': ids.requestId }
      : { date: ids.date, 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId };
  return { error: { code: error.code, message: error.message, ...error.details, innerError } };
}

export function errorResponse(error: GraphApiError, ids: RequestIds): Response {
  const headers = baseHeaders(ids, ERROR_CONTENT_TYPE);
  for (const [k, v] of Object.entries(error.headers)) headers.set(k, v);
  return new Response(JSON.stringify(errorBody(error, ids)), { status: error.status, headers });
}

/** Turns anything thrown while answering into Graph's envelope; unknown failures become 500. */
export function toGraphApiError(thrown: unknown): GraphApiError {
  if (thrown instanceof GraphApiError) return thrown;
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  return new GraphApiError(500, 'InternalServerError', `The emulator failed: ${detail}`);
}

export function badRequest(message: string, code = 'BadRequest'): GraphApiError {
  return new GraphApiError(400, code, message);
}

/** Graph's answer for a path segment no route knows. */
export function segmentNotFound(segment: string): GraphApiError {
  return badRequest(`Resource not found for the segment '${segment}'.`);
}
