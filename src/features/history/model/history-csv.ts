import type { ActualTime, ActualTimes } from './actual-times.ts';
import type { CsvColumn } from './csv.ts';
import { actionLabel, statusLabel, type HistoryRequest } from './history-request.ts';

/** Looked up per request before writing (absent: not read, or nothing to say). */
export interface RowFactsLookup {
  approver: (row: HistoryRequest) => { decision: string; comment: string } | undefined;
  actual: (row: HistoryRequest) => ActualTimes | undefined;
}

const actualCell = (time: ActualTime | undefined) =>
  time === undefined ? '' : time.known ? time.at : 'Not known';

/** Export columns: ISO UTC dates, so the file means the same in every time zone. */
export function historyCsvColumns(facts?: RowFactsLookup): CsvColumn<HistoryRequest>[] {
  const columns: CsvColumn<HistoryRequest>[] = [
    { header: 'Request ID', value: (r) => r.id },
    { header: 'Kind', value: (r) => (r.plane === 'role' ? 'Directory role' : 'Group') },
    { header: 'Requester', value: (r) => r.requesterName },
    { header: 'Requester UPN', value: (r) => r.requesterUpn },
    { header: 'Requester ID', value: (r) => r.requesterId },
    { header: 'Role or group', value: (r) => r.targetName },
    { header: 'Scope', value: (r) => r.scope },
    { header: 'Action', value: (r) => actionLabel(r.action) },
    { header: 'Status', value: (r) => statusLabel(r.status) },
    { header: 'Requested on (UTC)', value: (r) => r.createdAt },
    { header: 'Requested start (UTC)', value: (r) => r.requestedStart },
    { header: 'Requested end (UTC)', value: (r) => r.requestedEnd },
    { header: 'Completed (UTC)', value: (r) => r.completedAt },
    { header: 'Justification', value: (r) => r.justification },
    { header: 'Ticket number', value: (r) => r.ticketNumber },
    { header: 'Ticket system', value: (r) => r.ticketSystem },
  ];
  if (!facts) return columns;
  return [
    ...columns,
    {
      header: 'Approver (decision)',
      value: (r) => (r.approvalId ? (facts.approver(r)?.decision ?? 'Not known') : ''),
    },
    { header: 'Approver comment', value: (r) => facts.approver(r)?.comment ?? '' },
    { header: 'Actual start (UTC)', value: (r) => actualCell(facts.actual(r)?.start) },
    { header: 'Actual end (UTC)', value: (r) => actualCell(facts.actual(r)?.end) },
  ];
}
