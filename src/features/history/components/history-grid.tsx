import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { memo, useEffect, useMemo } from 'react';
import { useRowWindow } from '../../../components/use-row-window.ts';
import { useRowActualTimes } from '../api/get-actual-times.ts';
import { useRowApprovers } from '../api/get-approval-decisions.ts';
import type { HistorySort } from '../model/history-params.ts';
import type { HistoryRequest } from '../model/history-request.ts';
import type { SortColumn } from '../model/refine.ts';
import { historyColumnSizing, historyColumns } from './history-columns.tsx';
import { useSettled } from './use-settled.ts';

const ROW_HEIGHT = 44;
const VIEWPORT_HEIGHT = 560;
/**
 * Rows drawn beyond the viewport. Every drawn cell subscribes to the grid's context (Fluent's
 * context selector), so each extra row costs on every scroll step: three rows are enough to
 * hide the redraw at 44 px a row.
 */
const OVERSCAN = 3;
/** Ask for the next page this many rows before the end, so it is often there in time. */
const NEAR_END_ROWS = 25;

const getRowId = (row: HistoryRequest) => `${row.plane}:${row.id}`;

const useStyles = makeStyles({
  scroller: { overflowX: 'auto' },
  grid: { minWidth: '1900px' },
  viewport: {
    height: `${String(VIEWPORT_HEIGHT)}px`,
    overflowY: 'auto',
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  row: { height: `${String(ROW_HEIGHT)}px`, boxSizing: 'border-box' },
  cell: { overflow: 'hidden', whiteSpace: 'nowrap' },
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
}

const SORTABLE: ReadonlySet<string> = new Set([
  'requester',
  'target',
  'action',
  'status',
  'created',
  'start',
  'end',
]);

/**
 * The labelled "Activation history" grid. Only the rows in view (plus a few) are rendered, the
 * rest are padding of the same height, so 100,000 loaded rows scroll as smoothly as 50.
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
}: HistoryGridProps) {
  const styles = useStyles();
  const view = useRowWindow(rows.length, ROW_HEIGHT, OVERSCAN, VIEWPORT_HEIGHT);
  const { first, last } = view;
  const visible = useMemo(() => rows.slice(first, last), [rows, first, last]);
  const indexInWindow = useMemo(() => new Map(visible.map((row, i) => [row, i])), [visible]);
  // Read approvers and audit entries for the rows the user stopped at, not every row scrolled past.
  const settled = useSettled(visible, 250, loadingMore);
  const approvers = useRowApprovers(settled);
  const actual = useRowActualTimes(settled, loaded, now);
  const columns = useMemo(
    () => historyColumns(onOpen, { approvers, actual }),
    [onOpen, approvers, actual],
  );

  const nearEnd = last >= rows.length - NEAR_END_ROWS;
  useEffect(() => {
    if (nearEnd) onNearEnd();
  }, [nearEnd, rows.length, onNearEnd]);

  return (
    <div className={styles.scroller}>
      <DataGrid
        className={styles.grid}
        aria-label="Activation history"
        aria-rowcount={rows.length + 1}
        items={visible}
        columns={columns}
        getRowId={getRowId}
        sortable
        sortState={{ sortColumn: sort.column, sortDirection: sort.direction }}
        onSortChange={(_, state) => {
          const column = String(state.sortColumn);
          if (SORTABLE.has(column)) {
            onSortChange({ column: column as SortColumn, direction: state.sortDirection });
          }
        }}
        resizableColumns
        columnSizingOptions={historyColumnSizing}
      >
        <DataGridHeader>
          <DataGridRow aria-rowindex={1}>
            {({ renderHeaderCell }) => (
              <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>
            )}
          </DataGridRow>
        </DataGridHeader>
        <div ref={view.scrollerRef} className={styles.viewport} onScroll={view.onScroll}>
          <DataGridBody<HistoryRequest>
            style={{
              paddingTop: `${String(view.paddingTop)}px`,
              paddingBottom: `${String(view.paddingBottom)}px`,
            }}
          >
            {({ item, rowId }) => (
              <DataGridRow<HistoryRequest>
                key={rowId}
                className={styles.row}
                aria-rowindex={first + (indexInWindow.get(item) ?? 0) + 2}
              >
                {({ renderCell }) => (
                  <DataGridCell className={styles.cell}>{renderCell(item)}</DataGridCell>
                )}
              </DataGridRow>
            )}
          </DataGridBody>
        </div>
      </DataGrid>
    </div>
  );
});
