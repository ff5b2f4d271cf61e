import { describe, expect, it } from 'vitest';
import {
  describeOutcome,
  outcomeOfAnswer,
  outcomeOfPick,
  outcomeTone,
  pickStep,
  type ApprovalStepView,
} from './decision.ts';

const step = (changes: Partial<ApprovalStepView>): ApprovalStepView => ({
  id: 's1',
  assignedToMe: false,
  status: 'InProgress',
  reviewResult: 'NotReviewed',
  reviewedBy: null,
  ...changes,
});

describe('pickStep', () => {
  it('picks the step assigned to me that is in progress', () => {
    const steps = [
      step({ id: 'done', status: 'Completed', reviewResult: 'Approved', assignedToMe: true }),
      step({ id: 'mine', assignedToMe: true, status: 'inprogress' }),
    ];
    expect(pickStep(steps)).toEqual({ kind: 'open', stepId: 'mine' });
  });

  it('says who decided a step that is no longer open', () => {
    const steps = [
      step({
        status: 'Completed',
        reviewResult: 'Denied',
        reviewedBy: 'Lee Gu',
        assignedToMe: true,
      }),
    ];
    expect(pickStep(steps)).toEqual({ kind: 'decided', by: 'Lee Gu', result: 'Denied' });
  });

  it('tells an expired approval and one that is not mine', () => {
    expect(pickStep([step({ status: 'Expired', assignedToMe: true })])).toEqual({
      kind: 'expired',
    });
    expect(pickStep([step({ assignedToMe: false })])).toEqual({ kind: 'notYours' });
    // Stage one approved by someone else, stage two open for others: not mine to decide.
    expect(
      pickStep([
        step({ status: 'Completed', reviewResult: 'Approved', reviewedBy: 'Lee' }),
        step({ id: 's2', status: 'InProgress' }),
      ]),
    ).toEqual({ kind: 'notYours' });
  });
});

describe('outcomes', () => {
  it('maps each PATCH answer', () => {
    expect(outcomeOfAnswer('Approve', { status: 204 })).toEqual({ kind: 'approved' });
    expect(outcomeOfAnswer('Deny', { status: 204 })).toEqual({ kind: 'denied' });
    expect(outcomeOfAnswer('Approve', { status: 409 })).toEqual({
      kind: 'alreadyDecided',
      by: null,
      result: null,
    });
    expect(outcomeOfAnswer('Approve', { status: 403 })).toEqual({ kind: 'notYours' });
    expect(outcomeOfAnswer('Approve', { status: 404 })).toEqual({ kind: 'gone' });
    expect(
      outcomeOfAnswer('Approve', { status: 400, code: 'BadRequest', message: 'Reason needed.' }),
    ).toEqual({ kind: 'failed', code: 'BadRequest', message: 'Reason needed.' });
  });

  it('reads a decision by someone else as news, not as an error', () => {
    const outcome = outcomeOfPick({ kind: 'decided', by: 'Lee Gu', result: 'Approved' });
    expect(describeOutcome(outcome)).toBe('Already approved by Lee Gu.');
    expect(outcomeTone(outcome)).toBe('info');
    expect(describeOutcome({ kind: 'alreadyDecided', by: null, result: null })).toBe(
      'Already decided by another approver.',
    );
    expect(outcomeTone({ kind: 'failed', code: 'x', message: 'y' })).toBe('error');
    expect(outcomeTone({ kind: 'approved' })).toBe('success');
  });
});
