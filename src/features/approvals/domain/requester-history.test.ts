import { describe, expect, it } from 'vitest';
import { historyAccessProblem } from './history-access.ts';
import {
  actionLabel,
  outcomeOf,
  recentRequests,
  summarise,
  type PastRequest,
} from './requester-history.ts';

const past = (id: string, over: Partial<PastRequest> = {}): PastRequest => ({
  id,
  plane: 'role',
  target: 'Global Administrator',
  scope: 'Tenant-wide',
  action: 'selfActivate',
  status: 'Provisioned',
  hadApproval: false,
  justification: '',
  createdAt: new Date('2026-11-01T00:00:00Z'),
  ...over,
});

describe('outcomeOf', () => {
  it('says what became of a request, in any case Graph spells the status', () => {
    expect(outcomeOf(past('a', { status: 'provisioned', hadApproval: true })).label).toBe(
      'Approved',
    );
    expect(outcomeOf(past('a', { status: 'Provisioned' })).label).toBe('Activated');
    expect(outcomeOf(past('a', { status: 'Denied' }))).toEqual({
      label: 'Denied or timed out',
      tone: 'danger',
    });
    expect(outcomeOf(past('a', { status: 'Canceled' })).label).toBe('Canceled by the requester');
    expect(outcomeOf(past('a', { status: 'Revoked' })).label).toBe('Activated, since ended');
    expect(outcomeOf(past('a', { status: 'PendingApproval' })).tone).toBe('informative');
    expect(outcomeOf(past('a', { status: 'Granted' })).label).toBe('Approved, starts later');
    expect(outcomeOf(past('a', { status: 'SomethingNew' })).label).toBe('SomethingNew');
  });

  it('names the action', () => {
    expect(actionLabel('SelfExtend')).toBe('Extension');
    expect(actionLabel('selfRenew')).toBe('Renewal');
    expect(actionLabel('selfActivate')).toBe('Activation');
  });
});

describe('recentRequests', () => {
  it('keeps the requester’s own activations, newest first, without the one under review', () => {
    const list = recentRequests(
      [
        past('old', { createdAt: new Date('2026-10-01T00:00:00Z') }),
        past('review', { createdAt: new Date('2026-11-29T00:00:00Z') }),
        past('new', { createdAt: new Date('2026-11-20T00:00:00Z'), action: 'SelfExtend' }),
        past('admin', { action: 'adminAssign' }),
        past('off', { action: 'selfDeactivate' }),
      ],
      'review',
    );
    expect(list.map((r) => r.id)).toEqual(['new', 'old']);
  });

  it('sums up the outcomes', () => {
    expect(summarise([past('a'), past('b'), past('c', { status: 'Denied' })])).toBe(
      '2 activated, 1 denied or timed out',
    );
  });
});

describe('historyAccessProblem', () => {
  it('names the missing consent and who grants it', () => {
    const problem = historyAccessProblem(
      { status: 403, code: 'UnknownError', innerCode: 'PermissionScopeNotGranted' },
      'group',
    );
    expect(problem.kind).toBe('consent');
    expect(problem.text).toContain('PrivilegedAssignmentSchedule.Read.AzureADGroup');
    expect(problem.text).toContain('Privileged Role Administrator can grant admin consent');
  });

  it('names the reader roles when the directory refuses', () => {
    const problem = historyAccessProblem(
      { status: 403, code: 'Authorization_RequestDenied' },
      'role',
    );
    expect(problem.kind).toBe('role');
    expect(problem.text).toContain('Security Reader');
    expect(problem.text).toContain('activate it in My roles');
  });

  it('shows the code of anything else', () => {
    expect(
      historyAccessProblem({ status: 500, code: 'InternalServerError' }, 'role').text,
    ).toContain('InternalServerError');
  });
});
