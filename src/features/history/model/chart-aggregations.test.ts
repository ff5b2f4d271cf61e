import { describe, expect, it } from 'vitest';
import {
  activationsPerDay,
  approvalTurnaround,
  mostActivatedRoles,
  mostActiveRequesters,
  percentile,
} from './chart-aggregations.ts';
import type { HistoryRequest } from './history-request.ts';

let n = 0;
function req(over: Partial<HistoryRequest>): HistoryRequest {
  n += 1;
  return {
    id: `r${String(n)}`,
    plane: 'role',
    requesterId: 'u1',
    requesterName: 'Adele Vance',
    requesterUpn: '',
    targetId: 't1',
    targetName: 'Global Administrator',
    scope: 'Directory',
    action: 'selfActivate',
    status: 'Provisioned',
    createdAt: new Date(2026, 10, 2, 10).toISOString(),
    completedAt: null,
    requestedStart: null,
    requestedEnd: null,
    justification: '',
    ticketNumber: '',
    ticketSystem: '',
    approvalId: null,
    createdById: 'u1',
    ...over,
  };
}

describe('activationsPerDay', () => {
  it('counts activations per local day by outcome, filling empty days, ignoring other actions', () => {
    const days = activationsPerDay([
      req({ createdAt: new Date(2026, 10, 1, 9).toISOString() }),
      req({ createdAt: new Date(2026, 10, 1, 23).toISOString(), status: 'Denied' }),
      req({ createdAt: new Date(2026, 10, 3, 1).toISOString(), status: 'Canceled' }),
      req({
        createdAt: new Date(2026, 10, 2, 1).toISOString(),
        action: 'selfDeactivate',
        status: 'Revoked',
      }),
    ]);
    expect(days.map((d) => [d.day, d.total])).toEqual([
      ['2026-11-01', 2],
      ['2026-11-02', 0],
      ['2026-11-03', 1],
    ]);
    expect(days[0]?.byOutcome).toMatchObject({ 'Active or done': 1, Denied: 1 });
    expect(days[2]?.byOutcome.Canceled).toBe(1);
  });

  it('is empty without activations', () => {
    expect(activationsPerDay([req({ action: 'adminAssign' })])).toEqual([]);
  });
});

describe('rankings', () => {
  it('ranks roles (with scope) and requesters by activations, ties by name', () => {
    const rows = [
      req({ targetId: 'b', targetName: 'B role' }),
      req({ targetId: 'a', targetName: 'A role', requesterId: 'u2', requesterName: 'Megan Bowen' }),
      req({ targetId: 'b', targetName: 'B role', requesterId: 'u2', requesterName: 'Megan Bowen' }),
      req({ targetId: 'c', targetName: 'C role', action: 'adminAssign' }),
    ];
    expect(mostActivatedRoles(rows)).toEqual([
      { name: 'B role (Directory)', count: 2 },
      { name: 'A role (Directory)', count: 1 },
    ]);
    expect(mostActiveRequesters(rows, 1)).toEqual([{ name: 'Megan Bowen', count: 2 }]);
  });

  it('groups requesters by id: namesakes stay apart, a missing object counts under its id', () => {
    const rows = [
      req({ requesterId: 'a', requesterName: 'Sam Lee' }),
      req({ requesterId: 'b', requesterName: 'Sam Lee' }),
      req({ requesterId: 'b', requesterName: 'Sam Lee' }),
      req({ requesterId: 'sp-9', requesterName: '' }),
      req({ requesterId: 'sp-9', requesterName: '' }),
      req({ requesterId: 'sp-9', requesterName: '' }),
    ];
    expect(mostActiveRequesters(rows)).toEqual([
      { name: 'sp-9', count: 3 },
      { name: 'Sam Lee', count: 2 },
      { name: 'Sam Lee', count: 1 },
    ]);
  });
});

describe('approvalTurnaround', () => {
  it('measures decided approvals only: median and 90th percentile (nearest rank)', () => {
    const at = (minutes: number) => new Date(Date.UTC(2026, 10, 1, 10, minutes)).toISOString();
    const created = at(0);
    const rows = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((m) =>
      req({
        approvalId: 'a',
        createdAt: created,
        completedAt: at(m),
        status: m % 2 ? 'Provisioned' : 'Denied',
      }),
    );
    rows.push(
      req({ approvalId: 'a', createdAt: created, completedAt: at(50), status: 'Canceled' }),
    );
    rows.push(req({ approvalId: null, createdAt: created, completedAt: at(55) }));
    const t = approvalTurnaround(rows);
    expect(t).toEqual({ count: 10, medianMs: 5 * 60_000, p90Ms: 9 * 60_000 });
  });

  it('is undefined when nothing was decided', () => {
    expect(approvalTurnaround([req({})])).toBeUndefined();
  });

  it('percentile handles the edges', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([1, 2], 100)).toBe(2);
  });
});
