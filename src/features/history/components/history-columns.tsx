import { Button, createTableColumn, type TableColumnDefinition } from '@fluentui/react-components';
import { PanelRightExpandRegular } from '@fluentui/react-icons';
import type { ApproverSummary } from '../api/get-approval-decisions.ts';
import type { ActualTime, ActualTimes } from '../model/actual-times.ts';
import {
  actionLabel,
  elevates,
  statusLabel,
  type HistoryRequest,
} from '../model/history-request.ts';
import type { SortColumn } from '../model/refine.ts';
import { Clip } from './clip.tsx';
import { DateText } from './date-text.tsx';

export type HistoryColumnId =
  | SortColumn
  | 'details'
  | 'approver'
  | 'approverComment'
  | 'justification'
  | 'ticket'
  | 'actualStart'
  | 'actualEnd';

/** Per row, loaded for the rows in view (absent while loading). */
export interface RowFacts {
  approvers: Readonly<Record<string, ApproverSummary>>;
  actual: Readonly<Record<string, ActualTimes>>;
}

function ActualCell({ time }: { time: ActualTime | undefined }) {
  if (!time) return <>…</>;
  if (!time.known) {
    return <Clip title={time.why}>Not known</Clip>;
  }
  return (
    <span title={time.how}>
      <DateText value={time.at} />
    </span>
  );
}

/**
 * Sorting is done on the whole filtered list (`sortHistory`), not by the grid on the rows it
 * renders, so every compare is neutral: the grid keeps the order it is given.
 */
// Fluent counts the parameters of `compare` to decide that a column is sortable.
const keep = (_a: HistoryRequest, _b: HistoryRequest) => 0;

export function historyColumns(
  onOpen: (row: HistoryRequest) => void,
  { approvers, actual }: RowFacts,
): TableColumnDefinition<HistoryRequest>[] {
  return [
    createTableColumn<HistoryRequest>({
      columnId: 'details',
      renderHeaderCell: () => 'Details',
      renderCell: (row) => (
        <Button
          appearance="subtle"
          size="small"
          icon={<PanelRightExpandRegular />}
          aria-label={`Details: ${row.targetName}, ${row.requesterName || row.requesterId}`}
          onClick={() => {
            onOpen(row);
          }}
        />
      ),
    }),
    createTableColumn<HistoryRequest>({
      columnId: 'requester',
      compare: keep,
      renderHeaderCell: () => 'Requester',
      renderCell: (row) =>
        row.requesterName ? (
          <Clip title={row.requesterUpn || row.requesterId}>{row.requesterName}</Clip>
        ) : (
          // No directory object came back (a deleted user, a service principal): the id is all
          // Graph knows, shown as it is.
          <Clip
            mono
            title="No user object in the directory for this id (deleted, or an application)"
          >
            {row.requesterId}
          </Clip>
        ),
    }),
    createTableColumn<HistoryRequest>({
      columnId: 'target',
      compare: keep,
      renderHeaderCell: () => 'Role or group',
      renderCell: (row) => (
        <Clip title={`${row.targetName} (${row.scope})`}>{`${row.targetName} · ${row.scope}`}</Clip>
      ),
    }),
    createTableColumn<HistoryRequest>({
      columnId: 'action',
      compare: keep,
      renderHeaderCell: () => 'Action',
      renderCell: (row) => actionLabel(row.action),
    }),
    createTableColumn<HistoryRequest>({
      columnId: 'status',
      compare: keep,
      renderHeaderCell: () => 'Status',
      renderCell: (row) => statusLabel(row.status),
    }),
    createTableColumn<HistoryRequest>({
      columnId: 'approver',
      renderHeaderCell: () => 'Approver',
      renderCell: (row) => {
        if (!row.approvalId) return '—';
        const known = approvers[row.id];
        if (known === undefined) return '…';
        return <Clip title={known.decision}>{known.decision || 'No decision'}</Clip>;
      },
    }),
    createTableColumn<HistoryRequest>({
      columnId: 'approverComment',
      renderHeaderCell: () => 'Approver comment',
      renderCell: (row) => {
        const comment = approvers[row.id]?.comment ?? '';
        return <Clip title={comment}>{comment}</Clip>;
      },
    }),
    createTableColumn<HistoryRequest>({
      columnId: 'created',
      compare: keep,
      renderHeaderCell: () => 'Requested on',
      renderCell: (row) => <DateText value={row.createdAt} />,
    }),
    createTableColumn<HistoryRequest>({
      columnId: 'start',
      compare: keep,
      renderHeaderCell: () => 'Requested start',
      renderCell: (row) => <DateText value={row.requestedStart} />,
    }),
    createTableColumn<HistoryRequest>({
      columnId: 'end',
      compare: keep,
      renderHeaderCell: () => 'Requested end',
      renderCell: (row) => <DateText value={row.requestedEnd} empty="No end" />,
    }),
    createTableColumn<HistoryRequest>({
      columnId: 'actualStart',
      renderHeaderCell: () => 'Actual start',
      renderCell: (row) => (elevates(row) ? <ActualCell time={actual[row.id]?.start} /> : '—'),
    }),
    createTableColumn<HistoryRequest>({
      columnId: 'actualEnd',
      renderHeaderCell: () => 'Actual end',
      renderCell: (row) => (elevates(row) ? <ActualCell time={actual[row.id]?.end} /> : '—'),
    }),
    createTableColumn<HistoryRequest>({
      columnId: 'justification',
      renderHeaderCell: () => 'Justification',
      renderCell: (row) => <Clip title={row.justification}>{row.justification}</Clip>,
    }),
    createTableColumn<HistoryRequest>({
      columnId: 'ticket',
      renderHeaderCell: () => 'Ticket',
      renderCell: (row) => row.ticketNumber,
    }),
  ];
}

export const historyColumnSizing = {
  details: { idealWidth: 40, minWidth: 40 },
  requester: { idealWidth: 170, minWidth: 120 },
  target: { idealWidth: 240, minWidth: 160 },
  action: { idealWidth: 110, minWidth: 90 },
  status: { idealWidth: 130, minWidth: 100 },
  approver: { idealWidth: 200, minWidth: 120 },
  approverComment: { idealWidth: 220, minWidth: 120 },
  created: { idealWidth: 160, minWidth: 140 },
  start: { idealWidth: 160, minWidth: 140 },
  end: { idealWidth: 160, minWidth: 140 },
  actualStart: { idealWidth: 160, minWidth: 140 },
  actualEnd: { idealWidth: 160, minWidth: 140 },
  justification: { idealWidth: 260, minWidth: 140 },
  ticket: { idealWidth: 110, minWidth: 90 },
};
