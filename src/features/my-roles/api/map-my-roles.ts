import type {
  PrivilegedAccessGroupAssignmentScheduleInstance,
  PrivilegedAccessGroupAssignmentScheduleRequest,
  PrivilegedAccessGroupEligibilityScheduleInstance,
  UnifiedRoleAssignmentScheduleInstance,
  UnifiedRoleAssignmentScheduleRequest,
  UnifiedRoleEligibilityScheduleInstance,
  UnifiedRoleManagementPolicyAssignment,
} from '@microsoft/microsoft-graph-types';
import {
  targetKey,
  type ActiveAssignment,
  type MyRole,
  type PendingRequest,
  type RoleScope,
  type RoleTarget,
} from '../../../domain/my-role.ts';
import { parseDurationMinutes } from '../../../domain/duration.ts';
import {
  summarisePolicy,
  type ActivationPolicy,
  type PolicyRuleInput,
} from '../../../domain/policy.ts';

/** The wire side of the first screen, one array per `$batch` item. */
export interface MyRolesWire {
  roleEligibilities: UnifiedRoleEligibilityScheduleInstance[];
  roleAssignments: UnifiedRoleAssignmentScheduleInstance[];
  groupEligibilities: PrivilegedAccessGroupEligibilityScheduleInstance[];
  groupAssignments: PrivilegedAccessGroupAssignmentScheduleInstance[];
  roleRequests: UnifiedRoleAssignmentScheduleRequest[];
  groupRequests: PrivilegedAccessGroupAssignmentScheduleRequest[];
  rolePolicies: UnifiedRoleManagementPolicyAssignment[];
}

const date = (value: string | null | undefined): Date | undefined => {
  if (!value) return undefined;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
};

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** `directoryScope` is typed as a bare directoryObject; administrative units carry a name. */
const nameOf = (value: unknown): string | undefined =>
  typeof value === 'object' && value !== null && 'displayName' in value
    ? text(value.displayName)
    : undefined;

function roleTarget(dto: {
  roleDefinitionId?: string | null;
  directoryScopeId?: string | null;
  appScopeId?: string | null;
}): RoleTarget | undefined {
  const roleDefinitionId = text(dto.roleDefinitionId);
  if (!roleDefinitionId) return undefined;
  const appScopeId = text(dto.appScopeId);
  return {
    plane: 'role',
    roleDefinitionId,
    directoryScopeId: text(dto.directoryScopeId) ?? (appScopeId ? '' : '/'),
    ...(appScopeId ? { appScopeId } : {}),
  };
}

function groupTarget(dto: {
  groupId?: string | null;
  accessId?: string | null;
}): RoleTarget | undefined {
  const groupId = text(dto.groupId);
  const access = dto.accessId?.toLowerCase();
  if (!groupId || (access !== 'member' && access !== 'owner')) return undefined;
  return { plane: 'group', groupId, accessId: access };
}

/** Tenant-wide (`/`), an administrative unit, or an application (its object id, or appScopeId). */
export function toRoleScope(
  directoryScopeId: string,
  appScopeId: string | undefined,
  scopeName: string | undefined,
): RoleScope {
  if (appScopeId) return { kind: 'app', displayName: scopeName ?? `App ${appScopeId}` };
  if (directoryScopeId === '/') return { kind: 'tenant', displayName: 'Tenant-wide' };
  if (directoryScopeId.toLowerCase().startsWith('/administrativeunits/')) {
    return {
      kind: 'administrativeUnit',
      displayName: scopeName ?? `Administrative unit ${directoryScopeId.split('/')[2] ?? ''}`,
    };
  }
  return { kind: 'app', displayName: scopeName ?? `App ${directoryScopeId.slice(1)}` };
}

type RoleInstance = UnifiedRoleEligibilityScheduleInstance | UnifiedRoleAssignmentScheduleInstance;
type GroupInstance =
  | PrivilegedAccessGroupEligibilityScheduleInstance
  | PrivilegedAccessGroupAssignmentScheduleInstance;

function describeRoleInstance(dto: RoleInstance, target: Extract<RoleTarget, { plane: 'role' }>) {
  return {
    displayName: text(dto.roleDefinition?.displayName) ?? `Role ${target.roleDefinitionId}`,
    description: text(dto.roleDefinition?.description),
    scope: toRoleScope(target.directoryScopeId, target.appScopeId, nameOf(dto.directoryScope)),
  };
}

function describeGroupInstance(
  dto: GroupInstance,
  target: Extract<RoleTarget, { plane: 'group' }>,
) {
  return {
    displayName: text(dto.group?.displayName) ?? `Group ${target.groupId}`,
    description: text(dto.group?.description),
    scope: {
      kind: 'group' as const,
      displayName: target.accessId === 'owner' ? 'Group owner' : 'Group member',
    },
  };
}

const toActive = (dto: {
  id?: string;
  assignmentType?: string | null;
  startDateTime?: string | null;
  endDateTime?: string | null;
  roleAssignmentScheduleId?: string | null;
  assignmentScheduleId?: string | null;
}): ActiveAssignment => {
  const scheduleId = text(dto.roleAssignmentScheduleId) ?? text(dto.assignmentScheduleId);
  return {
    instanceId: dto.id ?? '',
    assignmentType: dto.assignmentType?.toLowerCase() === 'activated' ? 'Activated' : 'Assigned',
    startDateTime: date(dto.startDateTime),
    endDateTime: date(dto.endDateTime),
    ...(scheduleId ? { scheduleId } : {}),
  };
};

