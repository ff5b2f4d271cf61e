import type {
  PrivilegedAccessGroupAssignmentScheduleRequest,
  UnifiedRoleAssignmentScheduleRequest,
} from '@microsoft/microsoft-graph-types';
import { parseDurationMinutes } from '../../../domain/duration.ts';
import { toRoleScope } from '../api/map-my-roles.ts';

/** One of the user's own requests, as My history shows it. */
export interface MyRequest {
  id: string;
  plane: 'role' | 'group';
  targetName: string;
  scopeName: string;
  kind: RequestKind;
  /** Graph's status (GRAPH-PIM.md §4), and what it means for this kind of request. */
  status: string;
  outcome: Outcome;
  createdDateTime: Date | undefined;
  durationMinutes: number | undefined;
  justification: string;
  ticket: string;
  /** Set when the request went to approvers (role approvals: beta; group approvals: v1.0). */
  approvalId: string | undefined;
}

export type RequestKind = 'activation' | 'deactivation' | 'extension' | 'renewal' | 'admin';
export type Outcome =
  'done' | 'pending' | 'scheduled' | 'denied' | 'cancelled' | 'ended' | 'failed' | 'in progress';

interface Expanded {
  roleDefinition?: { displayName?: string | null } | null;
  directoryScope?: unknown;
  group?: { displayName?: string | null } | null;
}
export type RoleRequestDto = UnifiedRoleAssignmentScheduleRequest & Expanded;
export type GroupRequestDto = PrivilegedAccessGroupAssignmentScheduleRequest & Expanded;

const KINDS: Record<string, RequestKind> = {
  selfactivate: 'activation',
  selfdeactivate: 'deactivation',
  selfextend: 'extension',
  selfrenew: 'renewal',
};

export function requestKind(action: string | null | undefined): RequestKind {
  return KINDS[action?.toLowerCase() ?? ''] ?? 'admin';
}

/** Graph's request status, in the words My history uses (cancellation is a status, not a request). */
export function requestOutcome(status: string | null | undefined): Outcome {
  switch (status?.toLowerCase()) {
    case 'provisioned':
    case 'schedulecreated':
      return 'done';
    case 'pendingapproval':
    case 'pendingadmindecision':
      return 'pending';
    case 'granted':
      return 'scheduled';
    case 'denied':
      return 'denied';
    case 'canceled':
      return 'cancelled';
    case 'revoked':
      return 'ended';
    case 'failed':
      return 'failed';
    default:
      return 'in progress';
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const date = (value: string | null | undefined): Date | undefined => {
  const parsed = value ? new Date(value) : undefined;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : undefined;
};

const nameOf = (value: unknown): string | undefined =>
  typeof value === 'object' && value !== null && 'displayName' in value
    ? text(value.displayName) || undefined
    : undefined;

function common(dto: RoleRequestDto | GroupRequestDto) {
  const ticket = [dto.ticketInfo?.ticketSystem, dto.ticketInfo?.ticketNumber]
    .map(text)
    .filter(Boolean)
    .join(' ');
  return {
    id: dto.id ?? '',
    kind: requestKind(dto.action),
    status: dto.status ?? '',
    outcome: requestOutcome(dto.status),
    createdDateTime: date(dto.createdDateTime),
    durationMinutes: parseDurationMinutes(dto.scheduleInfo?.expiration?.duration),
    justification: text(dto.justification),
    ticket,
    approvalId: text(dto.approvalId) || undefined,
  };
}

export function fromRoleRequest(dto: RoleRequestDto): MyRequest {
  const definitionId = text(dto.roleDefinitionId);
  const appScopeId = text(dto.appScopeId) || undefined;
  return {
    ...common(dto),
    plane: 'role',
    targetName: nameOf(dto.roleDefinition) ?? `Role ${definitionId}`,
    scopeName: toRoleScope(
      text(dto.directoryScopeId) || '/',
      appScopeId,
      nameOf(dto.directoryScope),
    ).displayName,
  };
}

export function fromGroupRequest(dto: GroupRequestDto): MyRequest {
  const owner = text(dto.accessId).toLowerCase() === 'owner';
  return {
    ...common(dto),
    plane: 'group',
    targetName: nameOf(dto.group) ?? `Group ${text(dto.groupId)}`,
    scopeName: owner ? 'Group owner' : 'Group member',
  };
}

/** Newest first; both planes in one list. */
export function toMyRequests(
  roleRequests: readonly RoleRequestDto[],
  groupRequests: readonly GroupRequestDto[],
): MyRequest[] {
  return [...roleRequests.map(fromRoleRequest), ...groupRequests.map(fromGroupRequest)].sort(
    (a, b) => (b.createdDateTime?.getTime() ?? 0) - (a.createdDateTime?.getTime() ?? 0),
  );
}
