import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';
import { activityKind, initiatorName, targets } from './audit-activity.ts';
import { elevates, type HistoryRequest } from './history-request.ts';

/** One approval stage as both the beta `steps` and v1.0 `stages` shapes carry it. */
export interface ApprovalDecision {
  reviewResult: string;
  status: string;
  reviewerName: string;
  reviewedAt: string | null;
  justification: string;
}

export type TimelineKind =
  | 'requested'
  | 'approval-requested'
  | 'approved'
  | 'denied'
  | 'approval-expired'
  | 'canceled'
  | 'failed'
  | 'active'
  | 'ended'
  | 'scheduled-end';

export interface TimelineEvent {
  kind: TimelineKind;
  at: string;
  title: string;
  actor?: string;
  detail?: string;
}

export interface TimelineInput {
  request: HistoryRequest;
  decisions: readonly ApprovalDecision[];
  /** The request's own PIM audit entries (same correlation id). */
  requestAudit: readonly DirectoryAudit[];
  /** The requester's audit entries in the activation window (finds a later deactivation). */
  windowAudit: readonly DirectoryAudit[];
  now: number;
}

/**
 * The story of one request: requested → approved/denied → active → ended. The request gives
 * creation, status and schedule; the approval gives who decided, when and why; the audit log
 * gives when the elevation really started and how it ended (expiry, deactivation, removal).
 * Where the log is silent the schedule stands in, and the title says so.
 */
export function buildTimeline(input: TimelineInput): TimelineEvent[] {
  const { request, decisions, requestAudit } = input;
  const events: TimelineEvent[] = [
    {
      kind: 'requested',
      at: request.createdAt,
      title: 'Requested',
      actor: request.requesterName || request.requesterId,
      detail: request.justification || undefined,
    },
  ];
  const byKind = (kind: string) =>
    requestAudit.filter((e) => activityKind(e.activityDisplayName) === kind);
  const first = (kind: string) =>
    byKind(kind).sort((a, b) =>
      (a.activityDateTime ?? '').localeCompare(b.activityDateTime ?? ''),
    )[0];

  const approvalAsked = first('approval-requested');
  if (approvalAsked?.activityDateTime) {
    events.push({
      kind: 'approval-requested',
      at: approvalAsked.activityDateTime,
      title: 'Sent for approval',
    });
  }

  let decided = false;
  for (const d of decisions) {
    const result = d.reviewResult.toLowerCase();
    if ((result === 'approved' || result === 'denied') && d.reviewedAt) {
      decided = true;
      events.push({
        kind: result === 'approved' ? 'approved' : 'denied',
        at: d.reviewedAt,
        title: result === 'approved' ? 'Approved' : 'Denied',
        actor: d.reviewerName || undefined,
        detail: d.justification || undefined,
      });
    } else if (d.status.toLowerCase() === 'expired') {
      decided = true;
      const expired = first('request-expired');
      events.push({
        kind: 'approval-expired',
        at: expired?.activityDateTime ?? request.completedAt ?? request.createdAt,
        title: 'Approval timed out',
      });
    }
  }
  if (!decided) {
    for (const kind of ['approved', 'denied', 'request-expired'] as const) {
      const entry = first(kind);
      if (!entry?.activityDateTime) continue;
      events.push({
        kind: kind === 'request-expired' ? 'approval-expired' : kind,
        at: entry.activityDateTime,
        title:
          kind === 'approved' ? 'Approved' : kind === 'denied' ? 'Denied' : 'Approval timed out',
        actor: kind === 'request-expired' ? undefined : initiatorName(entry),
      });
    }
  }

  const status = request.status.toLowerCase();
  if (status === 'canceled') {
    const entry = first('canceled');
    events.push({
      kind: 'canceled',
      at: entry?.activityDateTime ?? request.completedAt ?? request.createdAt,
      title: 'Canceled',
      actor: entry ? initiatorName(entry) : undefined,
    });
  }
  if (status === 'failed') {
    events.push({ kind: 'failed', at: request.completedAt ?? request.createdAt, title: 'Failed' });
  }

  if (elevates(request)) addElevation(events, input, first('completed'));
  if (/deactivate|remove/i.test(request.action) && status === 'revoked') {
    events.push({
      kind: 'ended',
      at: request.completedAt ?? request.createdAt,
      title: /deactivate/i.test(request.action) ? 'Deactivated' : 'Removed by an administrator',
      actor: request.requesterName || undefined,
    });
  }
  return events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

function addElevation(
  events: TimelineEvent[],
  { request, requestAudit, windowAudit, now }: TimelineInput,
  completed: DirectoryAudit | undefined,
): void {
  const startMs = Math.max(
    Date.parse(request.requestedStart ?? request.createdAt),
    Date.parse(request.completedAt ?? request.createdAt),
  );
  const started = completed?.activityDateTime ?? new Date(startMs).toISOString();
  if (Date.parse(started) <= now) {
    events.push({ kind: 'active', at: started, title: 'Active' });
  }
  const expired = requestAudit.find((e) => activityKind(e.activityDisplayName) === 'expired');
  const removed = requestAudit.find((e) => activityKind(e.activityDisplayName) === 'removed');
  const after = Date.parse(started);
  const deactivation = windowAudit
    .filter(
      (e) =>
        activityKind(e.activityDisplayName) === 'deactivated' &&
        /completed/i.test(e.activityDisplayName ?? '') &&
        targets(e, request.targetId) &&
        Date.parse(e.activityDateTime ?? '') >= after,
    )
    .sort((a, b) => (a.activityDateTime ?? '').localeCompare(b.activityDateTime ?? ''))[0];
  const ending = [
    deactivation && { entry: deactivation, title: 'Deactivated by the user' },
    removed && { entry: removed, title: 'Removed' },
    expired && { entry: expired, title: 'Ended: the activation expired' },
  ]
    .filter((x): x is { entry: DirectoryAudit; title: string } => Boolean(x))
    .sort((a, b) =>
      (a.entry.activityDateTime ?? '').localeCompare(b.entry.activityDateTime ?? ''),
    )[0];
  if (ending?.entry.activityDateTime) {
    events.push({
      kind: 'ended',
      at: ending.entry.activityDateTime,
      title: ending.title,
      actor: ending.entry.initiatedBy?.user ? initiatorName(ending.entry) : undefined,
    });
    return;
  }
  if (request.requestedEnd) {
    const past = Date.parse(request.requestedEnd) <= now;
    events.push({
      kind: 'scheduled-end',
      at: request.requestedEnd,
      title: past ? 'Ended at the scheduled time (no audit entry found)' : 'Scheduled to end',
    });
  }
}
