import { addAssignment } from '../assignments.ts';
import { ACTIVITY } from '../audit.ts';
import { iso, type DomainContext, type EligibilityRef, type Target } from '../context.ts';
import { scheduleActivationExpiry } from '../lifecycle.ts';
/**
 * Seeding helpers that put schedules, instances and requests straight into the state, with the
 * same shapes, audit entries and scheduled transitions the state machine produces at run time.
 */
function scheduleInfo(startMs: number, endMs: number | null) {
  return {
    startDateTime: iso(startMs),
    recurrence: null,
    expiration:
      endMs === null
        ? { type: 'noExpiration' as const, endDateTime: null, duration: null }
        : { type: 'afterDateTime' as const, endDateTime: iso(endMs), duration: null },
  };
}

export function grantEligibility(
  ctx: DomainContext,
  principalId: string,
  target: Target,
  startMs: number,
  endMs: number | null = null,
): EligibilityRef {
  const created = iso(startMs);
  if (target.plane === 'role') {
    const scheduleId = ctx.newId();
    const instanceId = ctx.newId();
    const scope = {
      roleDefinitionId: target.roleDefinitionId,
      directoryScopeId: target.directoryScopeId,
      appScopeId: target.appScopeId,
    };
    ctx.state.roleEligibilitySchedules.push({
      id: scheduleId,
      principalId,
      ...scope,
      createdUsing: scheduleId,
      createdDateTime: created,
      modifiedDateTime: null,
      status: 'Provisioned',
      memberType: 'Direct',
      scheduleInfo: scheduleInfo(startMs, endMs),
    });
    ctx.state.roleEligibilityScheduleInstances.push({
      id: instanceId,
      principalId,
      ...scope,
      startDateTime: created,
      endDateTime: endMs === null ? null : iso(endMs),
      memberType: 'Direct',
      roleEligibilityScheduleId: scheduleId,
    });
    return { scheduleId, instanceId };
  }
  const prefix = `${target.groupId}_${target.accessId}_`;
  const scheduleId = prefix + ctx.newId();
  const instanceId = prefix + ctx.newId();
  ctx.state.groupEligibilitySchedules.push({
    id: scheduleId,
    principalId,
    groupId: target.groupId,
    accessId: target.accessId,
    createdUsing: scheduleId,
    createdDateTime: created,
    modifiedDateTime: null,
    status: 'Provisioned',
    memberType: 'direct',
    scheduleInfo: scheduleInfo(startMs, endMs),
  });
  ctx.state.groupEligibilityScheduleInstances.push({
    id: instanceId,
    accessId: target.accessId,
    groupId: target.groupId,
    principalId,
    memberType: 'direct',
    startDateTime: created,
    endDateTime: endMs === null ? null : iso(endMs),
    eligibilityScheduleId: scheduleId,
  });
  return { scheduleId, instanceId };
}

/** An administrator's direct (Assigned) assignment, permanent when `endMs` is null. */
export function grantAssignment(
  ctx: DomainContext,
  principalId: string,
  target: Target,
  startMs: number,
  endMs: number | null,
): void {
  const prefix = target.plane === 'group' ? `${target.groupId}_${target.accessId}_` : '';
  const scheduleId = prefix + ctx.newId();
  const instanceId = prefix + ctx.newId();
  addAssignment(
    ctx,
    {
      principalId,
      target,
      startMs,
      endMs,
      assignmentType: 'Assigned',
      scheduleId,
      instanceId,
      createdUsing: scheduleId,
      eligibility: null,
    },
    startMs,
  );
  if (endMs !== null) {
    const meta = {
      id: scheduleId,
      principalId,
      target,
      justification: null,
      ticketNumber: null,
      ticketSystem: null,
      startMs,
      endMs,
    };
    scheduleActivationExpiry(ctx, meta, instanceId, endMs, ACTIVITY.removeCompleted);
  }
}
