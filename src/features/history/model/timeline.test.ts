import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import type { HistoryRequest } from './history-request.ts';
import { buildTimeline, type ApprovalDecision } from './timeline.ts';

const ROLE = 'role-1';
const base: HistoryRequest = {
  id: 'req-1',
  plane: 'role',
  requesterId: 'u-1',
  requesterName: 'Adele Vance',
  requesterUpn: 'adele@contoso',
  targetId: ROLE,
  targetName: 'Global Administrator',
  scope: 'Directory',
  action: 'selfActivate',
  status: 'Provisioned',
  createdAt: '2026-11-01T09:00:00Z',
  completedAt: '2026-11-01T09:30:03Z',
  requestedStart: '2026-11-01T09:30:00Z',
  requestedEnd: '2026-11-01T11:30:00Z',
  justification: 'Change CHG-1',
  ticketNumber: '',
  ticketSystem: '',
  approvalId: 'req-1',
  createdById: 'u-1',
};

const audit = (
  activity: string,
  at: string,
  by: string | null,
  ids: string[] = [],
): DirectoryAudit => ({
  activityDisplayName: activity,
  activityDateTime: at,
  initiatedBy: by ? { user: { id: by, displayName: by } } : { app: { displayName: 'MS-PIM' } },
  targetResources: ids.map((id) => ({ id })),
});

const approved: ApprovalDecision = {
  reviewResult: 'Approved',
  status: 'Completed',
  reviewerName: 'Megan Bowen',
  reviewedAt: '2026-11-01T09:30:00Z',
  justification: 'Matches the ticket',
};

const now = Date.parse('2026-11-20T00:00:00Z');

describe('buildTimeline', () => {
  it('tells an approved activation that expired, in order, with the approver and comment', () => {
    const events = buildTimeline({
      request: base,
      decisions: [approved],
      requestAudit: [
        audit('Remove member from role (PIM activation expired)', '2026-11-01T11:30:00Z', null),
        audit('Add member to role completed (PIM activation)', '2026-11-01T09:30:03Z', 'u-1'),
        audit(
          'Add member to role approval requested (PIM activation)',
          '2026-11-01T09:00:01Z',
          'u-1',
        ),
      ],
      windowAudit: [],
      now,
    });
    expect(events.map((e) => e.kind)).toEqual([
      'requested',
      'approval-requested',
      'approved',
      'active',
      'ended',
    ]);
    expect(events[2]).toMatchObject({ actor: 'Megan Bowen', detail: 'Matches the ticket' });
    expect(events[3]?.at).toBe('2026-11-01T09:30:03Z');
    expect(events[4]?.title).toMatch(/expired/);
  });

  it('ends at a deactivation of the same role found in the window, not at the schedule', () => {
    const events = buildTimeline({
      request: { ...base, approvalId: null },
      decisions: [],
      requestAudit: [
        audit('Add member to role completed (PIM activation)', '2026-11-01T09:30:03Z', 'u-1'),
      ],
      windowAudit: [
        audit('Remove member from role completed (PIM deactivate)', '2026-11-01T10:00:00Z', 'u-1', [
          'other-role',
        ]),
        audit('Remove member from role completed (PIM deactivate)', '2026-11-01T10:15:00Z', 'u-1', [
          ROLE,
        ]),
      ],
      now,
    });
    const end = events.at(-1);
    expect(end).toMatchObject({
      kind: 'ended',
      at: '2026-11-01T10:15:00Z',
      title: 'Deactivated by the user',
    });
  });

  it('a denied request never becomes active', () => {
    const events = buildTimeline({
      request: { ...base, status: 'Denied', completedAt: '2026-11-01T09:20:00Z' },
      decisions: [
        {
          ...approved,
          reviewResult: 'Denied',
          reviewedAt: '2026-11-01T09:20:00Z',
          justification: 'No',
        },
      ],
      requestAudit: [],
      windowAudit: [],
      now,
    });
    expect(events.map((e) => e.kind)).toEqual(['requested', 'denied']);
  });

  it('falls back to the audit log for the decision when the approval is gone', () => {
    const events = buildTimeline({
      request: { ...base, status: 'Denied' },
      decisions: [],
      requestAudit: [
        audit(
          'Add member to role request denied (PIM activation)',
          '2026-11-01T09:10:00Z',
          'Megan Bowen',
        ),
      ],
      windowAudit: [],
      now,
    });
    expect(events[1]).toMatchObject({ kind: 'denied', actor: 'Megan Bowen' });
  });

  it('uses the schedule when the log is silent, and says a future end is only scheduled', () => {
    const future = buildTimeline({
      request: base,
      decisions: [],
      requestAudit: [],
      windowAudit: [],
      now: Date.parse('2026-11-01T10:00:00Z'),
    });
    expect(future.map((e) => e.kind)).toEqual(['requested', 'active', 'scheduled-end']);
    expect(future.at(-1)?.title).toBe('Scheduled to end');
    const past = buildTimeline({
      request: base,
      decisions: [],
      requestAudit: [],
      windowAudit: [],
      now,
    });
    expect(past.at(-1)?.title).toMatch(/no audit entry/);
  });

  it('marks canceled and expired approvals', () => {
    const canceled = buildTimeline({
      request: { ...base, status: 'Canceled', completedAt: '2026-11-01T09:05:00Z' },
      decisions: [],
      requestAudit: [],
      windowAudit: [],
      now,
    });
    expect(canceled.map((e) => e.kind)).toEqual(['requested', 'canceled']);
    const timedOut = buildTimeline({
      request: { ...base, status: 'Denied', completedAt: '2026-11-02T09:00:00Z' },
      decisions: [
        { ...approved, reviewResult: 'NotReviewed', status: 'Expired', reviewedAt: null },
      ],
      requestAudit: [],
      windowAudit: [],
      now,
    });
    expect(timedOut.map((e) => e.kind)).toEqual(['requested', 'approval-expired']);
    expect(timedOut[1]?.at).toBe('2026-11-02T09:00:00Z');
  });
});
