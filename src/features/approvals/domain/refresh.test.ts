import { describe, expect, it } from 'vitest';
import { queueRefreshInterval, VISIBLE_REFRESH_MS } from './refresh.ts';

describe('queueRefreshInterval', () => {
  it('refreshes every minute while visible and backs off the longer the tab stays hidden', () => {
    expect(queueRefreshInterval(null)).toBe(VISIBLE_REFRESH_MS);
    expect(queueRefreshInterval(0)).toBe(120_000);
    expect(queueRefreshInterval(30 * 60_000)).toBe(300_000);
    expect(queueRefreshInterval(3 * 3_600_000)).toBe(900_000);
  });
});
