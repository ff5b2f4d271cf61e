import { useCallback, useLayoutEffect, useRef, useState, type UIEvent } from 'react';

/** Drawn before the scroll container has been measured (and in tests without layout). */
const FALLBACK_VIEWPORT = 800;

export interface RowWindow {
  /** Attach to the element that scrolls (a fixed or maximum height, `overflow: auto`). */
  scrollerRef: React.RefObject<HTMLDivElement | null>;
  onScroll: (event: UIEvent<HTMLDivElement>) => void;
  /** The rows to draw: `first` (inclusive) to `last` (exclusive). */
  first: number;
  last: number;
  /** Space that stands in for the rows above and below the window, in pixels. */
  paddingTop: number;
  paddingBottom: number;
  /** Reads the scroll position again after the caller moved it (e.g. to keep rows in place). */
  syncScroll: () => void;
}

/**
 * The window of equal-height rows to draw in a scrolling list: rows outside it are replaced by
 * padding, so a list of hundreds or thousands renders (and re-renders) only what is in view.
 * The arithmetic needs every row to have the same height, which the caller's row style fixes.
 */
export function useRowWindow(
  count: number,
  rowHeight: number,
  overscan = 8,
  /** The scroller's height when the caller fixes it: the first render then draws no extra rows. */
  viewportHint = FALLBACK_VIEWPORT,
): RowWindow {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(viewportHint);

  useLayoutEffect(() => {
    const element = scrollerRef.current;
    if (!element) return;
    const measure = () => {
      if (element.clientHeight > 0) setViewport(element.clientHeight);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, []);

  const onScroll = useCallback((event: UIEvent<HTMLDivElement>) => {
    setScrollTop(event.currentTarget.scrollTop);
  }, []);

  const syncScroll = useCallback(() => {
    const element = scrollerRef.current;
    if (element) setScrollTop(element.scrollTop);
  }, []);

  // A shorter list (after filtering) may leave the old scroll position past its end.
  const top = Math.min(scrollTop, Math.max(0, count * rowHeight - viewport));
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((top + viewport) / rowHeight) + overscan);
  return {
    scrollerRef,
    onScroll,
    first,
    last,
    paddingTop: first * rowHeight,
    paddingBottom: Math.max(0, count - last) * rowHeight,
    syncScroll,
  };
}
