import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import type { QueueSort } from '../domain/queue.ts';
import type { QueueRow } from './queue-columns.tsx';

interface Anchor {
  id: string;
  index: number;
}

const anchorAt = (
  rows: readonly QueueRow[],
  top: number,
  rowHeight: number,
): Anchor | undefined => {
  const index = Math.max(0, Math.floor(top / rowHeight));
  const row = rows[index];
  return row ? { id: row.item.id, index } : undefined;
};

/**
 * Keeps the rows the approver is looking at where they are when more rows land above them: a
 * long queue pages in newest first, so with the oldest first every page lands at the top.
 *
 * Untouched (at the top, no pointer or focus in the grid), the top of the list keeps showing
 * the oldest requests read so far: nobody is reading a row yet, and oldest first is what the
 * approver asked for. Once they scroll, point or tab into the grid, the row at the top of the
 * view stays put and the scroll position grows instead, so nothing moves under a pointer that is
 * about to tick a checkbox or press Review. Only growth of the same sorted list is anchored: a new
 * sort or a narrower filter starts from the top as usual.
 */
export function useRowAnchor(
  scrollerRef: RefObject<HTMLDivElement | null>,
  rows: readonly QueueRow[],
  sort: QueueSort,
  rowHeight: number,
  syncScroll: () => void,
) {
  const engaged = useRef(false);
  const anchor = useRef<Anchor | undefined>(undefined);
  const seen = useRef<{ rows: readonly QueueRow[]; sort: QueueSort } | undefined>(undefined);

  useLayoutEffect(() => {
    const element = scrollerRef.current;
    const last = seen.current;
    seen.current = { rows, sort };
    if (!element) return;
    const held = anchor.current;
    const grew = last?.sort === sort && rows.length > last.rows.length;
    if (grew && held && (engaged.current || element.scrollTop > 0)) {
      const index = rows.findIndex((row) => row.item.id === held.id);
      if (index >= 0 && index !== held.index) {
        element.scrollTop += (index - held.index) * rowHeight;
        // Draw the window for the new position now, before the browser paints.
        syncScroll();
      }
    }
    anchor.current = anchorAt(rows, element.scrollTop, rowHeight);
  }, [scrollerRef, rows, sort, rowHeight, syncScroll]);

  const onScrolled = useCallback(
    (top: number) => {
      const current = seen.current;
      if (current) anchor.current = anchorAt(current.rows, top, rowHeight);
    },
    [rowHeight],
  );
  const engage = useCallback(() => {
    engaged.current = true;
  }, []);
  const release = useCallback(() => {
    engaged.current = false;
  }, []);
  return {
    onScrolled,
    engageProps: {
      onPointerEnter: engage,
      onPointerLeave: release,
      onFocus: engage,
      onBlur: release,
    },
  };
}
