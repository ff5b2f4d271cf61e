import { ClientErrorCode } from './error-codes.ts';

/**
 * When to try a Graph call again, and how long to wait first.
 *
 * - 429 is retried for every method: Graph rejected the request before doing anything, so
 *   resending a POST cannot apply it twice. We wait what `Retry-After` says, and give up at once
 *   when it asks for longer than `maxRetryAfterMs` (the user is better served by an error that
 *   says "try again in N minutes" than by a spinner).
 * - 5xx, network errors and timeouts are retried only for idempotent reads. A POST that failed
 *   that way may or may not have been applied (an activation request could exist); resending it
 *   could create a duplicate, so the caller decides.
 */

export interface RetryPolicy {
  /** Tries in total, the first one included. */
  maxAttempts: number;
  /** First backoff step when the server gives no `Retry-After`. */
  baseDelayMs: number;
  /** Ceiling of one backoff step. */
  maxDelayMs: number;
  /** The longest `Retry-After` we are willing to sit through; longer surfaces the error. */
  maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

/** Seconds (`120`) or an HTTP-date (`Wed, 21 Oct 2015 07:28:00 GMT`) to milliseconds from `now`. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // HTTP-dates always name the weekday or month in letters; this keeps `Date.parse` away from
  // garbage such as "-5" that it would happily read as a year.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random, so clients that
 * failed together do not come back together, yet every retry still waits a while.
 * `retry` counts from 1 (the first retry).
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  const jitter = Math.min(1, Math.max(0, random()));
  return Math.round(step / 2 + (step / 2) * jitter);
}

export interface RetryContext {
  /** HTTP status, 0 when no answer arrived. */
  status: number;
  /** `NetworkError`, `Timeout`, or Graph's code. */
  code: string;
  retryAfterMs: number | undefined;
  /** Whether resending cannot change the outcome (GET, or a `$batch` of GETs only). */
  idempotent: boolean;
  /** Tries made so far, the failed one included. */
  attempt: number;
}

const TRANSIENT_STATUSES = new Set([500, 502, 503, 504]);

/** Milliseconds to wait before the next try, or `undefined` to give up and surface the error. */
export function retryDelay(
  context: RetryContext,
  policy: RetryPolicy,
  random: () => number,
): number | undefined {
  if (context.attempt >= policy.maxAttempts) return undefined;
  const backoff = (): number => backoffDelay(context.attempt, policy, random);
  if (context.status === 429) return withinCap(context.retryAfterMs ?? backoff(), policy);
  if (!context.idempotent) return undefined;
  if (context.status === 0) {
    return context.code === ClientErrorCode.network || context.code === ClientErrorCode.timeout
      ? backoff()
      : undefined;
  }
  if (TRANSIENT_STATUSES.has(context.status)) {
    return withinCap(context.retryAfterMs ?? backoff(), policy);
  }
  return undefined;
}

function withinCap(delay: number, policy: RetryPolicy): number | undefined {
  return delay > policy.maxRetryAfterMs ? undefined : delay;
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortReason(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The error `signal.throwIfAborted()` would throw, as a value for `reject`. */
export function abortReason(signal: AbortSignal | undefined): Error {
  try {
    signal?.throwIfAborted();
  } catch (reason) {
    if (reason instanceof Error) return reason;
  }
  return new DOMException('The operation was aborted.', 'AbortError');
}
