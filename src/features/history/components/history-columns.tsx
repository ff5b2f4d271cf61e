import {
  Button,
  createTableColumn,
  Text,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import { PanelRightExpandRegular } from '@fluentui/react-icons';
import { actionLabel, statusLabel, type HistoryRequest } from '../model/history-request.ts';
import type { SortColumn } from '../model/refine.ts';
import { DateText } from './date-text.tsx';

export type HistoryColumnId =
  SortColumn | 'details' | 'approver' | 'justification' | 'ticket' | 'actualStart';

/**
 * Sorting is done on the whole filtered list (`sortHistory`), not by the grid on the rows it
 * renders, so every compare is neutral: the grid keeps the order it is given.
 */
// Fluent counts the parameters of `compare` to decide that a column is sortable.
const keep = (_a: HistoryRequest, _b: HistoryRequest) => 0;

export function historyColumns(
  onOpen: (row: HistoryRequest) => void,
  /** Approver names by request id, for the rows in view (absent while loading). */
  approvers: Readonly<Record<string, string>>,
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
      renderCell: (row) => (
        <Text truncate wrap={false} title={row.requesterUpn || row.requesterId}>
          {row.requesterName || row.requesterId}
        </Text>
      ),
    }),
    createTableColumn<HistoryRequest>({
      columnId: 'target',
      compare: keep,
      renderHeaderCell: () => 'Role or group',
      renderCell: (row) => (
        <Text truncate wrap={false} title={`${row.targetName} (${row.scope})`}>
          {`${row.targetName} · ${row.scope}`}
        </Text>
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
        return (
          <Text truncate wrap={false} title={known}>
            {known || 'No decision'}
          </Text>
        );
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
      renderHeaderCell: () => 'Completed',
      renderCell: (row) => <DateText value={row.completedAt} />,
    }),
    createTableColumn<HistoryRequest>({
      columnId: 'justification',
      renderHeaderCell: () => 'Justification',
      renderCell: (row) => (
        <Text truncate wrap={false} title={row.justification}>
          {row.justification}
        </Text>
      ),
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
  created: { idealWidth: 160, minWidth: 140 },
  start: { idealWidth: 160, minWidth: 140 },
  end: { idealWidth: 160, minWidth: 140 },
  actualStart: { idealWidth: 160, minWidth: 140 },
  justification: { idealWidth: 260, minWidth: 140 },
  ticket: { idealWidth: 110, minWidth: 90 },
};
