import {
  Button,
  makeStyles,
  TableCell,
  TableRow,
  TableSelectionCell,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import { memo, type CSSProperties } from 'react';
import type { QueueRow } from './queue-columns.tsx';

/** Every row has the same height, so the window of rows to draw is plain arithmetic. */
export const ROW_HEIGHT = 56;

const useStyles = makeStyles({
  row: { height: `${String(ROW_HEIGHT)}px`, boxSizing: 'border-box' },
});

export interface QueueGridRowProps {
  row: QueueRow;
  /** Position among all rows that match the filters (0-based). */
  index: number;
  selected: boolean;
  columns: readonly TableColumnDefinition<QueueRow>[];
  /** Each column's width, as the header's column sizing says. */
  cellStyles: Readonly<Record<string, CSSProperties | undefined>>;
  onToggle: (id: string) => void;
  onOpen: (id: string) => void;
}

/**
 * One drawn request. Plain table parts without a shared store, memoised on props that are the
 * same objects while nothing about this row changed: a page landing elsewhere, or a checkbox on
 * another row, does not draw it again.
 */
export const QueueGridRow = memo(function QueueGridRow(props: QueueGridRowProps) {
  const { row, index, selected, columns, cellStyles, onToggle, onOpen } = props;
  const styles = useStyles();
  const { id, requester, target } = row.item;
  const about = `the request of ${requester.displayName} for ${target.displayName}`;
  return (
    <TableRow className={styles.row} aria-rowindex={index + 2} aria-selected={selected}>
      <TableSelectionCell
        role="gridcell"
        checked={selected}
        checkboxIndicator={{ 'aria-label': `Select ${about}` }}
        // The checkbox inside is a real input: a click and the space key both arrive as a click.
        onClick={() => {
          onToggle(id);
        }}
      />
      {columns.map((column) => (
        <TableCell key={column.columnId} role="gridcell" style={cellStyles[column.columnId]}>
          {column.renderCell(row)}
        </TableCell>
      ))}
      <TableCell role="gridcell" style={cellStyles.review}>
        <Button
          size="small"
          aria-label={`Review ${about}`}
          onClick={() => {
            onOpen(id);
          }}
        >
          Review
        </Button>
      </TableCell>
    </TableRow>
  );
});
