import { describe, expect, it } from 'vitest';
import { csvLine } from './csv.ts';
import { historyCsvColumns } from './history-csv.ts';
import type { HistoryRequest } from './history-request.ts';

const row = {
  id: 'r1',
  plane: 'role',
  requesterId: 'sp-1',
  requesterName: '',
  requesterUpn: '',
  targetName: 'Global Administrator',
  scope: 'Directory',
  action: 'selfActivate',
  status: 'Provisioned',
  createdAt: '2026-11-01T09:00:00Z',
  approvalId: 'r1',
} as HistoryRequest;

describe('historyCsvColumns', () => {
  it('adds approver, comment and actual times when they were looked up', () => {
    const columns = historyCsvColumns({
      approver: () => ({ decision: 'Megan Bowen (Approved)', comment: '-ok, go' }),
      actual: () => ({
        start: { known: true, at: '2026-11-01T09:30:00Z', how: 'x' },
        end: { known: false, why: 'gone' },
      }),
    });
    expect(columns.slice(-4).map((c) => c.header)).toEqual([
      'Approver (decision)',
      'Approver comment',
      'Actual start (UTC)',
      'Actual end (UTC)',
    ]);
    const line = csvLine(columns.map((c) => c.value(row)));
    // A requester with no directory object keeps its id; the comment is neutralised and quoted.
    expect(line).toContain(',,,sp-1,');
    expect(
      line.trimEnd().endsWith('Megan Bowen (Approved),"\'-ok, go",2026-11-01T09:30:00Z,Not known'),
    ).toBe(true);
  });

  it('leaves them out when not looked up', () => {
    expect(historyCsvColumns().map((c) => c.header)).not.toContain('Approver comment');
  });
});
