import { GraphApiError } from '../errors.ts';
import type { Caller, TenantState } from '../state.ts';

/**
 * Delegated permissions per API, from each doc's permission table (least to most privileged:
 * any one satisfies). `style` picks how Graph words the 403: the PIM service wraps its own error
 * in `UnknownError` (observed), directory APIs answer `Authorization_RequestDenied`.
 */
export interface ScopeRule {
  /** Every group must be satisfied by one of its scopes. */
  allOf: readonly (readonly string[])[];
  style: 'pim' | 'directory';
}

const pim = (...scopes: string[]): ScopeRule => ({ allOf: [scopes], style: 'pim' });

export const SCOPES = {
  roleEligibilityRead: pim(
    'RoleEligibilitySchedule.Read.Directory',
    'RoleManagement.Read.Directory',
    'RoleManagement.Read.All',
    'RoleEligibilitySchedule.ReadWrite.Directory',
    'RoleManagement.ReadWrite.Directory',
  ),
  roleAssignmentRead: pim(
    'RoleAssignmentSchedule.Read.Directory',
    'RoleManagement.Read.Directory',
    'RoleManagement.Read.All',
    'RoleAssignmentSchedule.ReadWrite.Directory',
    'RoleManagement.ReadWrite.Directory',
  ),
  roleAssignmentWrite: pim(
    'RoleAssignmentSchedule.ReadWrite.Directory',
    'RoleManagement.ReadWrite.Directory',
  ),
  roleDefinitionRead: pim(
    'RoleManagement.Read.Directory',
    'RoleManagement.Read.All',
    'Directory.Read.All',
    'RoleManagement.ReadWrite.Directory',
    'Directory.ReadWrite.All',
  ),
  rolePolicyRead: pim(
    'RoleManagementPolicy.Read.Directory',
    'RoleManagement.Read.Directory',
    'RoleManagement.Read.All',
    'RoleManagementPolicy.ReadWrite.Directory',
    'RoleManagement.ReadWrite.Directory',
  ),
  groupPolicyRead: pim(
    'RoleManagementPolicy.Read.AzureADGroup',
    'RoleManagementPolicy.ReadWrite.AzureADGroup',
  ),
  groupEligibilityRead: pim(
    'PrivilegedEligibilitySchedule.Read.AzureADGroup',
    'PrivilegedEligibilitySchedule.ReadWrite.AzureADGroup',
    'PrivilegedAccess.Read.AzureADGroup',
    'PrivilegedAccess.ReadWrite.AzureADGroup',
  ),
  groupAssignmentRead: pim(
    'PrivilegedAssignmentSchedule.Read.AzureADGroup',
    'PrivilegedAssignmentSchedule.ReadWrite.AzureADGroup',
    'PrivilegedAccess.Read.AzureADGroup',
    'PrivilegedAccess.ReadWrite.AzureADGroup',
  ),
  groupAssignmentWrite: pim(
    'PrivilegedAssignmentSchedule.ReadWrite.AzureADGroup',
    'PrivilegedAccess.ReadWrite.AzureADGroup',
  ),
  auditRead: {
    allOf: [['AuditLog.Read.All'], ['Directory.Read.All', 'Directory.ReadWrite.All']],
    style: 'directory',
  },
  me: {
    allOf: [
      [
        'User.Read',
        'User.ReadWrite',
        'User.ReadBasic.All',
        'User.Read.All',
        'User.ReadWrite.All',
        'Directory.Read.All',
        'Directory.ReadWrite.All',
      ],
    ],
    style: 'directory',
  },
  userRead: {
    allOf: [
      [
        'User.ReadBasic.All',
        'User.Read.All',
        'User.ReadWrite.All',
        'Directory.Read.All',
        'Directory.ReadWrite.All',
      ],
    ],
    style: 'directory',
  },
  groupRead: {
    allOf: [
      [
        'GroupMember.Read.All',
        'Group.Read.All',
        'Directory.Read.All',
        'Group.ReadWrite.All',
        'Directory.ReadWrite.All',
      ],
    ],
    style: 'directory',
  },
} satisfies Record<string, ScopeRule>;

export function insufficientPrivileges(): GraphApiError {
  return new GraphApiError(
    403,
    'Authorization_RequestDenied',
    'Insufficient privileges to complete the operation.',
  );
}

