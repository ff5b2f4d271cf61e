import { ACTIVITY, type Activity } from './audit.ts';
import { addAssignment, removeAssignment, setAssignmentEnd } from './assignments.ts';
import { findActiveAssignment } from './lookups.ts';
import { iso, type DomainContext, type RequestMeta } from './context.ts';

/**
 * What happens to an accepted request over time: a future start waits as `Granted`, an
 * immediate one is `PendingProvisioning` for `provisioningDelayMs`, then `Provisioned` with an
 * `Activated` instance that is removed at its end.
 */
export function setStatus(
  ctx: DomainContext,
  requestId: string,
  status: string,
  atMs: number | null,
): void {
  const entity = ctx.requestsById.get(requestId);
  if (!entity) return;
  entity.status = status;
  if (atMs !== null) entity.completedDateTime = iso(atMs);
}

const statusOf = (ctx: DomainContext, id: string): string | undefined =>
  ctx.requestsById.get(id)?.status;

function audit(
  ctx: DomainContext,
  meta: RequestMeta,
  activity: Activity,
  atMs: number,
  initiatorId: string | null,
) {
  ctx.audit.write(
    {
      atMs,
      activity,
      initiatorId,
      principalId: meta.principalId,
      target: meta.target,
      requestId: meta.id,
      justification: meta.justification,
      ticketNumber: meta.ticketNumber,
      ticketSystem: meta.ticketSystem,
      startMs: meta.startMs,
      endMs: meta.endMs,
    },
    ctx.auditId(meta.id),
  );
}

export { audit as auditRequest };

/** Starts an accepted (or just approved) activation at `atMs`, or schedules its future start. */
export function beginActivation(ctx: DomainContext, meta: RequestMeta, atMs: number): void {
  if (meta.startMs > atMs) {
    setStatus(ctx, meta.id, 'Granted', meta.startMs);
    ctx.scheduler.at(meta.startMs, (at) => {
      if (statusOf(ctx, meta.id) === 'Granted') provisionActivation(ctx, meta, at);
    });
    return;
  }
  meta.startMs = atMs;
  if (meta.durationMs !== null) meta.endMs = atMs + meta.durationMs;
  const entity = ctx.requestsById.get(meta.id);
  if (entity?.scheduleInfo) entity.scheduleInfo.startDateTime = iso(atMs);
  if (ctx.provisioningDelayMs > 0) {
    setStatus(ctx, meta.id, 'PendingProvisioning', null);
    ctx.scheduler.at(atMs + ctx.provisioningDelayMs, (at) => {
      if (statusOf(ctx, meta.id) === 'PendingProvisioning') provisionActivation(ctx, meta, at);
    });
  } else {
    provisionActivation(ctx, meta, atMs);
  }
}

function provisionActivation(ctx: DomainContext, meta: RequestMeta, atMs: number): void {
  if (findActiveAssignment(ctx.state, meta.principalId, meta.target, atMs)) {
    // Something else made the principal active meanwhile; PIM fails the later request.
    setStatus(ctx, meta.id, 'Failed', atMs);
    ctx.meta.delete(meta.id);
    return;
  }
  const scheduleId =
    meta.target.plane === 'role'
      ? meta.id
      : `${meta.target.groupId}_${meta.target.accessId}_${meta.id}`;
  const instanceId =
    meta.target.plane === 'role'
      ? ctx.newId()
      : `${meta.target.groupId}_${meta.target.accessId}_${ctx.newId()}`;
  const startMs = Math.min(meta.startMs, atMs);
  addAssignment(
    ctx,
    {
      principalId: meta.principalId,
      target: meta.target,
      startMs,
      endMs: meta.endMs,
      assignmentType: 'Activated',
      scheduleId,
      instanceId,
      createdUsing: meta.id,
      eligibility: meta.eligibility,
    },
    atMs,
  );
  setStatus(ctx, meta.id, 'Provisioned', atMs);
  audit(ctx, meta, ACTIVITY.activationCompleted, atMs, meta.principalId);
  const endMs = meta.endMs;
  if (endMs !== null) scheduleActivationExpiry(ctx, meta, instanceId, endMs);
  ctx.meta.delete(meta.id);
}

/** Removes an activation at its end, writing the "activation expired" entry. */
export function scheduleActivationExpiry(
  ctx: DomainContext,
  meta: Pick<
    RequestMeta,
    | 'id'
    | 'principalId'
    | 'target'
    | 'justification'
    | 'ticketNumber'
    | 'ticketSystem'
    | 'startMs'
    | 'endMs'
  >,
  instanceId: string,
  endMs: number,
  activity: Activity = ACTIVITY.activationExpired,
): void {
  ctx.scheduler.at(endMs, (at) => {
    const instances =
      meta.target.plane === 'role'
        ? ctx.state.roleAssignmentScheduleInstances
        : ctx.state.groupAssignmentScheduleInstances;
    const instance = instances.find((i) => i.id === instanceId);
    // An extension may have moved the end since this event was scheduled.
    if (!instance || (instance.endDateTime && new Date(instance.endDateTime).getTime() > at))
      return;
    removeAssignment(ctx, meta.target.plane, instanceId);
    if (activity === ACTIVITY.removeCompleted)
      ctx.expiredAssignments.push({
        principalId: meta.principalId,
        target: meta.target,
        endMs: at,
      });
    const full: RequestMeta = {
      ...meta,
      action: 'selfActivate',
      requestedBy: meta.principalId,
      durationMs: null,
      eligibility: null,
      extendsInstanceId: null,
      renewal: false,
    };
    audit(ctx, full, activity, at, null);
  });
}

/** Applies an approved (or approval-free) extension: the assignment's end moves. */
export function applyExtension(ctx: DomainContext, meta: RequestMeta, atMs: number): void {
  const instanceId = meta.extendsInstanceId;
  if (!instanceId) return;
  setAssignmentEnd(ctx, meta.target.plane, instanceId, meta.endMs, atMs);
  setStatus(ctx, meta.id, 'Provisioned', atMs);
  if (meta.endMs !== null)
    scheduleActivationExpiry(ctx, meta, instanceId, meta.endMs, ACTIVITY.removeCompleted);
  ctx.meta.delete(meta.id);
}

/** Applies an approved (or approval-free) renewal: a new Assigned assignment from now. */
export function applyRenewal(ctx: DomainContext, meta: RequestMeta, atMs: number): void {
  const t = meta.target;
  ctx.meta.delete(meta.id);
  if (meta.endMs === null || meta.endMs <= atMs) {
    setStatus(ctx, meta.id, 'Failed', atMs);
    return;
  }
  const scheduleId = t.plane === 'role' ? meta.id : `${t.groupId}_${t.accessId}_${meta.id}`;
  const instanceId = t.plane === 'role' ? ctx.newId() : `${t.groupId}_${t.accessId}_${ctx.newId()}`;
  addAssignment(
    ctx,
    {
      principalId: meta.principalId,
      target: t,
      startMs: atMs,
      endMs: meta.endMs,
      assignmentType: 'Assigned',
      scheduleId,
      instanceId,
      createdUsing: meta.id,
      eligibility: null,
    },
    atMs,
  );
  const entity = ctx.requestsById.get(meta.id);
  if (entity) entity.targetScheduleId = scheduleId;
  setStatus(ctx, meta.id, 'Provisioned', atMs);
  audit(ctx, { ...meta, startMs: atMs }, ACTIVITY.assignCompletedTimebound, atMs, meta.principalId);
  scheduleActivationExpiry(ctx, meta, instanceId, meta.endMs, ACTIVITY.removeCompleted);
}
