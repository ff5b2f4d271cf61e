import { GraphApiError } from '../errors.ts';
import { addAssignment, removeAssignment, setAssignmentEnd } from './assignments.ts';
import { findActiveAssignment } from './lookups.ts';
import { ACTIVITY } from './audit.ts';
import type { DomainContext, RequestEntity, RequestMeta } from './context.ts';
import { auditRequest, scheduleActivationExpiry, setStatus } from './lifecycle.ts';
import type { ParsedRequest } from './request-body.ts';

/**
 * Administrator actions (adminAssign, adminRemove, adminUpdate/adminExtend/adminRenew): what the
 * seed's Privileged Role Administrators use. The caller's admin role is checked by the caller.
 */
export function adminRequest(
  ctx: DomainContext,
  parsed: ParsedRequest,
  meta: RequestMeta,
  now: number,
  store: (status: string, targetScheduleId: string | null) => RequestEntity,
): RequestEntity {
  const assigned = findActiveAssignment(ctx.state, meta.principalId, meta.target, now, 'Assigned');
  const permanent = meta.endMs === null;
  if (parsed.action === 'adminAssign') {
    if (assigned)
      throw new GraphApiError(400, 'RoleAssignmentExists', 'The Role assignment already exists.');
    const t = meta.target;
    const scheduleId = t.plane === 'role' ? meta.id : `${t.groupId}_${t.accessId}_${meta.id}`;
    const instanceId =
      t.plane === 'role' ? ctx.newId() : `${t.groupId}_${t.accessId}_${ctx.newId()}`;
    const future = meta.startMs > now;
    const created = store(future ? 'Granted' : 'Provisioned', scheduleId);
    auditRequest(
      ctx,
      meta,
      permanent ? ACTIVITY.assignRequestedPermanent : ACTIVITY.assignRequestedTimebound,
      now,
      meta.requestedBy,
    );
    const provision = (at: number) => {
      if (ctx.requestsById.get(meta.id)?.status === 'Canceled') return;
      addAssignment(
        ctx,
        {
          principalId: meta.principalId,
          target: t,
          startMs: meta.startMs,
          endMs: meta.endMs,
          assignmentType: 'Assigned',
          scheduleId,
          instanceId,
          createdUsing: meta.id,
          eligibility: null,
        },
        at,
      );
      setStatus(ctx, meta.id, 'Provisioned', at);
      auditRequest(
        ctx,
        meta,
        permanent ? ACTIVITY.assignCompletedPermanent : ACTIVITY.assignCompletedTimebound,
        at,
        meta.requestedBy,
      );
      if (meta.endMs !== null)
        scheduleActivationExpiry(ctx, meta, instanceId, meta.endMs, ACTIVITY.removeCompleted);
    };
    if (future) {
      setStatus(ctx, meta.id, 'Granted', meta.startMs);
      ctx.meta.set(meta.id, meta);
      ctx.scheduler.at(meta.startMs, provision);
    } else {
      provision(now);
    }
    return created;
  }
  if (!assigned)
    throw new GraphApiError(
      400,
      'RoleAssignmentDoesNotExist',
      'The Role assignment does not exist.',
    );
  if (parsed.action === 'adminRemove') {
    const wasPermanent = assigned.endMs === null;
    const created = store('Revoked', assigned.scheduleId);
    setStatus(ctx, meta.id, 'Revoked', now);
    auditRequest(
      ctx,
      meta,
      wasPermanent ? ACTIVITY.removeRequestedPermanent : ACTIVITY.removeRequested,
      now,
      meta.requestedBy,
    );
    removeAssignment(ctx, meta.target.plane, assigned.instanceId);
    auditRequest(
      ctx,
      meta,
      wasPermanent ? ACTIVITY.removeCompletedPermanent : ACTIVITY.removeCompleted,
      now,
      meta.requestedBy,
    );
    return created;
  }
  // adminUpdate, adminExtend, adminRenew: the assignment gets the requested end.
  const created = store('Provisioned', assigned.scheduleId);
  setStatus(ctx, meta.id, 'Provisioned', now);
  setAssignmentEnd(ctx, meta.target.plane, assigned.instanceId, meta.endMs, now);
  auditRequest(ctx, meta, ACTIVITY.extendApproved, now, meta.requestedBy);
  if (meta.endMs !== null)
    scheduleActivationExpiry(ctx, meta, assigned.instanceId, meta.endMs, ACTIVITY.removeCompleted);
  return created;
}
