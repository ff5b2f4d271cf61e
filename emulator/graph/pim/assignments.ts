import type { PrivilegedAccessGroupAssignmentScheduleInstance } from '@microsoft/microsoft-graph-types';
import { iso, type DomainContext, type EligibilityRef, type Target } from './context.ts';
import { ms } from './lookups.ts';

/**
 * Writes schedules and instances of both planes (directory roles and PIM for Groups) so the
 * state machine can stay plane-agnostic.
 */
export interface NewAssignment {
  principalId: string;
  target: Target;
  startMs: number;
  endMs: number | null;
  assignmentType: 'Activated' | 'Assigned';
  scheduleId: string;
  instanceId: string;
  createdUsing: string;
  eligibility: EligibilityRef | null;
}

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

export function addAssignment(ctx: DomainContext, a: NewAssignment, atMs: number): void {
  const { state } = ctx;
  const start = iso(a.startMs);
  const end = a.endMs === null ? null : iso(a.endMs);
  if (a.target.plane === 'role') {
    const t = a.target;
    state.roleAssignmentSchedules.push({
      id: a.scheduleId,
      principalId: a.principalId,
      roleDefinitionId: t.roleDefinitionId,
      directoryScopeId: t.directoryScopeId,
      appScopeId: t.appScopeId,
      createdUsing: a.createdUsing,
      createdDateTime: iso(atMs),
      modifiedDateTime: null,
      status: 'Provisioned',
      assignmentType: a.assignmentType,
      memberType: 'Direct',
      scheduleInfo: scheduleInfo(a.startMs, a.endMs),
    });
    state.roleAssignmentScheduleInstances.push({
      id: a.instanceId,
      principalId: a.principalId,
      roleDefinitionId: t.roleDefinitionId,
      directoryScopeId: t.directoryScopeId,
      appScopeId: t.appScopeId,
      startDateTime: start,
      endDateTime: end,
      assignmentType: a.assignmentType,
      memberType: 'Direct',
      roleAssignmentOriginId: a.instanceId,
      roleAssignmentScheduleId: a.scheduleId,
    });
  } else {
    const t = a.target;
    const type = a.assignmentType === 'Activated' ? 'activated' : 'assigned';
    state.groupAssignmentSchedules.push({
      id: a.scheduleId,
      principalId: a.principalId,
      groupId: t.groupId,
      accessId: t.accessId,
      createdUsing: a.createdUsing,
      createdDateTime: iso(atMs),
      modifiedDateTime: null,
      status: 'Provisioned',
      assignmentType: type,
      memberType: 'direct',
      scheduleInfo: scheduleInfo(a.startMs, a.endMs),
    });
    state.groupAssignmentScheduleInstances.push({
      id: a.instanceId,
      principalId: a.principalId,
      groupId: t.groupId,
      accessId: t.accessId,
      startDateTime: start,
      endDateTime: end,
      assignmentType: type,
      memberType: 'direct',
      assignmentScheduleId: a.scheduleId,
    });
  }
  if (a.eligibility) {
    ctx.activatedUsing.set(a.scheduleId, a.eligibility);
    ctx.activatedUsing.set(a.instanceId, a.eligibility);
  }
}

/** Removes an assignment instance and its schedule; false when it was already gone. */
export function removeAssignment(
  ctx: DomainContext,
  plane: Target['plane'],
  instanceId: string,
): boolean {
  const { state } = ctx;
  if (plane === 'role') {
    const index = state.roleAssignmentScheduleInstances.findIndex((i) => i.id === instanceId);
    const instance = state.roleAssignmentScheduleInstances[index];
    if (!instance) return false;
    state.roleAssignmentScheduleInstances.splice(index, 1);
    const s = state.roleAssignmentSchedules.findIndex(
      (x) => x.id === instance.roleAssignmentScheduleId,
    );
    if (s >= 0) state.roleAssignmentSchedules.splice(s, 1);
    return true;
  }
  const index = state.groupAssignmentScheduleInstances.findIndex((i) => i.id === instanceId);
  const instance = state.groupAssignmentScheduleInstances[index];
  if (!instance) return false;
  state.groupAssignmentScheduleInstances.splice(index, 1);
  const s = state.groupAssignmentSchedules.findIndex((x) => x.id === instance.assignmentScheduleId);
  if (s >= 0) state.groupAssignmentSchedules.splice(s, 1);
  return true;
}

/** Moves an assignment's end (extend/renew/update) on both the instance and its schedule. */
export function setAssignmentEnd(
  ctx: DomainContext,
  plane: Target['plane'],
  instanceId: string,
  endMs: number | null,
  atMs: number,
): void {
  const { state } = ctx;
  const end = endMs === null ? null : iso(endMs);
  const list =
    plane === 'role'
      ? state.roleAssignmentScheduleInstances
      : state.groupAssignmentScheduleInstances;
  const instance = list.find((i) => i.id === instanceId);
  if (!instance) return;
  instance.endDateTime = end;
  const scheduleId =
    'roleAssignmentScheduleId' in instance
      ? instance.roleAssignmentScheduleId
      : (instance as PrivilegedAccessGroupAssignmentScheduleInstance).assignmentScheduleId;
  const schedules =
    plane === 'role' ? state.roleAssignmentSchedules : state.groupAssignmentSchedules;
  const schedule = schedules.find((s) => s.id === scheduleId);
  if (schedule) {
    schedule.modifiedDateTime = iso(atMs);
    schedule.scheduleInfo = scheduleInfo(ms(instance.startDateTime) ?? atMs, endMs);
  }
}
