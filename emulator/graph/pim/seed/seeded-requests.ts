import { addAssignment } from '../assignments.ts';
import { ACTIVITY } from '../audit.ts';
import {
  iso,
  type DomainContext,
  type EligibilityRef,
  type RequestMeta,
  type Target,
} from '../context.ts';
import { openApproval } from '../approvals.ts';
import { auditRequest, scheduleActivationExpiry } from '../lifecycle.ts';
import { readActivationPolicy } from '../activation-policy.ts';
import { policyFor } from '../lookups.ts';
import type { ParsedRequest } from '../request-body.ts';
import { buildRequestEntity } from '../request-entity.ts';

/**
 * Seeded self-activation requests (active now, or waiting for approval) with the entities,
 * audit entries, approvals and scheduled transitions the state machine would have produced.
 */
function parsedSelfActivate(
  principalId: string,
  target: Target,
  durationMs: number,
  justification: string,
): ParsedRequest {
  const hours = durationMs / 3_600_000;
  return {
    action: 'selfActivate',
    actionAsSent: 'selfActivate',
    principalId,
    target,
    schedule: {
      startMs: null,
      expirationType: 'afterDuration',
      durationMs,
      duration: `PT${String(hours)}H`,
      endMs: null,
    },
    justification,
    ticketNumber: null,
    ticketSystem: null,
    customData: null,
    isValidationOnly: false,
  };
}

function metaOf(
  ctx: DomainContext,
  principalId: string,
  target: Target,
  startMs: number,
  durationMs: number,
  justification: string,
  eligibility: EligibilityRef,
): RequestMeta {
  return {
    id: ctx.newId(),
    target,
    principalId,
    action: 'selfActivate',
    requestedBy: principalId,
    startMs,
    endMs: startMs + durationMs,
    durationMs,
    eligibility,
    justification,
    ticketNumber: null,
    ticketSystem: null,
    extendsInstanceId: null,
    renewal: false,
  };
}

function storeEntity(
  ctx: DomainContext,
  meta: RequestMeta,
  status: string,
  targetScheduleId: string,
) {
  const parsed = parsedSelfActivate(
    meta.principalId,
    meta.target,
    meta.durationMs ?? 0,
    meta.justification ?? '',
  );
  const entity = buildRequestEntity(parsed, {
    id: meta.id,
    status,
    createdMs: meta.startMs,
    startMs: meta.startMs,
    endMs: meta.endMs,
    callerId: meta.principalId,
    targetScheduleId,
  });
  ctx.requestsById.set(meta.id, entity);
  if ('groupId' in entity) ctx.state.groupAssignmentScheduleRequests.push(entity);
  else ctx.state.roleAssignmentScheduleRequests.push(entity);
  return entity;
}

/** A self-activation that started at `startMs` and is active now (expires by the clock). */
export function seedActivation(
  ctx: DomainContext,
  principalId: string,
  target: Target,
  eligibility: EligibilityRef,
  startMs: number,
  durationMs: number,
  justification: string,
): void {
  const meta = metaOf(ctx, principalId, target, startMs, durationMs, justification, eligibility);
  const scheduleId =
    target.plane === 'role' ? meta.id : `${target.groupId}_${target.accessId}_${meta.id}`;
  const entity = storeEntity(ctx, meta, 'Provisioned', scheduleId);
  entity.completedDateTime = iso(startMs);
  const instanceId =
    target.plane === 'role' ? ctx.newId() : `${target.groupId}_${target.accessId}_${ctx.newId()}`;
  addAssignment(
    ctx,
    {
      principalId,
      target,
      startMs,
      endMs: meta.endMs,
      assignmentType: 'Activated',
      scheduleId,
      instanceId,
      createdUsing: meta.id,
      eligibility,
    },
    startMs,
  );
  ctx.activatedUsing.set(meta.id, eligibility);
  auditRequest(ctx, meta, ACTIVITY.activationRequested, startMs, principalId);
  auditRequest(ctx, meta, ACTIVITY.activationCompleted, startMs, principalId);
  if (meta.endMs !== null) scheduleActivationExpiry(ctx, meta, instanceId, meta.endMs);
}

/** A self-activation waiting for its approvers since `createdMs`. */
export function seedPendingApproval(
  ctx: DomainContext,
  principalId: string,
  target: Target,
  eligibility: EligibilityRef,
  createdMs: number,
  durationMs: number,
  justification: string,
): void {
  const meta = metaOf(ctx, principalId, target, createdMs, durationMs, justification, eligibility);
  const scheduleId =
    target.plane === 'role' ? meta.id : `${target.groupId}_${target.accessId}_${meta.id}`;
  const entity = storeEntity(ctx, meta, 'PendingApproval', scheduleId);
  entity.approvalId = meta.id;
  ctx.meta.set(meta.id, meta);
  ctx.activatedUsing.set(meta.id, eligibility);
  const policy = policyFor(ctx.state, target);
  if (!policy) throw new Error('seed: pending approval on a target without policy');
  auditRequest(ctx, meta, ACTIVITY.activationRequested, createdMs, principalId);
  auditRequest(ctx, meta, ACTIVITY.approvalRequested, createdMs, principalId);
  openApproval(ctx, meta, readActivationPolicy(policy), createdMs);
}
