import { makeStyles, TableCell, TableRow } from '@fluentui/react-components';
import { memo, type CSSProperties } from 'react';
import type { ApproverSummary } from '../api/get-approval-decisions.ts';
import type { ActualTimes } from '../model/actual-times.ts';
import type { HistoryRequest } from '../model/history-request.ts';
import { historyColumns } from './history-columns.tsx';

/** Every row has the same height, so the window of rows to draw is plain arithmetic. */
export const ROW_HEIGHT = 44;

const useStyles = makeStyles({
  row: { height: `${String(ROW_HEIGHT)}px`, boxSizing: 'border-box' },
  cell: { overflow: 'hidden', whiteSpace: 'nowrap' },
});

export interface HistoryGridRowProps {
  row: HistoryRequest;
  /** Position among all shown rows (0-based). */
  index: number;
  approver: ApproverSummary | undefined;
  actual: ActualTimes | undefined;
  /** Each column's width, as the header's column sizing says. */
  cellStyles: Readonly<Record<string, CSSProperties | undefined>>;
  onOpen: (row: HistoryRequest) => void;
}

/**
 * One drawn request. Plain table parts without a shared store, memoised on props that stay the
 * same objects while nothing about this row changed: a page landing, another row's approver
 * arriving or a scroll step does not draw it again.
 */
export const HistoryGridRow = memo(function HistoryGridRow(props: HistoryGridRowProps) {
  const { row, index, approver, actual, cellStyles, onOpen } = props;
  const styles = useStyles();
  const facts = { approver, actual, onOpen };
  return (
    <TableRow className={styles.row} aria-rowindex={index + 2}>
      {historyColumns.map((column) => (
        <TableCell
          key={column.id}
          role="gridcell"
          className={styles.cell}
          style={cellStyles[column.id]}
        >
          {column.render(row, facts)}
        </TableCell>
      ))}
    </TableRow>
  );
});
