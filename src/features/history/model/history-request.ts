import type {
  PrivilegedAccessGroupAssignmentScheduleRequest,
  UnifiedRoleAssignmentScheduleRequest,
} from '@microsoft/microsoft-graph-types';

/** One role or group request of the tenant, as the History page shows it. */
export interface HistoryRequest {
  id: string;
  plane: 'role' | 'group';
  requesterId: string;
  requesterName: string;
  requesterUpn: string;
  /** Role definition id, or group id. */
  targetId: string;
  /** Role name, or group name. */
  targetName: string;
  /** Directory scope of a role ("Directory" for `/`), or Member/Owner of a group. */
  scope: string;
  action: string;
  status: string;
  createdAt: string;
  completedAt: string | null;
  requestedStart: string | null;
  requestedEnd: string | null;
  justification: string;
  ticketNumber: string;
  ticketSystem: string;
  approvalId: string | null;
  createdById: string;
}

interface Expanded {
  principal?: { displayName?: string | null; userPrincipalName?: string | null } | null;
  roleDefinition?: { displayName?: string | null } | null;
  group?: { displayName?: string | null } | null;
  directoryScope?: { displayName?: string | null } | null;
}

export type RoleRequestDto = UnifiedRoleAssignmentScheduleRequest & Expanded;
export type GroupRequestDto = PrivilegedAccessGroupAssignmentScheduleRequest & Expanded;

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Requested end: the explicit end date, or start plus an `afterDuration` ISO 8601 duration. */
export function requestedEndOf(
  start: string | null | undefined,
  expiration: { endDateTime?: string | null; duration?: string | null } | null | undefined,
): string | null {
  if (expiration?.endDateTime) return expiration.endDateTime;
  const match = expiration?.duration ? DURATION.exec(expiration.duration) : null;
  if (!start || !match) return null;
  const [, d = '0', h = '0', m = '0', s = '0'] = match;
  const ms = ((Number(d) * 24 + Number(h)) * 60 + Number(m)) * 60_000 + Number(s) * 1000;
  const startMs = Date.parse(start);
  return Number.isNaN(startMs) ? null : new Date(startMs + ms).toISOString();
}

function common(dto: RoleRequestDto | GroupRequestDto) {
  const start = dto.scheduleInfo?.startDateTime ?? null;
  return {
    id: dto.id ?? '',
    requesterId: dto.principalId ?? '',
    requesterName: dto.principal?.displayName ?? '',
    requesterUpn: dto.principal?.userPrincipalName ?? '',
    action: dto.action ?? '',
    status: dto.status ?? '',
    createdAt: dto.createdDateTime ?? '',
    completedAt: dto.completedDateTime ?? null,
    requestedStart: start,
    requestedEnd: requestedEndOf(start, dto.scheduleInfo?.expiration),
    justification: dto.justification ?? '',
    ticketNumber: dto.ticketInfo?.ticketNumber ?? '',
    ticketSystem: dto.ticketInfo?.ticketSystem ?? '',
    approvalId: dto.approvalId ?? null,
    createdById: dto.createdBy?.user?.id ?? '',
  };
}

export function toRoleHistoryRequest(dto: RoleRequestDto): HistoryRequest {
  const scopeId = dto.directoryScopeId ?? dto.appScopeId ?? '/';
  return {
    ...common(dto),
    plane: 'role',
    targetId: dto.roleDefinitionId ?? '',
    targetName: dto.roleDefinition?.displayName ?? dto.roleDefinitionId ?? '',
    scope: scopeId === '/' ? 'Directory' : (dto.directoryScope?.displayName ?? scopeId),
  };
}

export function toGroupHistoryRequest(dto: GroupRequestDto): HistoryRequest {
  return {
    ...common(dto),
    plane: 'group',
    targetId: dto.groupId ?? '',
    targetName: dto.group?.displayName ?? dto.groupId ?? '',
    scope: dto.accessId === 'owner' ? 'Owner' : 'Member',
  };
}

/** Newest first, as Graph lists them; ties broken by id so the order is stable. */
export function byCreatedDesc(a: HistoryRequest, b: HistoryRequest): number {
  return b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
}

const ACTION_LABELS: Readonly<Record<string, string>> = {
  selfactivate: 'Activate',
  selfdeactivate: 'Deactivate',
  selfextend: 'Extend',
  selfrenew: 'Renew',
  adminassign: 'Admin assign',
  adminupdate: 'Admin update',
  adminremove: 'Admin remove',
  adminextend: 'Admin extend',
  adminrenew: 'Admin renew',
};

/** Graph echoes the action in the case it was sent (GRAPH-PIM.md §1): compare without case. */
export function actionLabel(action: string): string {
  return ACTION_LABELS[action.toLowerCase()] ?? action;
}

export const ACTION_OPTIONS = Object.entries(ACTION_LABELS).map(([value, label]) => ({
  value,
  label,
}));

export const STATUS_OPTIONS = [
  'Provisioned',
  'PendingApproval',
  'Granted',
  'Denied',
  'Canceled',
  'Revoked',
  'Failed',
] as const;

const STATUS_LABELS: Readonly<Record<string, string>> = {
  provisioned: 'Provisioned',
  pendingapproval: 'Pending approval',
  granted: 'Granted (scheduled)',
  denied: 'Denied',
  canceled: 'Canceled',
  revoked: 'Revoked',
  failed: 'Failed',
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status.toLowerCase()] ?? status;
}

const ELEVATING = /^(self|admin)(activate|assign|extend|renew|update)$/i;

/** Whether the request made (or will make) its principal active: it has an elevation window. */
export function elevates(request: Pick<HistoryRequest, 'action' | 'status'>): boolean {
  const status = request.status.toLowerCase();
  return ELEVATING.test(request.action) && (status === 'provisioned' || status === 'granted');
}
