import { describe, expect, it } from 'vitest';
import {
  abortableSleep,
  backoffDelay,
  defaultRetryPolicy,
  parseRetryAfter,
  retryDelay,
  type RetryContext,
} from './retry.ts';

const NOW = Date.parse('2026-11-29T10:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP-dates, and ignores garbage', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter('1.5', NOW)).toBe(1500);
    expect(parseRetryAfter('Sun, 29 Nov 2026 10:00:30 GMT', NOW)).toBe(30_000);
    expect(parseRetryAfter('Sun, 29 Nov 2026 09:00:00 GMT', NOW)).toBe(0);
    expect(parseRetryAfter('-5', NOW)).toBeUndefined();
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter('', NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('doubles from the base, caps the step, and jitters within its upper half', () => {
    const policy = { ...defaultRetryPolicy, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, policy, () => 1))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
    expect([1, 2, 3].map((n) => backoffDelay(n, policy, () => 0))).toEqual([50, 100, 200]);
    expect(backoffDelay(2, policy, () => 0.5)).toBe(150);
  });
});

describe('retryDelay', () => {
  const context = (patch: Partial<RetryContext>): RetryContext => ({
    status: 503,
    code: 'ServiceUnavailable',
    retryAfterMs: undefined,
    idempotent: true,
    attempt: 1,
    ...patch,
  });
  const delay = (patch: Partial<RetryContext>) =>
    retryDelay(context(patch), defaultRetryPolicy, () => 1);

  it('retries 429 for any method, honouring Retry-After up to the cap', () => {
    expect(delay({ status: 429, idempotent: false, retryAfterMs: 5000 })).toBe(5000);
    expect(delay({ status: 429, idempotent: false })).toBe(500);
    expect(delay({ status: 429, retryAfterMs: 61_000 })).toBeUndefined();
  });

  it('retries transient failures of idempotent requests only', () => {
    expect(delay({ status: 503, retryAfterMs: 3000 })).toBe(3000);
    expect(delay({ status: 504, attempt: 2 })).toBe(1000);
    expect(delay({ status: 0, code: 'NetworkError' })).toBe(500);
    expect(delay({ status: 0, code: 'Timeout' })).toBe(500);
    expect(delay({ status: 503, idempotent: false })).toBeUndefined();
    expect(delay({ status: 0, code: 'NetworkError', idempotent: false })).toBeUndefined();
    expect(delay({ status: 400, code: 'BadRequest' })).toBeUndefined();
    expect(delay({ status: 404, code: 'NotFound' })).toBeUndefined();
  });

  it('stops after maxAttempts', () => {
    expect(delay({ attempt: 3 })).toBe(2000);
    expect(delay({ attempt: 4 })).toBeUndefined();
    expect(delay({ status: 429, retryAfterMs: 1, attempt: 4 })).toBeUndefined();
  });
});

describe('abortableSleep', () => {
  it('rejects at once when the signal is already aborted, and when it aborts later', async () => {
    await expect(abortableSleep(10, AbortSignal.abort())).rejects.toMatchObject({
      name: 'AbortError',
    });
    const controller = new AbortController();
    const waiting = abortableSleep(60_000, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
  });
});
