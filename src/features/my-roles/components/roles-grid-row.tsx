import {
  makeStyles,
  mergeClasses,
  TableCell,
  TableRow,
  TableSelectionCell,
} from '@fluentui/react-components';
import { memo, type KeyboardEvent } from 'react';
import type { MyRole } from '../../../domain/my-role.ts';
import { roleColumns, type RoleColumnId } from './role-columns.tsx';

/** Every row has this height (two lines of name and scope), so the window is plain arithmetic. */
export const ROLE_ROW_HEIGHT = 64;

/**
 * Each column's share of the width (its ideal width, as flex basis and grow) and its minimum:
 * the header and the rows use the same classes, so their cells line up.
 */
export const useColumnStyles = makeStyles({
  role: { flex: '320 1 320px', minWidth: '200px' },
  plane: { flex: '120 1 120px', minWidth: '100px' },
  status: { flex: '220 1 220px', minWidth: '160px' },
  maximum: { flex: '110 1 110px', minWidth: '90px' },
  requirements: { flex: '240 1 240px', minWidth: '140px' },
}) satisfies () => Record<RoleColumnId, string>;

const useStyles = makeStyles({
  row: { height: `${String(ROLE_ROW_HEIGHT)}px`, boxSizing: 'border-box' },
  cell: { overflow: 'hidden' },
});

const INTERACTIVE = 'input, button, a[href], select, textarea, [role="button"]';

/** Space on a control inside the row is that control's; anywhere else it selects the row. */
const isInteractive = (target: EventTarget): boolean =>
  target instanceof Element && target.closest(INTERACTIVE) !== null;

export interface RolesGridRowProps {
  role: MyRole;
  /** Position among all shown rows (0-based). */
  index: number;
  now: Date;
  activating: boolean;
  selected: boolean;
  onToggle: (key: string) => void;
}

/**
 * One drawn role. Plain table parts without a shared store, memoised on props that stay the same
 * while nothing about this role changed (a refetch keeps unchanged roles' objects): a poll, a
 * policy arriving for another role, a checkbox elsewhere or a scroll step does not draw it again.
 * As in Fluent's DataGrid, a click anywhere on the row or Space on a cell toggles its selection,
 * and each cell is a stop for the grid's arrow keys.
 */
export const RolesGridRow = memo(function RolesGridRow(props: RolesGridRowProps) {
  const { role, index, now, activating, selected, onToggle } = props;
  const styles = useStyles();
  const widths = useColumnStyles();
  const facts = { now, activating };
  return (
    <TableRow
      className={styles.row}
      aria-rowindex={index + 2}
      aria-selected={selected}
      appearance={selected ? 'brand' : 'none'}
      // The checkbox is a real input inside the row: its click (or Space) arrives here too.
      onClick={() => {
        onToggle(role.key);
      }}
      onKeyDown={(event: KeyboardEvent<HTMLElement>) => {
        if (event.key !== ' ' || isInteractive(event.target)) return;
        event.preventDefault();
        onToggle(role.key);
      }}
    >
      <TableSelectionCell
        role="gridcell"
        checked={selected}
        aria-selected={selected}
        checkboxIndicator={{
          'aria-label': `Select ${role.displayName} (${role.scope.displayName})`,
        }}
      />
      {roleColumns.map((column) => (
        <TableCell
          key={column.id}
          role="gridcell"
          tabIndex={0}
          className={mergeClasses(styles.cell, widths[column.id])}
        >
          {column.render(role, facts)}
        </TableCell>
      ))}
    </TableRow>
  );
});
