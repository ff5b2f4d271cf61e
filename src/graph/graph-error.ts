import { claimsFromAcrsMessage, claimsFromWwwAuthenticate } from './claims.ts';
import { ClientErrorCode } from './error-codes.ts';
import { parseRetryAfter } from './retry.ts';

export interface GraphErrorInit {
  /** HTTP status, or 0 when there was no HTTP answer (network error, timeout). */
  status: number;
  code: string;
  message: string;
  /** For `UnknownError` replies whose message is JSON: its `errorCode` (e.g. `PermissionScopeNotGranted`). */
  innerCode?: string;
  requestId?: string;
  clientRequestId?: string;
  date?: string;
  /** Decoded claims JSON to pass to the token function when Graph asks for a step-up. */
  claims?: string;
  /** How long Graph asked us to wait (429, 503), in milliseconds. */
  retryAfterMs?: number;
  cause?: unknown;
}

/** Everything a failed Graph call tells us; features branch on `code` (and `innerCode`), never on text. */
export class GraphError extends Error {
  override readonly name = 'GraphError';
  readonly status: number;
  readonly code: string;
  readonly innerCode: string | undefined;
  readonly requestId: string | undefined;
  readonly clientRequestId: string | undefined;
  readonly date: string | undefined;
  readonly claims: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(init: GraphErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.innerCode = init.innerCode;
    this.requestId = init.requestId;
    this.clientRequestId = init.clientRequestId;
    this.date = init.date;
    this.claims = init.claims;
    this.retryAfterMs = init.retryAfterMs;
  }
}

export function isGraphError(error: unknown): error is GraphError {
  return error instanceof GraphError;
}

/** Plain-object view of any header source: a fetch `Headers` or a `$batch` item's header map. */
export function toHeaders(source: Headers | Record<string, string> | undefined): Headers {
  if (source instanceof Headers) return source;
  const headers = new Headers();
  for (const [name, value] of Object.entries(source ?? {})) {
    if (typeof value === 'string') headers.set(name, value);
  }
  return headers;
}

export interface ErrorReply {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
  clientRequestId?: string;
  now: number;
}

/** Turns a non-2xx reply (a whole response or one `$batch` item) into a `GraphError`. */
export function graphErrorFromReply(reply: ErrorReply): GraphError {
  const envelope = readEnvelope(reply.body);
  const headers = reply.headers;
  const rawMessage = envelope?.message ?? '';
  const wrapped = envelope?.code === 'UnknownError' ? readWrappedMessage(rawMessage) : undefined;
  const code = envelope?.code || ClientErrorCode.unexpectedResponse;
  const message =
    wrapped?.message ??
    (rawMessage || `Microsoft Graph answered HTTP ${reply.status} without an error description.`);
  return new GraphError({
    status: reply.status,
    code,
    message,
    innerCode: wrapped?.errorCode,
    requestId: envelope?.requestId ?? headers.get('request-id') ?? undefined,
    clientRequestId:
      envelope?.clientRequestId ?? headers.get('client-request-id') ?? reply.clientRequestId,
    date: envelope?.date ?? headers.get('date') ?? undefined,
    claims:
      claimsFromWwwAuthenticate(headers.get('www-authenticate')) ??
      claimsFromAcrsMessage([code, wrapped?.errorCode ?? ''], rawMessage),
    retryAfterMs: parseRetryAfter(headers.get('retry-after'), reply.now),
  });
}

interface Envelope {
  code: string;
  message: string;
  requestId?: string;
  clientRequestId?: string;
  date?: string;
}

function readEnvelope(body: unknown): Envelope | undefined {
  if (!isRecord(body) || !isRecord(body.error)) return undefined;
  const { code, message, innerError } = body.error;
  const inner = isRecord(innerError) ? innerError : {};
  return {
    code: typeof code === 'string' ? code : '',
    message: typeof message === 'string' ? message : '',
    requestId: stringOrUndefined(inner['request-id']),
    clientRequestId: stringOrUndefined(inner['client-request-id']),
    date: stringOrUndefined(inner.date),
  };
}

/** PIM wraps some failures as `UnknownError` whose message is itself JSON carrying `errorCode`. */
function readWrappedMessage(
  message: string,
): { errorCode: string; message: string | undefined } | undefined {
  if (!message.trimStart().startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(message);
    if (!isRecord(parsed) || typeof parsed.errorCode !== 'string') return undefined;
    return { errorCode: parsed.errorCode, message: stringOrUndefined(parsed.message) || undefined };
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