/** Throws the 403 Graph answers when the token lacks every accepted scope of a group. */
export function requireScopes(caller: Caller, rule: ScopeRule): void {
  const missing = rule.allOf.find((group) => !group.some((scope) => caller.scopes.has(scope)));
  if (!missing) return;
  if (rule.style === 'directory') throw insufficientPrivileges();
  // Graph's PIM service names the write scopes it would accept (observed in GRAPH-PIM.md §9).
  const named = missing.filter((s) => s.includes('ReadWrite'));
  const message = JSON.stringify({
    errorCode: 'PermissionScopeNotGranted',
    message: `Authorization failed due to missing permission scope ${(named.length > 0 ? named : missing).join(',')}.`,
    instanceAnnotations: [],
  });
  throw new GraphApiError(403, 'UnknownError', message);
}

/** Template ids of built-in Entra roles that may read the whole tenant's PIM data or audit log. */
export const READER_ROLES = {
  pimRead: [
    '62e90394-69f5-4237-9190-012177145e10', // Global Administrator
    'e8611ab8-c189-46e8-94e1-60213ab1f814', // Privileged Role Administrator
    'f2ef992c-3afb-46b9-b7cf-a126ee74c451', // Global Reader
    '5f2222b1-57c3-48ba-8ad5-d4759f1fde6f', // Security Operator
    '5d6b6bb7-de71-4623-b4af-96380a352509', // Security Reader
    '194ae4cb-b126-40b2-bd5b-6091b380977d', // Security Administrator
  ],
  /**
   * Someone else's PIM for Groups data (rbac-pim-groups-apis-read-assignmentschedulerequests.md,
   * -assignmentschedules.md, -eligibilityschedules.md): besides owners and members of the group,
   * Global Reader or Privileged Role Administrator for role-assignable groups; Global Reader,
   * Directory Writers, Groups, Identity Governance or User Administrator for the others. Global
   * Administrator holds every permission of those roles.
   */
  groupReadRoleAssignable: [
    '62e90394-69f5-4237-9190-012177145e10', // Global Administrator
    'f2ef992c-3afb-46b9-b7cf-a126ee74c451', // Global Reader
    'e8611ab8-c189-46e8-94e1-60213ab1f814', // Privileged Role Administrator
  ],
  groupReadOther: [
    '62e90394-69f5-4237-9190-012177145e10', // Global Administrator
    'f2ef992c-3afb-46b9-b7cf-a126ee74c451', // Global Reader
    '9360feb5-f418-4baa-8175-e2a00bac4301', // Directory Writers
    'fdd7a751-b60b-444a-984c-02652fe8fa1c', // Groups Administrator
    '45d8d3c5-c802-45c6-b32a-1d70b5e1e86e', // Identity Governance Administrator
    'fe930be7-5e62-47db-91af-98c3a49a38b1', // User Administrator
  ],
  auditRead: [
    '62e90394-69f5-4237-9190-012177145e10', // Global Administrator
    'f2ef992c-3afb-46b9-b7cf-a126ee74c451', // Global Reader
    '4a5d8f65-41da-4de4-8968-e035b65339cf', // Reports Reader
    '5d6b6bb7-de71-4623-b4af-96380a352509', // Security Reader
    '194ae4cb-b126-40b2-bd5b-6091b380977d', // Security Administrator
    '5f2222b1-57c3-48ba-8ad5-d4759f1fde6f', // Security Operator
  ],
} as const;

/** Whether the caller holds one of the roles now, directly or through a role-assignable group. */
export function holdsDirectoryRole(
  state: TenantState,
  caller: Caller,
  roleIds: readonly string[],
  nowMs: number,
): boolean {
  const me = caller.userId.toLowerCase();
  const principals = new Set([me]);
  for (const [groupId, members] of state.groupMembers) {
    if (members.some((m) => m.toLowerCase() === me)) principals.add(groupId.toLowerCase());
  }
  return state.roleAssignmentScheduleInstances.some((instance) => {
    const start = instance.startDateTime ? Date.parse(instance.startDateTime) : -Infinity;
    const end = instance.endDateTime ? Date.parse(instance.endDateTime) : Infinity;
    return (
      principals.has(String(instance.principalId).toLowerCase()) &&
      roleIds.includes(String(instance.roleDefinitionId).toLowerCase()) &&
      (instance.directoryScopeId ?? '/') === '/' &&
      start <= nowMs &&
      nowMs < end
    );
  });
}

/** Tenant-wide reads need a reader role besides the scope, as the docs' RBAC notes say. */
export function requireDirectoryRole(
  state: TenantState,
  caller: Caller,
  roleIds: readonly string[],
  nowMs: number,
): void {
  if (!holdsDirectoryRole(state, caller, roleIds, nowMs)) throw insufficientPrivileges();
}
