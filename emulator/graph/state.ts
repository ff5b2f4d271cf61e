import type {
  DirectoryAudit,
  Group,
  PrivilegedAccessGroupAssignmentSchedule,
  PrivilegedAccessGroupAssignmentScheduleInstance,
  PrivilegedAccessGroupAssignmentScheduleRequest,
  PrivilegedAccessGroupEligibilitySchedule,
  PrivilegedAccessGroupEligibilityScheduleInstance,
  UnifiedRoleAssignmentSchedule,
  UnifiedRoleAssignmentScheduleInstance,
  UnifiedRoleAssignmentScheduleRequest,
  UnifiedRoleDefinition,
  UnifiedRoleEligibilitySchedule,
  UnifiedRoleEligibilityScheduleInstance,
  UnifiedRoleManagementPolicy,
  UnifiedRoleManagementPolicyAssignment,
  User,
} from '@microsoft/microsoft-graph-types';
import type { Approval } from '@microsoft/microsoft-graph-types-beta';

/**
 * The emulated tenant's data: collections of Graph entities exactly as Graph returns them
 * (the shapes of @microsoft/microsoft-graph-types). The PIM domain (emulator/graph/pim) seeds
 * and mutates it; the HTTP layer (emulator/graph/http) reads it, applies OData and serialises.
 * Entities are stored without navigation properties expanded and without `@odata.*`
 * annotations; the HTTP layer adds those.
 */
export interface TenantState {
  users: User[];
  /** Group members by group id (user ids): used for group approvers and group-derived roles. */
  groupMembers: Map<string, string[]>;
  groups: Group[];
  roleDefinitions: UnifiedRoleDefinition[];

  roleEligibilitySchedules: UnifiedRoleEligibilitySchedule[];
  roleEligibilityScheduleInstances: UnifiedRoleEligibilityScheduleInstance[];
  roleAssignmentSchedules: UnifiedRoleAssignmentSchedule[];
  roleAssignmentScheduleInstances: UnifiedRoleAssignmentScheduleInstance[];
  roleAssignmentScheduleRequests: UnifiedRoleAssignmentScheduleRequest[];

  roleManagementPolicies: UnifiedRoleManagementPolicy[];
  roleManagementPolicyAssignments: UnifiedRoleManagementPolicyAssignment[];

  groupEligibilitySchedules: PrivilegedAccessGroupEligibilitySchedule[];
  groupEligibilityScheduleInstances: PrivilegedAccessGroupEligibilityScheduleInstance[];
  groupAssignmentSchedules: PrivilegedAccessGroupAssignmentSchedule[];
  groupAssignmentScheduleInstances: PrivilegedAccessGroupAssignmentScheduleInstance[];
  groupAssignmentScheduleRequests: PrivilegedAccessGroupAssignmentScheduleRequest[];

  /**
   * Approvals, keyed by id (= the request id, for roles and groups alike), in the beta shape
   * with `steps`; the v1.0 group approval's `stages` are rendered from the same steps.
   * `kind` tells which plane the approval belongs to.
   */
  approvals: Map<string, { kind: 'role' | 'group'; approval: Approval }>;

  directoryAudits: DirectoryAudit[];
}

/** Who is calling, from the verified access token. */
export interface Caller {
  userId: string;
  /** Delegated scopes from `scp`. */
  scopes: ReadonlySet<string>;
  /** Authentication context class references satisfied (`acrs` claim). */
  acrs: readonly string[];
  /** Authentication methods (`amr` claim), e.g. `pwd`, `mfa`. */
  amr: readonly string[];
}
