import { GraphApiError } from '../errors.ts';
import type { Caller } from '../state.ts';
import { openApproval } from './approvals.ts';
import { removeAssignment } from './assignments.ts';
import { findActiveAssignment, findEligibility } from './lookups.ts';
import { ACTIVITY } from './audit.ts';
import { iso, type DomainContext, type RequestEntity, type RequestMeta } from './context.ts';
import { applyExtension, auditRequest, beginActivation, setStatus } from './lifecycle.ts';
import { approveOrApply } from './renewal.ts';
import { badRequest, type ParsedRequest } from './request-body.ts';

import {
  EXTEND_WINDOW_MS,
  MIN_ACTIVE_MS,
  acrsChallenge,
  activationPolicyOf,
  exists,
  assertNoPending,
  policyFailure,
  store,
  type EntityOf,
} from './request-checks.ts';

/** The self-service flows: activate, deactivate, and extend an expiring assignment. */
export function activate(
  ctx: DomainContext,
  caller: Caller,
  parsed: ParsedRequest,
  meta: RequestMeta,
  now: number,
  entity: EntityOf,
): RequestEntity {
  if (findActiveAssignment(ctx.state, meta.principalId, meta.target, now))
    throw exists('RoleAssignmentExists');
  assertNoPending(ctx, meta.principalId, parsed);
  meta.eligibility = findEligibility(ctx.state, meta.principalId, meta.target, meta.startMs);
  if (!meta.eligibility) throw policyFailure(ctx, meta, ['EligibilityRule'], now);
  const policy = activationPolicyOf(ctx, meta);
  const failed: string[] = [];
  const length = meta.endMs === null ? null : meta.endMs - meta.startMs;
  if (
    (length === null && policy.isExpirationRequired) ||
    (length !== null && length > policy.maximumDurationMs)
  )
    failed.push('ExpirationRule');
  if ((policy.justification || policy.approvalRequired) && !parsed.justification?.trim())
    failed.push('JustificationRule');
  if (policy.ticketing && (!parsed.ticketNumber?.trim() || !parsed.ticketSystem?.trim()))
    failed.push('TicketingRule');
  if (policy.mfa && !caller.amr.includes('mfa')) failed.push('MfaRule');
  if (failed.length > 0) throw policyFailure(ctx, meta, failed, now);
  if (policy.authContext && !caller.acrs.includes(policy.authContext))
    throw acrsChallenge(policy.authContext);
  if (parsed.isValidationOnly) return entity('Granted', null);

  const targetScheduleId =
    meta.target.plane === 'role'
      ? meta.id
      : `${meta.target.groupId}_${meta.target.accessId}_${meta.id}`;
  const created = store(ctx, entity('PendingProvisioning', targetScheduleId), meta);
  ctx.activatedUsing.set(meta.id, meta.eligibility);
  auditRequest(ctx, meta, ACTIVITY.activationRequested, now, caller.userId);
  if (policy.approvalRequired && policy.stages.length > 0) {
    setStatus(ctx, meta.id, 'PendingApproval', null);
    created.approvalId = meta.id;
    openApproval(ctx, meta, policy, now);
    auditRequest(ctx, meta, ACTIVITY.approvalRequested, now, caller.userId);
  } else {
    beginActivation(ctx, meta, now);
  }
  return created;
}

export function deactivate(
  ctx: DomainContext,
  parsed: ParsedRequest,
  meta: RequestMeta,
  now: number,
  entity: EntityOf,
): RequestEntity {
  const active = findActiveAssignment(ctx.state, meta.principalId, meta.target, now, 'Activated');
  if (!active) throw exists('RoleAssignmentDoesNotExist');
  if (active.startMs !== null && now - active.startMs < MIN_ACTIVE_MS)
    throw new GraphApiError(
      400,
      'ActiveDurationTooShort',
      'The Active duration is too short. Miniumum Required is 5 minutes.',
    );
  if (parsed.isValidationOnly) return entity('Granted', active.scheduleId);
  meta.startMs = now;
  meta.endMs = null;
  const created = store(ctx, entity('Revoked', active.scheduleId), null);
  created.completedDateTime = iso(now);
  auditRequest(ctx, meta, ACTIVITY.deactivationRequested, now, meta.requestedBy);
  removeAssignment(ctx, meta.target.plane, active.instanceId);
  auditRequest(ctx, meta, ACTIVITY.deactivationCompleted, now, meta.requestedBy);
  return created;
}

export function extend(
  ctx: DomainContext,
  parsed: ParsedRequest,
  meta: RequestMeta,
  now: number,
  entity: EntityOf,
): RequestEntity {
  const assigned = findActiveAssignment(ctx.state, meta.principalId, meta.target, now, 'Assigned');
  if (!assigned || assigned.endMs === null) throw exists('RoleAssignmentDoesNotExist');
  if (assigned.endMs - now > EXTEND_WINDOW_MS)
    throw badRequest('Only assignments that expire within the next 14 days can be extended.');
  if (meta.endMs === null || meta.endMs <= assigned.endMs)
    throw badRequest('The requested end must be later than the current end of the assignment.');
  assertNoPending(ctx, meta.principalId, parsed);
  if (parsed.isValidationOnly) return entity('Granted', assigned.scheduleId);
  meta.extendsInstanceId = assigned.instanceId;
  const created = store(ctx, entity('PendingApproval', assigned.scheduleId), meta);
  auditRequest(ctx, meta, ACTIVITY.extendRequested, now, meta.requestedBy);
  return approveOrApply(ctx, meta, created, now, applyExtension);
}
