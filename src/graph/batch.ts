import {
  batchKey,
  chunkBatchItems,
  validateBatchItems,
  type BatchRequestItem,
} from './batch-chunks.ts';
import { ClientErrorCode } from './error-codes.ts';
import { GraphError, graphErrorFromReply, isRecord, toHeaders } from './graph-error.ts';
import { retryDelay, type RetryPolicy } from './retry.ts';
import type { Sleep } from './types.ts';

export type BatchItemResult<T> =
  | { id: string; ok: true; status: number; headers: Record<string, string>; body: T }
  | { id: string; ok: false; status: number; headers: Record<string, string>; error: GraphError };

export interface BatchRuntime {
  /** POSTs one `$batch` body; `idempotent` when every item is a GET (safe to resend on 5xx). */
  post: (body: { requests: unknown[] }, idempotent: boolean) => Promise<unknown>;
  sleep: Sleep;
  now: () => number;
  random: () => number;
  policy: RetryPolicy;
  signal?: AbortSignal;
  /** Batches in flight at once. */
  concurrency: number;
}

interface Round<T> {
  results: Map<string, BatchItemResult<T>>;
  /** Items whose whole batch failed: already retried by the request core, never again here. */
  settled: Set<string>;
}

/**
 * Runs any number of requests through `$batch`, 20 per call, and answers one result per item in
 * the order given. Graph throttles batch items one by one (429 inside a 200 batch): those items,
 * and the 424s that failed only because they depended on one, are resent in a new batch after
 * the longest `Retry-After`, for at most `policy.maxAttempts` rounds. Resending a throttled POST
 * or PATCH is safe because a 429 means Graph did not process it. Any other failure of an item is
 * final and returned, never retried: a write that failed otherwise may have taken effect.
 */
export async function runBatch<T>(
  items: readonly BatchRequestItem[],
  runtime: BatchRuntime,
): Promise<BatchItemResult<T>[]> {
  validateBatchItems(items);
  const final = new Map<string, BatchItemResult<T>>();
  let pending: readonly BatchRequestItem[] = items;
  for (let round = 1; pending.length > 0; round += 1) {
    const { results, settled } = await sendRound<T>(pending, runtime);
    const resend = throttledWithDependents(pending, results, settled);
    for (const [key, result] of results) final.set(key, result);
    if (resend.size === 0) break;

    const waits = [...resend].flatMap((key) => {
      const result = results.get(key);
      return result?.ok === false && result.error.retryAfterMs !== undefined
        ? [result.error.retryAfterMs]
        : [];
    });
    const delay = retryDelay(
      {
        status: 429,
        code: 'TooManyRequests',
        retryAfterMs: waits.length > 0 ? Math.max(...waits) : undefined,
        idempotent: true,
        attempt: round,
      },
      runtime.policy,
      runtime.random,
    );
    // Out of attempts, or asked to wait too long: the 429 results stand as the answer.
    if (delay === undefined) break;
    await runtime.sleep(delay, runtime.signal);
    // A dependency that already succeeded is not in the new batch, and Graph refuses a
    // `dependsOn` naming an id outside the batch: keep only the links among resent items.
    pending = pending
      .filter((item) => resend.has(batchKey(item.id)))
      .map((item) => ({
        ...item,
        dependsOn: item.dependsOn?.filter((id) => resend.has(batchKey(id))),
      }));
  }
  return items.map(
    (item) =>
      final.get(batchKey(item.id)) ??
      failure<T>(item.id, 0, {}, missing('Microsoft Graph did not answer this batch item.')),
  );
}

/** 429 items, plus 424 items that depend (directly or not) on one of them. */
function throttledWithDependents<T>(
  items: readonly BatchRequestItem[],
  results: Map<string, BatchItemResult<T>>,
  settled: Set<string>,
): Set<string> {
  const resend = new Set<string>();
  for (const item of items) {
    const key = batchKey(item.id);
    if (!settled.has(key) && results.get(key)?.status === 429) resend.add(key);
  }
  for (let grew = resend.size > 0; grew;) {
    grew = false;
    for (const item of items) {
      const key = batchKey(item.id);
      if (resend.has(key) || settled.has(key) || results.get(key)?.status !== 424) continue;
      if (item.dependsOn?.some((id) => resend.has(batchKey(id)))) {
        resend.add(key);
        grew = true;
      }
    }
  }
  return resend;
}

async function sendRound<T>(
  items: readonly BatchRequestItem[],
  runtime: BatchRuntime,
): Promise<Round<T>> {
  const round: Round<T> = { results: new Map(), settled: new Set() };
  const queue = chunkBatchItems(items);
  const worker = async (): Promise<void> => {
    for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
      await sendChunk(chunk, runtime, round);
    }
  };
  const workers = Math.max(1, Math.min(runtime.concurrency, queue.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return round;
}

async function sendChunk<T>(
  chunk: readonly BatchRequestItem[],
  runtime: BatchRuntime,
  round: Round<T>,
): Promise<void> {
  let reply: unknown;
  try {
    reply = await runtime.post(
      { requests: chunk.map(toWireRequest) },
      chunk.every((item) => item.method === 'GET'),
    );
  } catch (error) {
    if (!(error instanceof GraphError)) throw error; // aborts and programming errors
    for (const item of chunk) {
      round.results.set(batchKey(item.id), failure<T>(item.id, error.status, {}, error));
      round.settled.add(batchKey(item.id));
    }
    return;
  }
  const responses = isRecord(reply) && Array.isArray(reply.responses) ? reply.responses : [];
  const byKey = new Map<string, unknown>();
  for (const response of responses) {
    if (isRecord(response) && typeof response.id === 'string') {
      byKey.set(batchKey(response.id), response);
    }
  }
  for (const item of chunk) {
    const response = byKey.get(batchKey(item.id));
    round.results.set(batchKey(item.id), toResult<T>(item.id, response, runtime.now()));
  }
}

function toWireRequest(item: BatchRequestItem): Record<string, unknown> {
  const headers = { ...item.headers };
  const hasContentType = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
  // Graph rejects a batch item that has a body but no Content-Type.
  if (item.body !== undefined && !hasContentType) headers['Content-Type'] = 'application/json';
  return {
    id: item.id,
    method: item.method,
    url: item.url,
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    ...(item.body !== undefined ? { body: item.body } : {}),
    ...(item.dependsOn && item.dependsOn.length > 0 ? { dependsOn: item.dependsOn } : {}),
  };
}

function toResult<T>(id: string, response: unknown, now: number): BatchItemResult<T> {
  if (!isRecord(response) || typeof response.status !== 'number') {
    return failure<T>(id, 0, {}, missing('Microsoft Graph did not answer this batch item.'));
  }
  const headers: Record<string, string> = {};
  if (isRecord(response.headers)) {
    for (const [name, value] of Object.entries(response.headers)) {
      if (typeof value === 'string') headers[name] = value;
    }
  }
  const { status, body } = response;
  if (status >= 200 && status < 300) return { id, ok: true, status, headers, body: body as T };
  const error = graphErrorFromReply({ status, headers: toHeaders(headers), body, now });
  return failure<T>(id, status, headers, error);
}

function failure<T>(
  id: string,
  status: number,
  headers: Record<string, string>,
  error: GraphError,
): BatchItemResult<T> {
  return { id, ok: false, status, headers, error };
}

function missing(message: string): GraphError {
  return new GraphError({ status: 0, code: ClientErrorCode.missingBatchResponse, message });
}
