import {
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableHeader,
  TableRow,
  TableSelectionCell,
  tokens,
  useArrowNavigationGroup,
  useFocusFinders,
  type SortDirection,
} from '@fluentui/react-components';
import {
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type KeyboardEvent,
} from 'react';
import { SortHeaderCell } from '../../../components/sort-header-cell.tsx';
import { useRowWindow } from '../../../components/use-row-window.ts';
import { roleColumns, type RoleColumnId, type RoleRow } from './role-columns.tsx';
import { ROLE_ROW_HEIGHT, RolesGridRow, useColumnStyles } from './roles-grid-row.tsx';
import { headerState, toggleAllShown, toggleOne } from '../../../domain/selection.ts';

export { ROLE_ROW_HEIGHT };
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
});

export interface RolesGridProps {
  rows: RoleRow[];
  selected: ReadonlySet<string>;
  /** Takes an update of the selection (a state setter), so rows need not know the selection. */
  onSelectionChange: (update: (selected: ReadonlySet<string>) => Set<string>) => void;
  /** Some policies are still on their way (group policies follow the first batch). */
  busy?: boolean;
  /** More rows are on their way (the first page of a long list): window from the start. */
  expectMore?: boolean;
}

interface SortState {
  column: RoleColumnId | undefined;
  direction: SortDirection;
}

/** Until a header is clicked the rows keep the page's order (active first, then by name). */
const UNSORTED: SortState = { column: undefined, direction: 'ascending' };

const getRowId = (row: RoleRow): string => row.role.key;

/**
 * The one list of My roles: directory roles and groups, eligible and active side by side. Only
 * the rows in view are drawn (hundreds of eligible roles stay smooth), so sorting and "select
 * all" are done here over every row the filters show, not over the drawn ones. Built from
 * Fluent's table parts rather than DataGrid (whose shared store redrew every drawn cell on each
 * update), with DataGrid's keyboard model: the arrow keys move from cell to cell, Space or a
 * click selects a row, Ctrl+Home and Ctrl+End go to the first and last drawn row.
 */
export function RolesGrid({
  rows,
  selected,
  onSelectionChange,
  busy = false,
  expectMore = false,
}: RolesGridProps) {
  const styles = useStyles();
  const widths = useColumnStyles();
  const arrows = useArrowNavigationGroup({ axis: 'grid' });
  const { findFirstFocusable, findLastFocusable } = useFocusFinders();
  const [drawAll, setDrawAll] = useState(false);
  useEffect(() => {
    startTransition(() => {
      setDrawAll(true);
    });
  }, []);
  const [sort, setSort] = useState<SortState>(UNSORTED);
  const sorted = useMemo(() => {
    const compare = roleColumns.find((c) => c.id === sort.column)?.compare;
    if (!compare) return rows;
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => sign * compare(a.role, b.role));
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

  const onToggle = useCallback(
    (key: string) => {
      onSelectionChange((current) => toggleOne(current, key));
    },
    [onSelectionChange],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!event.ctrlKey || (event.key !== 'Home' && event.key !== 'End')) return;
    const drawnRows = event.currentTarget.querySelectorAll('[role="row"]');
    const row = event.key === 'Home' ? drawnRows.item(0) : drawnRows.item(drawnRows.length - 1);
    if (!(row instanceof HTMLElement)) return;
    const target = event.key === 'Home' ? findFirstFocusable(row) : findLastFocusable(row);
    if (target) {
      event.preventDefault();
      target.focus();
    }
  };

  return (
    <div
      ref={scrollerRef}
      className={mergeClasses(styles.scroller, windowed && styles.windowed)}
      onScroll={onScroll}
    >
      <Table
        className={styles.grid}
        role="grid"
        aria-label="Eligible roles"
        aria-rowcount={sorted.length + 1}
        aria-busy={busy}
        aria-multiselectable
        noNativeElements
        sortable
        {...arrows}
        onKeyDown={onKeyDown}
      >
        <TableHeader className={styles.header}>
          <TableRow aria-rowindex={1}>
            <TableSelectionCell
              role="gridcell"
              checked={allState}
              aria-selected={allState === 'mixed' ? undefined : allState}
              checkboxIndicator={{ 'aria-label': 'Select all roles shown' }}
              onClick={() => {
                onSelectionChange((current) => toggleAllShown(current, shownKeys));
              }}
            />
            {roleColumns.map((column) => {
              const sortable = column.compare !== undefined;
              const direction = sort.column === column.id ? sort.direction : undefined;
              return (
                <SortHeaderCell
                  key={column.id}
                  className={widths[column.id]}
                  // A sortable header is reached through its button; the others are a stop.
                  tabIndex={sortable ? undefined : 0}
                  direction={direction}
                  onSort={
                    sortable
                      ? (next) => {
                          setSort({ column: column.id, direction: next });
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
        <TableBody style={{ paddingTop, paddingBottom }}>
          {drawn.map(({ role, context }, offset) => (
            <RolesGridRow
              key={role.key}
              role={role}
              index={first + offset}
              now={context.now}
              activating={context.activating.has(role.key)}
              selected={selected.has(role.key)}
              onToggle={onToggle}
            />
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
