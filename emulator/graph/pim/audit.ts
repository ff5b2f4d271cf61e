import type {
  DirectoryAudit,
  KeyValue,
  ModifiedProperty,
  TargetResource,
  User,
} from '@microsoft/microsoft-graph-types';
import { findScope } from '../../tenant/population.ts';
import type { TenantState } from '../state.ts';
import { iso, type Target } from './context.ts';

/**
 * Writes the PIM entries of the directory audit log as a real tenant does: activity names from
 * the Entra "audit log activities" list (PIM section), `loggedByService: "PIM"`, category
 * RoleManagement for directory roles and GroupManagement for PIM for Groups, the role/group,
 * request, user and scope as target resources, and the request's details as additionalDetails.
 */
export const ACTIVITY = {
  activationRequested: 'Add member to role requested (PIM activation)',
  approvalRequested: 'Add member to role approval requested (PIM activation)',
  activationApproved: 'Add member to role request approved (PIM activation)',
  activationDenied: 'Add member to role request denied (PIM activation)',
  activationCompleted: 'Add member to role completed (PIM activation)',
  activationCanceled: 'Add member to role canceled (PIM activation)',
  activationRequestExpired: 'PIM activation request expired',
  activationExpired: 'Remove member from role (PIM activation expired)',
  deactivationRequested: 'Remove member from role requested (PIM deactivate)',
  deactivationCompleted: 'Remove member from role completed (PIM deactivate)',
  extendRequested: 'Update member in PIM requested (extend)',
  extendApproved: 'Update member in PIM approved by admin (extend/renew)',
  extendDenied: 'Update member in PIM denied by admin (extend/renew)',
  extendCanceled: 'Update member in PIM canceled (extend)',
  renewRequested: 'Add member to role in PIM requested (renew)',
  renewCanceled: 'Add member to role in PIM canceled (renew)',
  assignRequestedTimebound: 'Add member to role in PIM requested (timebound)',
  assignRequestedPermanent: 'Add member to role in PIM requested (permanent)',
  assignCompletedTimebound: 'Add member to role in PIM completed (timebound)',
  assignCompletedPermanent: 'Add member to role in PIM completed (permanent)',
  removeRequested: 'Remove member from role in PIM requested (timebound)',
  removeCompleted: 'Remove member from role in PIM completed (timebound)',
  removeRequestedPermanent: 'Remove member from role in PIM requested (permanent)',
  removeCompletedPermanent: 'Remove member from role in PIM completed (permanent)',
} as const;

export type Activity = (typeof ACTIVITY)[keyof typeof ACTIVITY];

const OPERATION: Partial<Record<Activity, string>> = {
  [ACTIVITY.activationApproved]: 'Update',
  [ACTIVITY.activationDenied]: 'Update',
  [ACTIVITY.activationCanceled]: 'Update',
  [ACTIVITY.activationRequestExpired]: 'Update',
  [ACTIVITY.extendRequested]: 'Update',
  [ACTIVITY.extendApproved]: 'Update',
  [ACTIVITY.extendDenied]: 'Update',
  [ACTIVITY.extendCanceled]: 'Update',
  [ACTIVITY.activationExpired]: 'Unassign',
  [ACTIVITY.deactivationRequested]: 'Unassign',
  [ACTIVITY.deactivationCompleted]: 'Unassign',
  [ACTIVITY.removeRequested]: 'Unassign',
  [ACTIVITY.removeCompleted]: 'Unassign',
  [ACTIVITY.removeRequestedPermanent]: 'Unassign',
  [ACTIVITY.removeCompletedPermanent]: 'Unassign',
};

/** Shared by every target resource: PIM entries list no modified properties. Read-only. */
export const NO_MODIFIED_PROPERTIES: ModifiedProperty[] = [];

export function operationTypeOf(activity: Activity): string {
  return OPERATION[activity] ?? 'Assign';
}

export interface AuditEvent {
  atMs: number;
  activity: Activity;
  /** Who acted; null for the PIM service itself (expiry, timeout). */
  initiatorId: string | null;
  principalId: string;
  target: Target;
  requestId: string;
  result?: 'success' | 'failure';
  resultReason?: string;
  justification?: string | null;
  ticketNumber?: string | null;
  ticketSystem?: string | null;
  startMs?: number | null;
  endMs?: number | null;
}

/**
 * Builds audit entries. Target resources for roles, users and scopes are shared between entries
 * (they never change), which keeps 100,000-request histories light on memory; treat as read-only.
 */
export interface AuditWriter {
  write(event: AuditEvent, id: string): DirectoryAudit;
  /** The shared role/group and scope resources of a target (for bulk history generation). */
  targets(target: Target): [TargetResource, TargetResource];
  user(userId: string): TargetResource;
  initiator(userId: string | null): DirectoryAudit['initiatedBy'];
}

