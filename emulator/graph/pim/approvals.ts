import type { ApprovalStep } from '@microsoft/microsoft-graph-types-beta';
import { GraphApiError } from '../errors.ts';
import type { Caller } from '../state.ts';
import { ACTIVITY } from './audit.ts';
import { DAY, iso, type DomainContext, type RequestMeta } from './context.ts';
import {
  applyExtension,
  applyRenewal,
  auditRequest,
  beginActivation,
  setStatus,
} from './lifecycle.ts';
import type { ActivationPolicy } from './activation-policy.ts';

/**
 * Approvals for approval-required requests: one step per policy stage (id = the request id),
 * the approvers resolved when the stage opens (single users, or a group's members), serial
 * stages, decisions with the 403/404/409 answers GRAPH-PIM.md §6 records, and the stage timeout.
 */
const stepKey = (approvalId: string, stepId: string): string => `${approvalId}/${stepId}`;

function resolveApprovers(ctx: DomainContext, stage: ActivationPolicy['stages'][number]): string[] {
  const ids = new Set<string>();
  for (const approver of stage.approvers) {
    if (approver['@odata.type'] === '#microsoft.graph.singleUser' && approver.userId)
      ids.add(approver.userId);
    if (approver['@odata.type'] === '#microsoft.graph.groupMembers' && approver.groupId)
      for (const member of ctx.state.groupMembers.get(approver.groupId) ?? []) ids.add(member);
  }
  return [...ids];
}

function newStep(id: string, inProgress: boolean): ApprovalStep {
  return {
    id,
    displayName: null,
    status: inProgress ? 'InProgress' : 'Initializing',
    reviewResult: 'NotReviewed',
    reviewedBy: null,
    reviewedDateTime: null,
    justification: '',
    assignedToMe: false,
  };
}

/** Opens the approval of a request (approval id = request id) and schedules stage one's timeout. */
export function openApproval(
  ctx: DomainContext,
  meta: RequestMeta,
  policy: ActivationPolicy,
  atMs: number,
): void {
  const steps = policy.stages.map((_, i) => newStep(ctx.newId(), i === 0));
  ctx.state.approvals.set(meta.id, {
    kind: meta.target.plane,
    approval: { id: meta.id, steps },
  });
  policy.stages.forEach((stage, i) => {
    const step = steps[i];
    if (step?.id) ctx.approvers.set(stepKey(meta.id, step.id), resolveApprovers(ctx, stage));
  });
  scheduleTimeout(ctx, meta, policy, 0, atMs);
}

function scheduleTimeout(
  ctx: DomainContext,
  meta: RequestMeta,
  policy: ActivationPolicy,
  index: number,
  fromMs: number,
) {
  const stage = policy.stages[index];
  const step = ctx.state.approvals.get(meta.id)?.approval.steps?.[index];
  if (!stage || !step) return;
  ctx.scheduler.at(fromMs + stage.timeoutDays * DAY, (at) => {
    if (step.status !== 'InProgress') return;
    step.status = 'Expired';
    setStatus(ctx, meta.id, 'Denied', at);
    auditRequest(ctx, meta, ACTIVITY.activationRequestExpired, at, null);
    ctx.meta.delete(meta.id);
  });
}

/** Approver user ids of one step (for `assignedToMe` and `filterByCurrentUser(on='approver')`). */
export function approversOf(
  ctx: DomainContext,
  approvalId: string,
  stepId: string,
): readonly string[] {
  return ctx.approvers.get(stepKey(approvalId, stepId)) ?? [];
}

/** Closes the open steps of a canceled request. */
export function closeApproval(ctx: DomainContext, approvalId: string): void {
  for (const step of ctx.state.approvals.get(approvalId)?.approval.steps ?? [])
    if (step.status === 'InProgress' || step.status === 'Initializing') step.status = 'Completed';
}

export function decideApprovalStep(
  ctx: DomainContext,
  caller: Caller,
  approvalId: string,
  stepId: string,
  body: unknown,
  policyOf: (meta: RequestMeta) => ActivationPolicy,
): void {
  const entry =
    ctx.state.approvals.get(approvalId) ?? ctx.state.approvals.get(approvalId.toLowerCase());
  if (!entry)
    throw new GraphApiError(404, 'ResourceNotFound', `The approval '${approvalId}' was not found.`);
  const steps = entry.approval.steps ?? [];
  const index = steps.findIndex((s) => s.id?.toLowerCase() === stepId.toLowerCase());
  const step = steps[index];
  if (!step?.id)
    throw new GraphApiError(
      404,
      'ResourceNotFound',
      `The approval step '${stepId}' was not found.`,
    );
  const request = ctx.requestsById.get(entry.approval.id ?? '');
  const approvers = approversOf(ctx, approvalId, step.id);
  if (!approvers.includes(caller.userId))
    throw new GraphApiError(
      403,
      'Forbidden',
      'The caller is not an approver of this approval step.',
    );
  if (request?.principalId === caller.userId)
    throw new GraphApiError(403, 'Forbidden', 'Approvers cannot approve their own requests.');
  if (step.status !== 'InProgress')
    throw new GraphApiError(
      409,
      'Conflict',
      'A decision has already been recorded for this approval step.',
    );
  const meta = ctx.meta.get(entry.approval.id ?? '');
  if (!meta) throw new GraphApiError(409, 'Conflict', 'The request is no longer pending approval.');

  const json = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const result = typeof json.reviewResult === 'string' ? json.reviewResult.toLowerCase() : '';
  if (result !== 'approve' && result !== 'deny')
    throw new GraphApiError(
      400,
      'BadRequest',
      "The property 'reviewResult' must be 'Approve' or 'Deny'.",
    );
  const justification = typeof json.justification === 'string' ? json.justification.trim() : '';
  const policy = policyOf(meta);
  if (policy.stages[index]?.approverJustificationRequired && !justification)
    throw new GraphApiError(
      400,
      'BadRequest',
      'A justification is required to review this request.',
    );

  const now = ctx.clock.nowMs();
  const reviewer = ctx.usersById.get(caller.userId);
  step.reviewResult = result === 'approve' ? 'Approved' : 'Denied';
  step.status = 'Completed';
  step.justification = justification;
  step.reviewedDateTime = iso(now);
  step.reviewedBy = { id: caller.userId, displayName: reviewer?.displayName ?? null };
  const extension = meta.extendsInstanceId !== null || meta.renewal;
  const decided = { ...meta, justification: justification || meta.justification };

  if (result === 'deny') {
    setStatus(ctx, meta.id, 'Denied', now);
    auditRequest(
      ctx,
      decided,
      extension ? ACTIVITY.extendDenied : ACTIVITY.activationDenied,
      now,
      caller.userId,
    );
    ctx.meta.delete(meta.id);
    return;
  }
  const next = steps[index + 1];
  if (next) {
    next.status = 'InProgress';
    scheduleTimeout(ctx, meta, policy, index + 1, now);
    return;
  }
  auditRequest(
    ctx,
    decided,
    extension ? ACTIVITY.extendApproved : ACTIVITY.activationApproved,
    now,
    caller.userId,
  );
  if (meta.renewal) applyRenewal(ctx, meta, now);
  else if (extension) applyExtension(ctx, meta, now);
  else beginActivation(ctx, meta, now);
}
