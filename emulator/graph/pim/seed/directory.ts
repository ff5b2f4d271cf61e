import type { UnifiedRoleDefinition } from '@microsoft/microsoft-graph-types';
import {
  GROUP_IDS,
  seedGroups,
  seedSyntheticUsers,
  seedUsers,
} from '../../../tenant/population.ts';
import { BUILT_IN_ROLES } from '../../../tenant/role-catalog.ts';
import type { TenantState } from '../../state.ts';

/** An empty state: every collection present, nothing in it. */
export function emptyState(): TenantState {
  return {
    users: [],
    groupMembers: new Map(),
    groups: [],
    roleDefinitions: [],
    roleEligibilitySchedules: [],
    roleEligibilityScheduleInstances: [],
    roleAssignmentSchedules: [],
    roleAssignmentScheduleInstances: [],
    roleAssignmentScheduleRequests: [],
    roleManagementPolicies: [],
    roleManagementPolicyAssignments: [],
    groupEligibilitySchedules: [],
    groupEligibilityScheduleInstances: [],
    groupAssignmentSchedules: [],
    groupAssignmentScheduleInstances: [],
    groupAssignmentScheduleRequests: [],
    approvals: new Map(),
    directoryAudits: [],
  };
}

function roleDefinition(role: (typeof BUILT_IN_ROLES)[number]): UnifiedRoleDefinition {
  return {
    id: role.templateId,
    description: role.description,
    displayName: role.displayName,
    isBuiltIn: true,
    isEnabled: true,
    resourceScopes: ['/'],
    templateId: role.templateId,
    version: '1',
    rolePermissions: [{ allowedResourceActions: [...role.actions], condition: null }],
  };
}

/** Users, groups (with the PIM Approvers members) and the built-in role definitions. */
export function seedDirectory(state: TenantState, syntheticUsers: number): void {
  state.users.push(...seedUsers(), ...seedSyntheticUsers(syntheticUsers));
  state.groups.push(...seedGroups());
  const byName = (name: string) => state.users.find((u) => u.displayName === name)?.id ?? '';
  state.groupMembers.set(GROUP_IDS.pimApprovers, [byName('Megan Bowen'), byName('Lynne Robbins')]);
  state.groupMembers.set(GROUP_IDS.financeAdmins, [byName('Pradeep Gupta'), byName('Emily Braun')]);
  state.groupMembers.set(GROUP_IDS.securityOperations, [byName('Gerhart Moller')]);
  for (const group of state.groups)
    if (!state.groupMembers.has(group.id ?? '')) state.groupMembers.set(group.id ?? '', []);
  state.roleDefinitions.push(...BUILT_IN_ROLES.map(roleDefinition));
}
