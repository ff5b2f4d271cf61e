import { ClientErrorCode } from './error-codes.ts';
import { GraphError, graphErrorFromReply } from './graph-error.ts';
import { abortableSleep, defaultRetryPolicy, retryDelay, type RetryPolicy } from './retry.ts';
import type { FetchLike, GetToken, GraphClientOptions, HttpMethod, Sleep } from './types.ts';

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface SendInput {
  method: HttpMethod;
  /** Absolute URL, already resolved against the base URL. */
  url: string;
  scopes: readonly string[];
  /** `undefined` sends no body (e.g. `/cancel`). */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  claims?: string;
  timeoutMs?: number;
  /** Defaults to "GET only"; `$batch` of GETs sets it. */
  idempotent?: boolean;
}

export type Send = (input: SendInput) => Promise<unknown>;

export interface Runtime {
  getToken: GetToken;
  fetch: FetchLike;
  sleep: Sleep;
  now: () => number;
  random: () => number;
  newRequestId: () => string;
  policy: RetryPolicy;
  timeoutMs: number;
}

interface Reply {
  status: number;
  headers: Headers;
  text: string;
}

/** The client's collaborators, with the browser defaults for whatever the caller left out. */
export function resolveRuntime(options: GraphClientOptions): Runtime {
  return {
    getToken: options.getToken,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    sleep: options.sleep ?? abortableSleep,
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
    newRequestId: options.newRequestId ?? (() => crypto.randomUUID()),
    policy: { ...defaultRetryPolicy, ...options.retry },
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
}

/**
 * The one place that puts a request on the wire: token, headers, timeout, retries, error
 * envelope. Resolves with the parsed JSON body (`undefined` for an empty body such as a 204).
 */
export function createSend(runtime: Runtime): Send {
  return (input) => send(runtime, input);
}

async function send(runtime: Runtime, input: SendInput): Promise<unknown> {
  const idempotent = input.idempotent ?? input.method === 'GET';
  let refreshedToken = false;
  let forceRefresh = false;
  for (let attempt = 1; ; attempt += 1) {
    input.signal?.throwIfAborted();
    const token = await runtime.getToken(input.scopes, {
      claims: input.claims,
      signal: input.signal,
      ...(forceRefresh ? { forceRefresh } : {}),
    });
    forceRefresh = false;
    const clientRequestId = runtime.newRequestId();
    let error: GraphError;
    try {
      const reply = await exchange(runtime, input, token, clientRequestId);
      if (reply.status >= 200 && reply.status < 300) return parseBody(reply, clientRequestId);
      error = graphErrorFromReply({
        status: reply.status,
        headers: reply.headers,
        body: tryParseJson(reply.text),
        clientRequestId,
        now: runtime.now(),
      });
    } catch (caught) {
      if (!(caught instanceof GraphError)) throw caught;
      error = caught;
    }
    // A stale or revoked token: one fresh token, not counted as an attempt. A 401 that carries a
    // claims challenge is not stale, it needs a step-up: that is the caller's decision.
    if (error.status === 401 && !error.claims && !refreshedToken) {
      refreshedToken = true;
      forceRefresh = true;
      attempt -= 1;
      continue;
    }
    const delay = retryDelay(
      {
        status: error.status,
        code: error.code,
        retryAfterMs: error.retryAfterMs,
        idempotent,
        attempt,
      },
      runtime.policy,
      runtime.random,
    );
    if (delay === undefined) throw error;
    await runtime.sleep(delay, input.signal);
  }
}

async function exchange(
  runtime: Runtime,
  input: SendInput,
  token: string,
  clientRequestId: string,
): Promise<Reply> {
  const headers = new Headers(input.headers);
  headers.set('Accept', 'application/json');
  if (input.body !== undefined && !headers.has('Content-Type')) {
    headers.set('Content-Type', 'application/json');
  }
  headers.set('client-request-id', clientRequestId);
  headers.set('Authorization', `Bearer ${token}`);

  // Our own controller so a timeout and the caller's abort both cancel the fetch, yet stay
  // distinguishable: the caller's abort propagates as an abort, a timeout becomes a GraphError.
  const controller = new AbortController();
  const onCallerAbort = (): void => {
    controller.abort();
  };
  input.signal?.throwIfAborted(); // an abort during the token wait fired no event we could hear
  input.signal?.addEventListener('abort', onCallerAbort, { once: true });
  const timeout = { fired: false };
  const timer = setTimeout(() => {
    timeout.fired = true;
    controller.abort();
  }, input.timeoutMs ?? runtime.timeoutMs);
  try {
    const response = await runtime.fetch(input.url, {
      method: input.method,
      headers,
      body: input.body === undefined ? undefined : JSON.stringify(input.body),
      signal: controller.signal,
    });
    // The body is read under the same timeout: a stalled stream is as dead as a stalled connect.
    const text = await response.text();
    return { status: response.status, headers: response.headers, text };
  } catch (cause) {
    input.signal?.throwIfAborted();
    throw new GraphError(
      timeout.fired
        ? {
            status: 0,
            code: ClientErrorCode.timeout,
            message: 'Microsoft Graph did not answer in time.',
            clientRequestId,
            cause,
          }
        : {
            status: 0,
            code: ClientErrorCode.network,
            message: 'Microsoft Graph could not be reached.',
            clientRequestId,
            cause,
          },
    );
  } finally {
    clearTimeout(timer);
    input.signal?.removeEventListener('abort', onCallerAbort);
  }
}

function parseBody(reply: Reply, clientRequestId: string): unknown {
  if (reply.text.trim() === '') return undefined;
  try {
    return JSON.parse(reply.text);
  } catch (cause) {
    throw new GraphError({
      status: reply.status,
      code: ClientErrorCode.malformedResponse,
      message: 'Microsoft Graph sent a reply that is not valid JSON.',
      requestId: reply.headers.get('request-id') ?? undefined,
      clientRequestId,
      date: reply.headers.get('date') ?? undefined,
      cause,
    });
  }
}

function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
