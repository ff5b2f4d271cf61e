import {
  createTableColumn,
  makeStyles,
  Table,
  TableBody,
  TableHeader,
  TableRow,
  TableSelectionCell,
  tokens,
  useArrowNavigationGroup,
  useTableColumnSizing_unstable,
  useTableFeatures,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import { memo, useCallback, useMemo, type CSSProperties, type UIEvent } from 'react';
import { SortHeaderCell } from '../../../components/sort-header-cell.tsx';
import { useRowWindow } from '../../../components/use-row-window.ts';
import type { QueueSort, SortKey } from '../domain/queue.ts';
import { queueColumns, type QueueRow } from './queue-columns.tsx';
import { QueueGridRow, ROW_HEIGHT } from './queue-grid-row.tsx';
import { toggleOne } from '../../../domain/selection.ts';
import { allState, toggleAll } from './queue-selection.ts';
import { useRowAnchor } from './use-row-anchor.ts';

// A few rows beyond each edge: enough for keyboard and wheel steps, few to draw per update.
const OVERSCAN = 5;

const useStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    // What happens inside (rows drawn and dropped while scrolling) never lays out the page again.
    contain: 'strict',
    height: 'min(70vh, 720px)',
    minHeight: '320px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  grid: { minWidth: '1100px' },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

const columnSizingOptions = {
  requester: { idealWidth: 200, minWidth: 140 },
  target: { idealWidth: 220, minWidth: 140 },
  justification: { idealWidth: 220, minWidth: 120 },
  ticket: { idealWidth: 120, minWidth: 80 },
  requested: { idealWidth: 140, minWidth: 100 },
  createdAt: { idealWidth: 140, minWidth: 100 },
  deadline: { idealWidth: 140, minWidth: 110 },
  plane: { idealWidth: 80, minWidth: 70 },
  review: { idealWidth: 90, minWidth: 90 },
};

const SORTABLE: readonly string[] = ['createdAt', 'deadline', 'requester', 'target'] as const;
const isSortKey = (id: string): id is SortKey => SORTABLE.includes(id);

/** The sizing hook needs every column, the review button's included (it is drawn by the row). */
const sizedColumns: TableColumnDefinition<QueueRow>[] = [
  ...queueColumns,
  createTableColumn<QueueRow>({ columnId: 'review', renderHeaderCell: () => 'Review' }),
];
const NO_ITEMS: QueueRow[] = [];

export interface QueueGridProps {
  rows: QueueRow[];
  sort: QueueSort;
  onSortChange: (sort: QueueSort) => void;
  selected: ReadonlySet<string>;
  /** Takes an update of the selection (a state setter), so rows need not know the selection. */
  onSelectionChange: (update: (selected: ReadonlySet<string>) => Set<string>) => void;
  onOpen: (id: string) => void;
}

/**
 * The queue as a grid that holds only the rows in view, between two spacers, so thousands of
 * requests stay smooth. Built from Fluent's table parts rather than DataGrid: DataGrid shares one
 * store with every cell, and each redraw of the grid (every page of a long queue) made every
 * drawn cell render again at once, in one long task. Here a row draws again only when its own
 * props change. Selection lives here for every row, so "Select all" means all rows that match
 * the filters; `aria-rowcount`/`aria-rowindex` place each drawn row for assistive technology,
 * and the arrow keys move between the grid's controls.
 */
export const QueueGrid = memo(function QueueGrid(props: QueueGridProps) {
  const { rows, sort, onSortChange, selected, onSelectionChange, onOpen } = props;
  const styles = useStyles();
  const arrows = useArrowNavigationGroup({ axis: 'grid-linear' });
  const rowWindow = useRowWindow(rows.length, ROW_HEIGHT, OVERSCAN);
  const { tableRef, columnSizing_unstable: sizing } = useTableFeatures(
    { columns: sizedColumns, items: NO_ITEMS },
    [useTableColumnSizing_unstable({ columnSizingOptions })],
  );
  const { getTableCellProps } = sizing;
  const cellStyles = useMemo(() => {
    const byColumn: Record<string, CSSProperties | undefined> = {};
    for (const column of sizedColumns) {
      const { style } = getTableCellProps(column.columnId);
      byColumn[String(column.columnId)] = style;
    }
    return byColumn;
  }, [getTableCellProps]);

  const onToggle = useCallback(
    (id: string) => {
      onSelectionChange((current) => toggleOne(current, id));
    },
    [onSelectionChange],
  );
  const { onScrolled, engageProps } = useRowAnchor(
    rowWindow.scrollerRef,
    rows,
    sort,
    ROW_HEIGHT,
    rowWindow.syncScroll,
  );
  const { onScroll } = rowWindow;
  const scrolled = useCallback(
    (event: UIEvent<HTMLDivElement>) => {
      onScroll(event);
      onScrolled(event.currentTarget.scrollTop);
    },
    [onScroll, onScrolled],
  );
  const drawn = rows.slice(rowWindow.first, rowWindow.last);
  const all = allState(selected, rows);

  return (
    <div
      ref={rowWindow.scrollerRef}
      className={styles.scroller}
      onScroll={scrolled}
      {...engageProps}
    >
      <Table
        ref={tableRef}
        {...sizing.getTableProps()}
        className={styles.grid}
        role="grid"
        aria-label="Requests waiting for you"
        aria-rowcount={rows.length + 1}
        aria-multiselectable
        noNativeElements
        sortable
        {...arrows}
      >
        <TableHeader className={styles.header}>
          <TableRow aria-rowindex={1}>
            <TableSelectionCell
              checked={all}
              checkboxIndicator={{ 'aria-label': 'Select all requests' }}
              onClick={() => {
                onSelectionChange((current) => toggleAll(current, rows));
              }}
            />
            {sizedColumns.map((column) => {
              const id = String(column.columnId);
              const sortable = isSortKey(id);
              const direction = sort.key === id ? sort.direction : undefined;
              return (
                <SortHeaderCell
                  key={id}
                  {...sizing.getTableHeaderCellProps(column.columnId)}
                  direction={direction}
                  onSort={
                    sortable
                      ? (next) => {
                          onSortChange({ key: id, direction: next });
                        }
                      : undefined
                  }
                >
                  {column.renderHeaderCell()}
                </SortHeaderCell>
              );
            })}
          </TableRow>
        </TableHeader>
        <TableBody
          style={{ paddingTop: rowWindow.paddingTop, paddingBottom: rowWindow.paddingBottom }}
        >
          {drawn.map((row, offset) => (
            <QueueGridRow
              key={row.item.id}
              row={row}
              index={rowWindow.first + offset}
              selected={selected.has(row.item.id)}
              columns={queueColumns}
              cellStyles={cellStyles}
              onToggle={onToggle}
              onOpen={onOpen}
            />
          ))}
        </TableBody>
      </Table>
    </div>
  );
});