const toPending = (
  dto: UnifiedRoleAssignmentScheduleRequest | PrivilegedAccessGroupAssignmentScheduleRequest,
): PendingRequest => ({
  requestId: dto.id ?? '',
  status: dto.status ?? '',
  createdDateTime: date(dto.createdDateTime),
  startDateTime: date(dto.scheduleInfo?.startDateTime),
  justification: text(dto.justification),
  ...requestedLength(dto.scheduleInfo?.expiration),
  ...(dto.action?.toLowerCase() === 'selfextend' ? { extension: true } : {}),
});

/** How long a request asked for: a duration, or an end date. */
function requestedLength(
  expiration: { duration?: string | null; endDateTime?: string | null } | null | undefined,
): Pick<PendingRequest, 'durationMinutes' | 'endDateTime'> {
  const durationMinutes = parseDurationMinutes(expiration?.duration);
  const endDateTime = date(expiration?.endDateTime);
  return {
    ...(durationMinutes !== undefined ? { durationMinutes } : {}),
    ...(endDateTime ? { endDateTime } : {}),
  };
}

/** Policies keyed by role definition id (directory roles share one policy across scopes). */
export function toPolicies(
  assignments: readonly UnifiedRoleManagementPolicyAssignment[],
): Map<string, ActivationPolicy> {
  const policies = new Map<string, ActivationPolicy>();
  for (const assignment of assignments) {
    const key = text(assignment.roleDefinitionId)?.toLowerCase();
    const rules = assignment.policy?.rules;
    if (key && rules) policies.set(key, summarisePolicy(rules as PolicyRuleInput[]));
  }
  return policies;
}

/**
 * The PIM groups behind a user's group eligibilities and assignments, sorted: the ids the group
 * policies are asked for (the same set `useRoleList` derives from the rows).
 */
export function groupIdsOf(
  instances: readonly (
    | PrivilegedAccessGroupEligibilityScheduleInstance
    | PrivilegedAccessGroupAssignmentScheduleInstance
  )[],
): string[] {
  const ids = new Set<string>();
  for (const dto of instances) {
    const target = groupTarget(dto);
    if (target?.plane === 'group') ids.add(target.groupId);
  }
  return [...ids].sort();
}

/** The PIM groups among the rows, sorted and without repeats. */
export function groupIdsOfRoles(roles: readonly MyRole[]): string[] {
  const ids = new Set<string>();
  for (const role of roles) if (role.target.plane === 'group') ids.add(role.target.groupId);
  return [...ids].sort();
}

/** Group policies are per group: keyed by `<groupId>|<member|owner>`. */
export const groupPolicyKey = (groupId: string, accessId: string): string =>
  `${groupId}|${accessId}`.toLowerCase();

const isActivationRequest = (action: string | null | undefined): boolean =>
  ['selfactivate', 'selfextend', 'selfrenew'].includes(action?.toLowerCase() ?? '');

/** Joins eligibility, activity, requests and policies into one row per target. */
export function toMyRoles(wire: MyRolesWire): MyRole[] {
  const rows = new Map<string, MyRole>();
  const policies = toPolicies(wire.rolePolicies);
  const row = (
    target: RoleTarget,
    describe: () => Pick<MyRole, 'displayName' | 'description' | 'scope'>,
  ): MyRole => {
    const key = targetKey(target);
    let existing = rows.get(key);
    if (!existing) {
      existing = {
        key,
        target,
        ...describe(),
        eligibility: undefined,
        active: undefined,
        pending: undefined,
        policy:
          target.plane === 'role' ? policies.get(target.roleDefinitionId.toLowerCase()) : undefined,
      };
      rows.set(key, existing);
    }
    return existing;
  };

  for (const dto of wire.roleEligibilities) {
    const target = roleTarget(dto);
    if (target?.plane !== 'role') continue;
    const r = row(target, () => describeRoleInstance(dto, target));
    r.eligibility ??= {
      instanceId: dto.id ?? '',
      startDateTime: date(dto.startDateTime),
      endDateTime: date(dto.endDateTime),
    };
  }
  for (const dto of wire.groupEligibilities) {
    const target = groupTarget(dto);
    if (target?.plane !== 'group') continue;
    const r = row(target, () => describeGroupInstance(dto, target));
    r.eligibility ??= {
      instanceId: dto.id ?? '',
      startDateTime: date(dto.startDateTime),
      endDateTime: date(dto.endDateTime),
    };
  }
  // An activation outranks a permanent assignment of the same target: it is what can end.
  const setActive = (r: MyRole, active: ActiveAssignment): void => {
    if (!r.active || active.assignmentType === 'Activated') r.active = active;
  };
  for (const dto of wire.roleAssignments) {
    const target = roleTarget(dto);
    if (target?.plane !== 'role') continue;
    setActive(
      row(target, () => describeRoleInstance(dto, target)),
      toActive(dto),
    );
  }
  for (const dto of wire.groupAssignments) {
    const target = groupTarget(dto);
    if (target?.plane !== 'group') continue;
    setActive(
      row(target, () => describeGroupInstance(dto, target)),
      toActive(dto),
    );
  }
  // Requests only annotate rows the user already sees; they carry no names of their own. An
  // active row takes only an extension of itself (an activation of it is stale news).
  const annotate = (target: RoleTarget | undefined, pending: PendingRequest): void => {
    const r = target ? rows.get(targetKey(target)) : undefined;
    if (r && (!r.active || pending.extension === true)) r.pending ??= pending;
  };
  for (const dto of wire.roleRequests) {
    if (isActivationRequest(dto.action)) annotate(roleTarget(dto), toPending(dto));
  }
  for (const dto of wire.groupRequests) {
    if (isActivationRequest(dto.action)) annotate(groupTarget(dto), toPending(dto));
  }
  return [...rows.values()];
}
