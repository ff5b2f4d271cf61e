import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import { actualTimesOf } from './actual-times.ts';
import type { HistoryRequest } from './history-request.ts';

const base = {
  id: 'a1',
  plane: 'role',
  requesterId: 'u1',
  targetId: 'r1',
  scope: 'Directory',
  action: 'selfActivate',
  status: 'Provisioned',
  createdAt: '2026-11-01T09:00:00Z',
  completedAt: '2026-11-01T09:00:02Z',
  requestedStart: '2026-11-01T09:00:00Z',
  requestedEnd: '2026-11-01T11:00:00Z',
} as HistoryRequest;

const entry = (activityDisplayName: string, activityDateTime: string): DirectoryAudit => ({
  activityDisplayName,
  activityDateTime,
});
const now = Date.parse('2026-11-20T00:00:00Z');

describe('actualTimesOf', () => {
  it('reads the start and the expiry from the request’s own audit entries', () => {
    const times = actualTimesOf(
      base,
      [
        entry('Remove member from role (PIM activation expired)', '2026-11-01T11:00:01Z'),
        entry('Add member to role completed (PIM activation)', '2026-11-01T09:00:03Z'),
      ],
      [],
      now,
    );
    expect(times.start).toMatchObject({ known: true, at: '2026-11-01T09:00:03Z' });
    expect(times.end).toMatchObject({ known: true, at: '2026-11-01T11:00:01Z', how: /Expired/ });
  });

  it('ends at a loaded deactivation of the same grant, not at another role’s', () => {
    const deactivation = (targetId: string, createdAt: string) =>
      ({
        ...base,
        id: `d-${targetId}`,
        action: 'selfDeactivate',
        status: 'Revoked',
        targetId,
        createdAt,
        completedAt: createdAt,
      }) as HistoryRequest;
    const times = actualTimesOf(
      base,
      [entry('Add member to role completed (PIM activation)', '2026-11-01T09:00:03Z')],
      [deactivation('r2', '2026-11-01T09:10:00Z'), deactivation('r1', '2026-11-01T09:40:00Z')],
      now,
    );
    expect(times.end).toMatchObject({
      known: true,
      at: '2026-11-01T09:40:00Z',
      how: /Deactivated/,
    });
  });

  it('says "not known" when Graph kept nothing, and does not invent the scheduled end', () => {
    const times = actualTimesOf(base, [], [], now);
    expect(times.start).toMatchObject({ known: false, why: /30 days/ });
    expect(times.end.known).toBe(false);
    const running = actualTimesOf(base, [], [], Date.parse('2026-11-01T10:00:00Z'));
    expect(running.end).toMatchObject({ known: false, why: /Still active/ });
  });

  it('has nothing to say for a request that made nobody active', () => {
    const denied = actualTimesOf({ ...base, status: 'Denied' }, [], [], now);
    expect(denied.start.known).toBe(false);
    expect(denied.end.known).toBe(false);
  });
});
