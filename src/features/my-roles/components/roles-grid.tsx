import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  makeStyles,
  mergeClasses,
  tokens,
  type TableColumnId,
  type TableRowId,
  type SortDirection,
} from '@fluentui/react-components';
import { startTransition, useEffect, useMemo, useState } from 'react';
import { useRowWindow } from '../../../components/use-row-window.ts';
import { roleColumns, type RoleRow } from './role-columns.tsx';
import { headerState, nextRowSelection, toggleAllShown } from './role-selection.ts';

/** Every row has this height (two lines of name and scope), so the window is plain arithmetic. */
export const ROLE_ROW_HEIGHT = 64;
/** A typical list (a few dozen roles) is drawn whole, in the page's own scroll; more are windowed. */
export const WINDOW_FROM = 60;
const OVERSCAN = 6;
/**
 * A list drawn whole shows this many rows in the first frame (more than a screen holds) and the
 * rest in a transition right after, which React renders in slices: no long task on open.
 */
const FIRST_DRAWN = 16;

const useStyles = makeStyles({
  scroller: { overflowX: 'auto' },
  windowed: {
    overflowY: 'auto',
    maxHeight: 'max(360px, calc(100vh - 320px))',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  grid: { minWidth: '720px' },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  row: { height: `${String(ROLE_ROW_HEIGHT)}px`, boxSizing: 'border-box' },
  cell: { overflow: 'hidden' },
});

const columnSizing = {
  role: { idealWidth: 320, minWidth: 200 },
  plane: { idealWidth: 120, minWidth: 100 },
  status: { idealWidth: 220, minWidth: 160 },
  maximum: { idealWidth: 110, minWidth: 90 },
  requirements: { idealWidth: 240, minWidth: 140 },
};

export interface RolesGridProps {
  rows: RoleRow[];
  selected: ReadonlySet<string>;
  onSelectionChange: (selected: Set<string>) => void;
  /** Some policies are still on their way (group policies follow the first batch). */
  busy?: boolean;
  /** More rows are on their way (the first page of a long list): window from the start. */
  expectMore?: boolean;
}

interface SortState {
  sortColumn: TableColumnId | undefined;
  sortDirection: SortDirection;
}

const UNSORTED: SortState = { sortColumn: undefined, sortDirection: 'ascending' };

const getRowId = (row: RoleRow): string => row.role.key;

const isInHeader = (target: EventTarget): boolean =>
  target instanceof Element && target.closest('.fui-DataGridHeader') !== null;

/**
 * The one list of My roles: directory roles and groups, eligible and active side by side. Only
 * the rows in view are drawn (hundreds of eligible roles stay smooth), so sorting and "select
 * all" are done here over every row the filters show, not by the grid over the drawn ones.
 */
export function RolesGrid({
  rows,
  selected,
  onSelectionChange,
  busy = false,
  expectMore = false,
}: RolesGridProps) {
  const styles = useStyles();
  const [drawAll, setDrawAll] = useState(false);
  useEffect(() => {
    startTransition(() => {
      setDrawAll(true);
    });
  }, []);
  const [sort, setSort] = useState<SortState>(UNSORTED);
  const sorted = useMemo(() => {
    const column = roleColumns.find((c) => c.columnId === sort.sortColumn);
    if (!column) return rows;
    const sign = sort.sortDirection === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => sign * column.compare(a, b));
  }, [rows, sort]);
  const shownKeys = useMemo(() => sorted.map(getRowId), [sorted]);
  const windowed = sorted.length >= WINDOW_FROM || expectMore;
  const view = useRowWindow(sorted.length, ROLE_ROW_HEIGHT, OVERSCAN);
  const { scrollerRef, onScroll } = view;
  const first = windowed ? view.first : 0;
  const last = windowed
    ? view.last
    : drawAll
      ? sorted.length
      : Math.min(sorted.length, FIRST_DRAWN);
  const paddingTop = windowed ? view.paddingTop : 0;
  const paddingBottom = windowed ? view.paddingBottom : (sorted.length - last) * ROLE_ROW_HEIGHT;
  const drawn = useMemo(() => sorted.slice(first, last), [sorted, first, last]);
  const allState = headerState(selected, shownKeys);

  return (
    <div
      ref={scrollerRef}
      className={mergeClasses(styles.scroller, windowed && styles.windowed)}
      onScroll={onScroll}
    >
      <DataGrid
        className={styles.grid}
        aria-label="Eligible roles"
        aria-rowcount={sorted.length + 1}
        aria-busy={busy}
        items={drawn}
        columns={roleColumns}
        getRowId={getRowId}
        sortable
        sortState={sort}
        onSortChange={(_, state) => {
          setSort(state);
        }}
        resizableColumns
        columnSizingOptions={columnSizing}
        selectionMode="multiselect"
        selectedItems={selected as Set<TableRowId>}
        onSelectionChange={(event, data) => {
          onSelectionChange(
            isInHeader(event.target)
              ? toggleAllShown(selected, shownKeys)
              : nextRowSelection(selected, drawn.map(getRowId), data.selectedItems),
          );
        }}
      >
        <DataGridHeader className={styles.header}>
          <DataGridRow
            aria-rowindex={1}
            selectionCell={{
              checked: allState,
              'aria-selected': allState === 'mixed' ? undefined : allState,
              checkboxIndicator: { 'aria-label': 'Select all roles shown' },
            }}
          >
            {({ renderHeaderCell }) => (
              <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>
            )}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<RoleRow> style={{ paddingTop: paddingTop, paddingBottom: paddingBottom }}>
          {({ item, rowId }) => (
            <DataGridRow<RoleRow>
              key={rowId}
              className={styles.row}
              aria-rowindex={first + drawn.indexOf(item) + 2}
              selectionCell={{
                checkboxIndicator: {
                  'aria-label': `Select ${item.role.displayName} (${item.role.scope.displayName})`,
                },
              }}
            >
              {({ renderCell }) => (
                <DataGridCell className={styles.cell}>{renderCell(item)}</DataGridCell>
              )}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </div>
  );
}
