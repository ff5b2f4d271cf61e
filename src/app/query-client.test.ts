import { describe, expect, it } from 'vitest';
import { shouldRetry } from './query-client.ts';

describe('shouldRetry', () => {
  it('never retries a client error', () => {
    expect(shouldRetry(0, { status: 400 })).toBe(false);
    expect(shouldRetry(0, { status: 403, code: 'Authorization_RequestDenied' })).toBe(false);
    expect(shouldRetry(0, { status: 404 })).toBe(false);
  });

  it('never retries a cancelled request', () => {
    expect(shouldRetry(0, new DOMException('aborted', 'AbortError'))).toBe(false);
  });

  it('retries server and network errors twice', () => {
    expect(shouldRetry(0, { status: 503 })).toBe(true);
    expect(shouldRetry(1, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetry(2, { status: 500 })).toBe(false);
  });
});
