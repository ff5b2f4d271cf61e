import type {
  PrivilegedAccessGroupAssignmentScheduleRequest,
  UnifiedRoleAssignmentScheduleRequest,
} from '@microsoft/microsoft-graph-types';
import { parseDurationMinutes } from '../../../domain/duration.ts';
import type { PendingApproval, Person } from '../domain/queue.ts';

/** Expanded navigation properties arrive as plain directory objects; read what we show. */
interface NamedObject {
  id?: string | null;
  displayName?: string | null;
  userPrincipalName?: string | null;
}

type Expanded<T> = Omit<T, 'principal' | 'roleDefinition' | 'directoryScope' | 'group'> & {
  principal?: NamedObject | null;
  roleDefinition?: NamedObject | null;
  directoryScope?: NamedObject | null;
  group?: NamedObject | null;
};

export type RoleRequestWire = Expanded<UnifiedRoleAssignmentScheduleRequest>;
export type GroupRequestWire = Expanded<PrivilegedAccessGroupAssignmentScheduleRequest>;

const str = (value: string | null | undefined): string => value ?? '';

function person(id: string, principal: NamedObject | null | undefined): Person {
  return {
    id,
    // An unresolvable principal (deleted, or not readable) still gets a stable label.
    displayName: str(principal?.displayName) || id,
    userPrincipalName: str(principal?.userPrincipalName),
  };
}

function date(value: string | null | undefined): Date | null {
  if (!value) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at;
}

type Schedule = UnifiedRoleAssignmentScheduleRequest['scheduleInfo'];

function schedule(
  info: Schedule,
): Pick<PendingApproval, 'requestedStart' | 'durationMs' | 'requestedEnd'> {
  const minutes = parseDurationMinutes(info?.expiration?.duration);
  return {
    requestedStart: date(info?.startDateTime),
    durationMs: minutes === undefined ? null : minutes * 60_000,
    requestedEnd: date(info?.expiration?.endDateTime),
  };
}

function ticket(
  info: UnifiedRoleAssignmentScheduleRequest['ticketInfo'],
): PendingApproval['ticket'] {
  const number = str(info?.ticketNumber).trim();
  const system = str(info?.ticketSystem).trim();
  return number || system ? { number, system } : null;
}

function scopeLabel(wire: RoleRequestWire): string {
  const id = str(wire.directoryScopeId);
  if (id === '' || id === '/') {
    const app = str(wire.appScopeId);
    return app === '' || app === '/' ? 'Tenant-wide' : `Application scope ${app}`;
  }
  return str(wire.directoryScope?.displayName) || id;
}

export function toRolePendingApproval(wire: RoleRequestWire): PendingApproval {
  const roleId = str(wire.roleDefinitionId);
  return {
    id: str(wire.id),
    plane: 'role',
    requester: person(str(wire.principalId), wire.principal),
    target: { id: roleId, displayName: str(wire.roleDefinition?.displayName) || roleId },
    scope: scopeLabel(wire),
    policyKey: rolePolicyKey(roleId),
    justification: str(wire.justification),
    ticket: ticket(wire.ticketInfo),
    ...schedule(wire.scheduleInfo),
    createdAt: date(wire.createdDateTime) ?? new Date(0),
  };
}

export function toGroupPendingApproval(wire: GroupRequestWire): PendingApproval {
  const groupId = str(wire.groupId);
  const accessId = str(wire.accessId).toLowerCase() === 'owner' ? 'owner' : 'member';
  return {
    id: str(wire.id),
    plane: 'group',
    requester: person(str(wire.principalId), wire.principal),
    target: { id: groupId, displayName: str(wire.group?.displayName) || groupId },
    scope: accessId === 'owner' ? 'Owner' : 'Member',
    policyKey: groupPolicyKey(groupId, accessId),
    justification: str(wire.justification),
    ticket: ticket(wire.ticketInfo),
    ...schedule(wire.scheduleInfo),
    createdAt: date(wire.createdDateTime) ?? new Date(0),
  };
}

export const rolePolicyKey = (roleDefinitionId: string): string => `role:${roleDefinitionId}`;
export const groupPolicyKey = (groupId: string, accessId: string): string =>
  `group:${groupId}:${accessId}`;
