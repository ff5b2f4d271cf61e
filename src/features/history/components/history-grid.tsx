import {
  makeStyles,
  Table,
  TableBody,
  TableHeader,
  TableRow,
  tokens,
  useArrowNavigationGroup,
  useTableColumnSizing_unstable,
  useTableFeatures,
} from '@fluentui/react-components';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, type CSSProperties } from 'react';
import { SortHeaderCell } from '../../../components/sort-header-cell.tsx';
import { useRowWindow } from '../../../components/use-row-window.ts';
import { useRowActualTimes } from '../api/get-actual-times.ts';
import { useRowApprovers } from '../api/get-approval-decisions.ts';
import type { HistorySort } from '../model/history-params.ts';
import type { HistoryRequest } from '../model/history-request.ts';
import { historyColumnSizing, historyColumns, sizedHistoryColumns } from './history-columns.tsx';
import { HistoryGridRow, ROW_HEIGHT } from './history-grid-row.tsx';
import { useSettled } from './use-settled.ts';

/** The scroller's height: the sticky header and about thirteen rows. */
const SCROLLER_HEIGHT = 604;
/** Rows drawn beyond each edge: enough for keyboard and wheel steps, few to draw per update. */
const OVERSCAN = 3;
/** Ask for the next page this many rows before the end, so it is often there in time. */
const NEAR_END_ROWS = 25;
const NO_ITEMS: HistoryRequest[] = [];

const useStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    // Rows drawn and dropped while scrolling never lay out the page again.
    contain: 'strict',
    height: `${String(SCROLLER_HEIGHT)}px`,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  grid: { minWidth: '1900px' },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export interface HistoryGridProps {
  rows: readonly HistoryRequest[];
  /** Every loaded request: a deactivation among them tells when an activation really ended. */
  loaded: readonly HistoryRequest[];
  /** When the page was opened: what counts as ended. */
  now: number;
  sort: HistorySort;
  onSortChange: (sort: HistorySort) => void;
  onOpen: (row: HistoryRequest) => void;
  /** Called when the user scrolls near the end of what is loaded. */
  onNearEnd: () => void;
  /** The next page is on its way: the rows' details wait for it (see `useSettled`). */
  loadingMore: boolean;
  /** Names the list (e.g. the filters Graph applied): a new list starts at its top. */
  listKey: string;
}

/**
 * The labelled "Activation history" grid. Only the rows in view (plus a few) are drawn, between
 * two spacers, so 100,000 loaded rows scroll as smoothly as 50. Built from Fluent's table parts
 * rather than DataGrid: DataGrid shares one store with every cell, and each redraw of the grid
 * (a page landing, a filter, the approvers arriving) drew every cell again in one long task.
 * Here a row draws again only when its own props change. `aria-rowcount`/`aria-rowindex` place
 * each drawn row for assistive technology, and the arrow keys move between the grid's controls.
 */
export const HistoryGrid = memo(function HistoryGrid({
  rows,
  loaded,
  now,
  sort,
  onSortChange,
  onOpen,
  onNearEnd,
  loadingMore,
  listKey,
}: HistoryGridProps) {
  const styles = useStyles();
  const arrows = useArrowNavigationGroup({ axis: 'grid-linear' });
  const view = useRowWindow(rows.length, ROW_HEIGHT, OVERSCAN, SCROLLER_HEIGHT);
  const { first, last, scrollerRef, syncScroll } = view;
  const shownList = useRef(listKey);
  useLayoutEffect(() => {
    if (shownList.current === listKey) return;
    shownList.current = listKey;
    const scroller = scrollerRef.current;
    if (scroller && scroller.scrollTop !== 0) {
      scroller.scrollTop = 0;
      syncScroll();
    }
  }, [listKey, scrollerRef, syncScroll]);
  const visible = useMemo(() => rows.slice(first, last), [rows, first, last]);
  // Read approvers and audit entries for the rows the user stopped at, not every row scrolled past.
  const settled = useSettled(visible, 250, loadingMore);
  const approvers = useRowApprovers(settled);
  const actual = useRowActualTimes(settled, loaded, now);

  const { tableRef, columnSizing_unstable: sizing } = useTableFeatures(
    { columns: sizedHistoryColumns, items: NO_ITEMS },
    [useTableColumnSizing_unstable({ columnSizingOptions: historyColumnSizing })],
  );
  const { getTableCellProps } = sizing;
  const cellStyles = useMemo(() => {
    const byColumn: Record<string, CSSProperties | undefined> = {};
    for (const column of historyColumns) {
      byColumn[column.id] = getTableCellProps(column.id).style;
    }
    return byColumn;
  }, [getTableCellProps]);

  const nearEnd = last >= rows.length - NEAR_END_ROWS;
  useEffect(() => {
    if (nearEnd) onNearEnd();
  }, [nearEnd, rows.length, onNearEnd]);

  return (
    <div ref={view.scrollerRef} className={styles.scroller} onScroll={view.onScroll}>
      <Table
        ref={tableRef}
        {...sizing.getTableProps()}
        className={styles.grid}
        role="grid"
        aria-label="Activation history"
        aria-rowcount={rows.length + 1}
        noNativeElements
        sortable
        {...arrows}
      >
        <TableHeader className={styles.header}>
          <TableRow aria-rowindex={1}>
            {historyColumns.map((column) => {
              const direction = sort.column === column.id ? sort.direction : undefined;
              return (
                <SortHeaderCell
                  key={column.id}
                  {...sizing.getTableHeaderCellProps(column.id)}
                  direction={direction}
                  onSort={
                    column.sortable
                      ? (next) => {
                          onSortChange({ column: column.id, direction: next });
                        }
                      : undefined
                  }
                >
                  {column.header}
                </SortHeaderCell>
              );
            })}
          </TableRow>
        </TableHeader>
        <TableBody style={{ paddingTop: view.paddingTop, paddingBottom: view.paddingBottom }}>
          {visible.map((row, offset) => (
            <HistoryGridRow
              // Keyed by position: a new list (new filters, another sort) redraws the rows in
              // view in place instead of unmounting them and mounting as many again (each
              // mount inserts its cells' styles and buttons anew). While scrolling, a row keeps
              // its position, so it is not drawn again either.
              key={first + offset}
              row={row}
              index={first + offset}
              approver={approvers[row.id]}
              actual={actual[row.id]}
              cellStyles={cellStyles}
              onOpen={onOpen}
            />
          ))}
        </TableBody>
      </Table>
    </div>
  );
});
