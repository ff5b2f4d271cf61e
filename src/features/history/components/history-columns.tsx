import { Button, createTableColumn, type TableColumnDefinition } from '@fluentui/react-components';
import { PanelRightExpandRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
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

/** What one row shows besides the request itself, loaded for the rows in view. */
export interface RowFacts {
  /** Absent while loading (or when the request needed no approval). */
  approver: ApproverSummary | undefined;
  /** Absent while loading. */
  actual: ActualTimes | undefined;
  onOpen: (row: HistoryRequest) => void;
}

/**
 * Sorting is done on the whole filtered list (`sortHistory`), not by the grid on the rows it
 * draws: a sortable column only reports the header click.
 */
export type HistoryColumn = (
  { id: SortColumn; sortable: true } | { id: Exclude<HistoryColumnId, SortColumn>; sortable: false }
) & {
  header: string;
  render: (row: HistoryRequest, facts: RowFacts) => ReactNode;
};

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

export const historyColumns: readonly HistoryColumn[] = [
  {
    id: 'details',
    header: 'Details',
    sortable: false,
    render: (row, { onOpen }) => (
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
  },
  {
    id: 'requester',
    header: 'Requester',
    sortable: true,
    render: (row) =>
      row.requesterName ? (
        <Clip title={row.requesterUpn || row.requesterId}>{row.requesterName}</Clip>
      ) : (
        // No directory object came back (a deleted user, a service principal): the id is all
        // Graph knows, shown as it is.
        <Clip mono title="No user object in the directory for this id (deleted, or an application)">
          {row.requesterId}
        </Clip>
      ),
  },
  {
    id: 'target',
    header: 'Role or group',
    sortable: true,
    render: (row) => (
      <Clip title={`${row.targetName} (${row.scope})`}>{`${row.targetName} · ${row.scope}`}</Clip>
    ),
  },
  { id: 'action', header: 'Action', sortable: true, render: (row) => actionLabel(row.action) },
  { id: 'status', header: 'Status', sortable: true, render: (row) => statusLabel(row.status) },
  {
    id: 'approver',
    header: 'Approver',
    sortable: false,
    render: (row, { approver }) => {
      if (!row.approvalId) return '—';
      if (approver === undefined) return '…';
      return <Clip title={approver.decision}>{approver.decision || 'No decision'}</Clip>;
    },
  },
  {
    id: 'approverComment',
    header: 'Approver comment',
    sortable: false,
    render: (_row, { approver }) => {
      const comment = approver?.comment ?? '';
      return <Clip title={comment}>{comment}</Clip>;
    },
  },
  {
    id: 'created',
    header: 'Requested on',
    sortable: true,
    render: (row) => <DateText value={row.createdAt} />,
  },
  {
    id: 'start',
    header: 'Requested start',
    sortable: true,
    render: (row) => <DateText value={row.requestedStart} />,
  },
  {
    id: 'end',
    header: 'Requested end',
    sortable: true,
    render: (row) => <DateText value={row.requestedEnd} empty="No end" />,
  },
  {
    id: 'actualStart',
    header: 'Actual start',
    sortable: false,
    render: (row, { actual }) => (elevates(row) ? <ActualCell time={actual?.start} /> : '—'),
  },
  {
    id: 'actualEnd',
    header: 'Actual end',
    sortable: false,
    render: (row, { actual }) => (elevates(row) ? <ActualCell time={actual?.end} /> : '—'),
  },
  {
    id: 'justification',
    header: 'Justification',
    sortable: false,
    render: (row) => <Clip title={row.justification}>{row.justification}</Clip>,
  },
  { id: 'ticket', header: 'Ticket', sortable: false, render: (row) => row.ticketNumber },
];

/** The same columns as Fluent's column sizing wants them (it only reads their ids). */
export const sizedHistoryColumns: TableColumnDefinition<HistoryRequest>[] = historyColumns.map(
  (column) =>
    createTableColumn<HistoryRequest>({
      columnId: column.id,
      renderHeaderCell: () => column.header,
    }),
);

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
