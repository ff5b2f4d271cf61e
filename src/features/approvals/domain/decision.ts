/** Deciding approvals: which step is mine, and what each answer means to the approver. */

export type Decision = 'Approve' | 'Deny';

/** The parts of a beta approvalStep / v1.0 approvalStage the decision depends on. */
export interface ApprovalStepView {
  id: string;
  assignedToMe: boolean;
  /** InProgress | Initializing | Completed | Expired. */
  status: string;
  /** NotReviewed | Approved | Denied. */
  reviewResult: string;
  reviewedBy: string | null;
}

export type StepPick =
  | { kind: 'open'; stepId: string }
  | { kind: 'decided'; by: string | null; result: 'Approved' | 'Denied' | null }
  | { kind: 'expired' }
  | { kind: 'notYours' };

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * The step to decide is the one assigned to me and in progress. Otherwise the approval says why
 * there is nothing to send: someone decided it, it timed out, or it is not mine to decide.
 */
export function pickStep(steps: readonly ApprovalStepView[]): StepPick {
  const open = steps.find((s) => s.assignedToMe && same(s.status, 'InProgress'));
  if (open) return { kind: 'open', stepId: open.id };
  if (steps.some((s) => same(s.status, 'Expired'))) return { kind: 'expired' };
  const denied = steps.find((s) => same(s.reviewResult, 'Denied'));
  const decided = denied ?? [...steps].reverse().find((s) => same(s.reviewResult, 'Approved'));
  const stillOpen = steps.some((s) => same(s.status, 'InProgress'));
  if (decided && (denied || !stillOpen)) {
    return {
      kind: 'decided',
      by: decided.reviewedBy,
      result: same(decided.reviewResult, 'Denied') ? 'Denied' : 'Approved',
    };
  }
  return { kind: 'notYours' };
}

export type DecisionOutcome =
  | { kind: 'approved' }
  | { kind: 'denied' }
  | { kind: 'alreadyDecided'; by: string | null; result: 'Approved' | 'Denied' | null }
  | { kind: 'expired' }
  | { kind: 'notYours' }
  | { kind: 'gone' }
  | { kind: 'failed'; code: string; message: string };

export function outcomeOfPick(pick: Exclude<StepPick, { kind: 'open' }>): DecisionOutcome {
  return pick.kind === 'decided'
    ? { kind: 'alreadyDecided', by: pick.by, result: pick.result }
    : pick;
}

/**
 * Maps the answer to one PATCH. 409 means another approver of the same stage got there first
 * (approvalstep-update): that is news for the approver, not an error.
 */
export function outcomeOfAnswer(
  decision: Decision,
  answer: { status: number; code?: string; message?: string },
): DecisionOutcome {
  if (answer.status >= 200 && answer.status < 300) {
    return decision === 'Approve' ? { kind: 'approved' } : { kind: 'denied' };
  }
  if (answer.status === 409) return { kind: 'alreadyDecided', by: null, result: null };
  if (answer.status === 403) return { kind: 'notYours' };
  if (answer.status === 404) return { kind: 'gone' };
  return {
    kind: 'failed',
    code: answer.code ?? 'UnknownError',
    message: answer.message ?? 'Microsoft Graph did not accept the decision.',
  };
}

/** One sentence per outcome, for the results list and announcements. */
export function describeOutcome(outcome: DecisionOutcome): string {
  switch (outcome.kind) {
    case 'approved':
      return 'Approved.';
    case 'denied':
      return 'Denied.';
    case 'alreadyDecided': {
      const verb =
        outcome.result === 'Denied'
          ? 'Already denied'
          : outcome.result === 'Approved'
            ? 'Already approved'
            : 'Already decided';
      return `${verb} by ${outcome.by ?? 'another approver'}.`;
    }
    case 'expired':
      return 'The approval timed out and PIM denied the request.';
    case 'notYours':
      return 'You are not an approver of this request.';
    case 'gone':
      return 'The request no longer exists (canceled by the requester, or removed).';
    case 'failed':
      return `Not decided: ${outcome.message}`;
  }
}

/** Whether the row's outcome is good news, neutral news or a failure (for its colour and icon). */
export function outcomeTone(outcome: DecisionOutcome): 'success' | 'info' | 'error' {
  if (outcome.kind === 'approved' || outcome.kind === 'denied') return 'success';
  return outcome.kind === 'failed' ? 'error' : 'info';
}
