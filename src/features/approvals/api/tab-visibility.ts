let hiddenSince: number | null = null;
let watching = false;

/**
 * How long the page has been hidden (another tab, a minimised window), or `null` while it is
 * visible. Starts watching `visibilitychange` on first use; one listener serves the whole app.
 */
export function hiddenForMs(now: number = Date.now()): number | null {
  if (typeof document === 'undefined') return null;
  if (!watching) {
    watching = true;
    hiddenSince = document.hidden ? now : null;
    document.addEventListener('visibilitychange', () => {
      hiddenSince = document.hidden ? Date.now() : null;
    });
  }
  if (!document.hidden) return null;
  return Math.max(0, now - (hiddenSince ?? now));
}
