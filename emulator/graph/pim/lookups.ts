import type {
  UnifiedRoleManagementPolicy,
  PrivilegedAccessGroupAssignmentScheduleInstance,
  UnifiedRoleAssignmentScheduleInstance,
} from '@microsoft/microsoft-graph-types';
import type { TenantState } from '../state.ts';
import { sameTarget, type EligibilityRef, type Target } from './context.ts';

/** Finds what a principal holds (eligibilities, active assignments) and which policy applies. */
export const ms = (value: string | null | undefined): number | null =>
  value ? new Date(value).getTime() : null;

const covers = (start: string | null | undefined, end: string | null | undefined, at: number) =>
  (ms(start) ?? -Infinity) <= at && at < (ms(end) ?? Infinity);

const eq = (a: string | null | undefined, b: string | null | undefined): boolean =>
  (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

function roleTargetOf(i: {
  roleDefinitionId?: string | null;
  directoryScopeId?: string | null;
  appScopeId?: string | null;
}): Target {
  return {
    plane: 'role',
    roleDefinitionId: i.roleDefinitionId ?? '',
    directoryScopeId: i.directoryScopeId ?? null,
    appScopeId: i.appScopeId ?? null,
  };
}

function groupTargetOf(i: { groupId?: string | null; accessId?: string | null }): Target {
  return {
    plane: 'group',
    groupId: i.groupId ?? '',
    accessId: i.accessId === 'owner' ? 'owner' : 'member',
  };
}

export function findEligibility(
  state: TenantState,
  principalId: string,
  target: Target,
  atMs: number,
): EligibilityRef | null {
  if (target.plane === 'role') {
    const hit = state.roleEligibilityScheduleInstances.find(
      (e) =>
        eq(e.principalId, principalId) &&
        sameTarget(roleTargetOf(e), target) &&
        covers(e.startDateTime, e.endDateTime, atMs),
    );
    return hit?.id
      ? { instanceId: hit.id, scheduleId: hit.roleEligibilityScheduleId ?? hit.id }
      : null;
  }
  const hit = state.groupEligibilityScheduleInstances.find(
    (e) =>
      eq(e.principalId, principalId) &&
      sameTarget(groupTargetOf(e), target) &&
      covers(e.startDateTime, e.endDateTime, atMs),
  );
  return hit?.id ? { instanceId: hit.id, scheduleId: hit.eligibilityScheduleId ?? hit.id } : null;
}

export interface ActiveAssignment {
  instanceId: string;
  scheduleId: string;
  assignmentType: 'Activated' | 'Assigned';
  startMs: number | null;
  endMs: number | null;
}

export function findActiveAssignment(
  state: TenantState,
  principalId: string,
  target: Target,
  atMs: number,
  type?: 'Activated' | 'Assigned',
): ActiveAssignment | null {
  const list: (
    UnifiedRoleAssignmentScheduleInstance | PrivilegedAccessGroupAssignmentScheduleInstance
  )[] =
    target.plane === 'role'
      ? state.roleAssignmentScheduleInstances
      : state.groupAssignmentScheduleInstances;
  for (const i of list) {
    const t =
      'groupId' in i ? groupTargetOf(i) : roleTargetOf(i as UnifiedRoleAssignmentScheduleInstance);
    if (!eq(i.principalId, principalId) || !sameTarget(t, target)) continue;
    if (!covers(i.startDateTime, i.endDateTime, atMs)) continue;
    const kind = (i.assignmentType ?? '').toLowerCase() === 'activated' ? 'Activated' : 'Assigned';
    if (type && kind !== type) continue;
    const scheduleId =
      'assignmentScheduleId' in i
        ? (i.assignmentScheduleId ?? '')
        : ((i as UnifiedRoleAssignmentScheduleInstance).roleAssignmentScheduleId ?? '');
    return {
      instanceId: i.id ?? '',
      scheduleId,
      assignmentType: kind,
      startMs: ms(i.startDateTime),
      endMs: ms(i.endDateTime),
    };
  }
  return null;
}

/** The policy assigned to a role (tenant-wide) or to a group's member/owner relationship. */
export function policyFor(
  state: TenantState,
  target: Target,
): UnifiedRoleManagementPolicy | undefined {
  const assignment = state.roleManagementPolicyAssignments.find((a) =>
    target.plane === 'role'
      ? a.scopeType === 'DirectoryRole' &&
        a.scopeId === '/' &&
        eq(a.roleDefinitionId, target.roleDefinitionId)
      : a.scopeType === 'Group' &&
        eq(a.scopeId, target.groupId) &&
        a.roleDefinitionId === target.accessId,
  );
  return assignment
    ? state.roleManagementPolicies.find((p) => p.id === assignment.policyId)
    : undefined;
}
