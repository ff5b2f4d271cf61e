import {
  Button,
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  makeStyles,
  tokens,
  type TableColumnId,
  type TableRowId,
} from '@fluentui/react-components';
import { memo, useMemo } from 'react';
import { useRowWindow } from '../../../components/use-row-window.ts';
import type { QueueSort, SortKey } from '../domain/queue.ts';
import { queueColumns, type QueueRow } from './queue-columns.tsx';
import { nextSelection } from './queue-selection.ts';

/** Every row has the same height, so the window of rows to draw is plain arithmetic. */
export const ROW_HEIGHT = 56;
// A few rows beyond each edge: enough for keyboard and wheel steps, few to draw per update.
const OVERSCAN = 5;

const useStyles = makeStyles({
  scroller: {
    overflow: 'auto',
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
  row: { height: `${String(ROW_HEIGHT)}px`, boxSizing: 'border-box' },
});

const columnSizing = {
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

const SORTABLE: readonly SortKey[] = ['createdAt', 'deadline', 'requester', 'target'];
const isSortKey = (id: TableColumnId): id is SortKey => SORTABLE.includes(id as SortKey);

export interface QueueGridProps {
  rows: QueueRow[];
  sort: QueueSort;
  onSortChange: (sort: QueueSort) => void;
  selected: ReadonlySet<string>;
  onSelectionChange: (selected: Set<string>) => void;
  onOpen: (id: string) => void;
}

const getRowId = (row: QueueRow): string => row.item.id;

/**
 * One drawn row. Memoised on its row object (the same object while the request, its rules and
 * the clock stand still) and its position, so a new page or a selection elsewhere does not draw
 * it again; its checkbox state comes from the grid's selection context, not from props.
 */
const QueueGridRow = memo(function QueueGridRow({ row, index }: { row: QueueRow; index: number }) {
  const styles = useStyles();
  const { requester, target } = row.item;
  return (
    <DataGridRow<QueueRow>
      className={styles.row}
      aria-rowindex={index + 2}
      selectionCell={{
        checkboxIndicator: {
          'aria-label': `Select the request of ${requester.displayName} for ${target.displayName}`,
        },
      }}
    >
      {({ renderCell }) => <DataGridCell>{renderCell(row)}</DataGridCell>}
    </DataGridRow>
  );
});

/**
 * The queue as a Fluent DataGrid that holds only the rows in view, between two spacers: thousands
 * of requests stay smooth (the grid's own per-row bookkeeping made filtering 5,000 rows take
 * seconds). Selection lives here for every row, so "Select all" means all rows that match the
 * filters, and `aria-rowcount`/`aria-rowindex` place each drawn row for assistive technology.
 */
export const QueueGrid = memo(function QueueGrid(props: QueueGridProps) {
  const { rows, sort, onSortChange, selected, onSelectionChange, onOpen } = props;
  const styles = useStyles();
  const {
    scrollerRef: scroller,
    onScroll,
    first,
    last,
    paddingTop,
    paddingBottom,
  } = useRowWindow(rows.length, ROW_HEIGHT, OVERSCAN);

  const windowRows = useMemo(() => rows.slice(first, last), [rows, first, last]);
  const indexOf = useMemo(
    () => new Map(windowRows.map((row, offset) => [row.item.id, first + offset])),
    [windowRows, first],
  );

  const columns = useMemo(
    () => [
      ...queueColumns,
      createTableColumn<QueueRow>({
        columnId: 'review',
        renderHeaderCell: () => 'Review',
        renderCell: ({ item }: QueueRow) => (
          <Button
            size="small"
            aria-label={`Review the request of ${item.requester.displayName} for ${item.target.displayName}`}
            onClick={() => {
              onOpen(item.id);
            }}
          >
            Review
          </Button>
        ),
      }),
    ],
    [onOpen],
  );

  return (
    <div ref={scroller} className={styles.scroller} onScroll={onScroll}>
      <DataGrid
        className={styles.grid}
        aria-label="Requests waiting for you"
        aria-rowcount={rows.length + 1}
        items={windowRows}
        columns={columns}
        getRowId={getRowId}
        sortable
        sortState={{ sortColumn: sort.key, sortDirection: sort.direction }}
        onSortChange={(_, state) => {
          const { sortColumn, sortDirection } = state;
          if (sortColumn !== undefined && isSortKey(sortColumn)) {
            onSortChange({ key: sortColumn, direction: sortDirection });
          }
        }}
        resizableColumns
        columnSizingOptions={columnSizing}
        selectionMode="multiselect"
        selectedItems={selected as Set<TableRowId>}
        onSelectionChange={(event, data) => {
          const fromHeader =
            event.target instanceof Element && event.target.closest('.fui-DataGridHeader') !== null;
          onSelectionChange(
            nextSelection(selected, rows, windowRows, data.selectedItems, fromHeader),
          );
        }}
      >
        <DataGridHeader className={styles.header}>
          <DataGridRow
            aria-rowindex={1}
            selectionCell={{ checkboxIndicator: { 'aria-label': 'Select all requests' } }}
          >
            {({ renderHeaderCell }) => (
              <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>
            )}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<QueueRow>
          style={{
            paddingTop,
            paddingBottom,
          }}
        >
          {({ item, rowId }) => (
            <QueueGridRow key={rowId} row={item} index={indexOf.get(item.item.id) ?? first} />
          )}
        </DataGridBody>
      </DataGrid>
    </div>
  );
});
