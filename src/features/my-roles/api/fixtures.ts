/** Wire samples shaped like the Graph docs' examples, for this feature's tests. */
export const ME = '3f5f2a6c-0000-4000-8000-00000000adel';
export const GLOBAL_READER = 'f2ef992c-3afb-46b9-b7cf-a126ee74c451';
export const HELPDESK_ADMIN = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
export const TEAMS_ADMIN = '69091246-20e8-4a56-aa4d-066075b2a7a8';
export const DIRECTORY_READERS = '88d8e3e3-8f55-4a1e-953a-9b9898b8876b';
export const SEATTLE = '/administrativeUnits/5e7b2c1d-3a4f-4b6e-8d9c-0a1b2c3d4e01';
export const FINANCE = 'a1b2c3d4-0000-4000-8000-00000000f1a0';

export const eligibility = (roleDefinitionId: string, name: string, directoryScopeId = '/') => ({
  id: `elig-${roleDefinitionId}-${directoryScopeId}`,
  principalId: ME,
  roleDefinitionId,
  directoryScopeId,
  appScopeId: null,
  startDateTime: '2026-01-01T00:00:00Z',
  endDateTime: null,
  memberType: 'Direct',
  roleEligibilityScheduleId: `sched-${roleDefinitionId}`,
  roleDefinition: {
    id: roleDefinitionId,
    displayName: name,
    description: `${name} can do things.`,
  },
  directoryScope:
    directoryScopeId === '/'
      ? { id: '/' }
      : {
          '@odata.type': '#microsoft.graph.administrativeUnit',
          id: directoryScopeId,
          displayName: 'Seattle Office',
        },
});

export const assignment = (
  roleDefinitionId: string,
  name: string,
  assignmentType: 'Activated' | 'Assigned',
  start: string,
  end: string | null,
) => ({
  id: `inst-${roleDefinitionId}`,
  principalId: ME,
  roleDefinitionId,
  directoryScopeId: '/',
  appScopeId: null,
  startDateTime: start,
  endDateTime: end,
  assignmentType,
  memberType: 'Direct',
  roleDefinition: { id: roleDefinitionId, displayName: name },
  directoryScope: { id: '/' },
});

export const groupEligibility = (accessId: 'member' | 'owner') => ({
  id: `${FINANCE}_${accessId}_e1`,
  accessId,
  groupId: FINANCE,
  principalId: ME,
  memberType: 'direct' as const,
  startDateTime: '2026-01-01T00:00:00Z',
  endDateTime: '2026-03-10T00:00:00Z',
  group: { id: FINANCE, displayName: 'Finance Admins', description: 'Finance team admins' },
});

export const policyAssignment = (
  roleDefinitionId: string,
  options: { max: string; enabled: string[]; approval?: boolean },
  scopeId = '/',
) => ({
  id: `DirectoryRole_t_p_${roleDefinitionId}`,
  policyId: `DirectoryRole_t_p`,
  scopeId,
  scopeType: scopeId === '/' ? 'DirectoryRole' : 'Group',
  roleDefinitionId,
  policy: {
    id: 'DirectoryRole_t_p',
    rules: [
      {
        '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule',
        id: 'Expiration_EndUser_Assignment',
        maximumDuration: options.max,
      },
      {
        '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule',
        id: 'Enablement_EndUser_Assignment',
        enabledRules: options.enabled,
      },
      {
        '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyApprovalRule',
        id: 'Approval_EndUser_Assignment',
        setting: { isApprovalRequired: options.approval ?? false },
      },
    ],
  },
});