export function createAuditWriter(
  state: TenantState,
  usersById: Map<string, User>,
  append: (entry: DirectoryAudit) => void = (entry) => state.directoryAudits.push(entry),
): AuditWriter {
  const cache = new Map<string, TargetResource>();
  const shared = (key: string, make: () => TargetResource): TargetResource => {
    let hit = cache.get(key);
    if (!hit) {
      hit = make();
      cache.set(key, hit);
    }
    return hit;
  };
  const roleNames = new Map(state.roleDefinitions.map((r) => [r.id ?? '', r.displayName ?? '']));
  const groupNames = new Map(state.groups.map((g) => [g.id ?? '', g.displayName ?? '']));
  const resource = (
    id: string,
    type: string,
    displayName: string | null,
    userPrincipalName: string | null = null,
  ): TargetResource => ({
    id,
    displayName,
    type,
    userPrincipalName,
    groupType: null,
    modifiedProperties: NO_MODIFIED_PROPERTIES,
  });

  const userTarget = (userId: string) =>
    shared(`u:${userId}`, () => {
      const u = usersById.get(userId);
      return resource(userId, 'User', u?.displayName ?? null, u?.userPrincipalName ?? null);
    });
  const targetsOf = (target: Target): [TargetResource, TargetResource] => {
    if (target.plane === 'role') {
      const scopeId = target.directoryScopeId ?? target.appScopeId ?? '/';
      return [
        shared(`r:${target.roleDefinitionId}`, () =>
          resource(target.roleDefinitionId, 'Role', roleNames.get(target.roleDefinitionId) ?? null),
        ),
        shared(`s:${scopeId}`, () =>
          resource(
            scopeId,
            scopeId === '/' ? 'Directory' : 'Other',
            findScope(scopeId)?.displayName ?? scopeId,
          ),
        ),
      ];
    }
    return [
      shared(`a:${target.accessId}`, () =>
        resource(target.accessId, 'Role', target.accessId === 'owner' ? 'Owner' : 'Member'),
      ),
      shared(`g:${target.groupId}`, () =>
        resource(target.groupId, 'Group', groupNames.get(target.groupId) ?? null),
      ),
    ];
  };

  const initiators = new Map<string, NonNullable<DirectoryAudit['initiatedBy']>>();
  const pimService: NonNullable<DirectoryAudit['initiatedBy']> = {
    user: null,
    app: {
      appId: null,
      displayName: 'MS-PIM',
      servicePrincipalId: null,
      servicePrincipalName: 'MS-PIM',
    },
  };
  const initiator = (userId: string | null): NonNullable<DirectoryAudit['initiatedBy']> => {
    if (!userId) return pimService;
    let hit = initiators.get(userId);
    if (!hit) {
      const u = usersById.get(userId);
      hit = {
        app: null,
        user: {
          id: userId,
          displayName: u?.displayName ?? null,
          userPrincipalName: u?.userPrincipalName ?? null,
          ipAddress: '',
        },
      };
      initiators.set(userId, hit);
    }
    return hit;
  };

  return {
    targets: targetsOf,
    user: userTarget,
    initiator,
    write(e, id) {
      const [what, where] = targetsOf(e.target);
      const details: KeyValue[] = [{ key: 'RequestId', value: e.requestId }];
      if (e.justification) details.push({ key: 'Justification', value: e.justification });
      if (e.ticketNumber) details.push({ key: 'TicketNumber', value: e.ticketNumber });
      if (e.ticketSystem) details.push({ key: 'TicketSystem', value: e.ticketSystem });
      if (e.startMs !== undefined && e.startMs !== null)
        details.push({ key: 'StartTime', value: iso(e.startMs) });
      if (e.endMs !== undefined && e.endMs !== null)
        details.push({ key: 'ExpirationTime', value: iso(e.endMs) });
      const entry: DirectoryAudit = {
        id,
        category: e.target.plane === 'role' ? 'RoleManagement' : 'GroupManagement',
        correlationId: e.requestId,
        result: e.result ?? 'success',
        resultReason: e.resultReason ?? '',
        activityDisplayName: e.activity,
        activityDateTime: iso(e.atMs),
        loggedByService: 'PIM',
        operationType: operationTypeOf(e.activity),
        initiatedBy: initiator(e.initiatorId),
        targetResources: [
          what,
          resource(e.requestId, 'Request', null),
          userTarget(e.principalId),
          where,
        ],
        additionalDetails: details,
      };
      append(entry);
      return entry;
    },
  };
}
