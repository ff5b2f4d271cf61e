/**
 * How often the open queue is read again. While the tab is visible, every minute; while it is
 * hidden, less and less often the longer it stays hidden (it still refreshes, so that a browser
 * notification can announce new requests to an approver who is working elsewhere).
 */
export const VISIBLE_REFRESH_MS = 60_000;

const MINUTE = 60_000;

/** `hiddenForMs`: how long the tab has been hidden, `null` while it is visible. */
export function queueRefreshInterval(hiddenForMs: number | null): number {
  if (hiddenForMs === null) return VISIBLE_REFRESH_MS;
  if (hiddenForMs < 10 * MINUTE) return 2 * MINUTE;
  if (hiddenForMs < 60 * MINUTE) return 5 * MINUTE;
  return 15 * MINUTE;
}
