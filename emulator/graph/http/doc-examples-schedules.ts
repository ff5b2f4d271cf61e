/**
 * Example responses copied from the official Microsoft Graph docs (repository
 * microsoftgraph/microsoft-graph-docs-contrib) for schedules and role definitions; see
 * doc-examples.ts. Each constant names its page.
 */

/** api-reference/v1.0/api/rbacapplication-list-roleeligibilityschedules.md */
export const LIST_ROLE_ELIGIBILITY_SCHEDULES = {
  '@odata.context':
    'https://graph.microsoft.com/v1.0/$metadata#roleManagement/directory/roleEligibilitySchedules',
  value: [
    {
      id: '77f71919-62f3-4d0c-9f88-0a0391b665cd',
      principalId: '071cc716-8147-4397-a5ba-b2105951cc0b',
      roleDefinitionId: '8424c6f0-a189-499e-bbd0-26c1753c96d4',
      directoryScopeId: '/',
      appScopeId: null,
      createdUsing: '77f71919-62f3-4d0c-9f88-0a0391b665cd',
      createdDateTime: '2022-04-12T14:44:50.287Z',
      modifiedDateTime: '0001-01-01T08:00:00Z',
      status: 'Provisioned',
      memberType: 'Direct',
      scheduleInfo: {
        startDateTime: '2022-04-12T14:44:50.287Z',
        recurrence: null,
        expiration: { type: 'afterDateTime', endDateTime: '2024-04-10T00:00:00Z', duration: null },
      },
    },
  ],
};

/** api-reference/v1.0/api/unifiedroleeligibilityschedule-get.md */
export const GET_ROLE_ELIGIBILITY_SCHEDULE = {
  '@odata.context':
    'https://graph.microsoft.com/v1.0/$metadata#roleManagement/directory/roleEligibilitySchedules/$entity',
  id: '1f06eafc-7532-429b-abf1-ab5a5f4a7052',
  principalId: 'b2af90c6-279b-41f7-8e79-2f55d07af928',
  roleDefinitionId: '75934031-6c7e-415a-99d7-48dbd49e875e',
  directoryScopeId: '/',
  appScopeId: null,
  createdUsing: '1f06eafc-7532-429b-abf1-ab5a5f4a7052',
  createdDateTime: '2022-02-18T20:41:37.163Z',
  modifiedDateTime: null,
  status: 'Provisioned',
  memberType: 'Direct',
  scheduleInfo: {
    startDateTime: '2022-02-18T20:41:37.163Z',
    recurrence: null,
    expiration: { type: 'noExpiration', endDateTime: null, duration: null },
  },
};

/** api-reference/v1.0/api/rbacapplication-list-roleassignmentschedules.md */
export const LIST_ROLE_ASSIGNMENT_SCHEDULES = {
  '@odata.context':
    'https://graph.microsoft.com/v1.0/$metadata#roleManagement/directory/roleAssignmentSchedules',
  value: [
    {
      id: '95c690fb-3eb3-4942-a03f-4524aed6f31e',
      principalId: '071cc716-8147-4397-a5ba-b2105951cc0b',
      roleDefinitionId: 'fdd7a751-b60b-444a-984c-02652fe8fa1c',
      directoryScopeId: '/',
      appScopeId: null,
      createdUsing: '95c690fb-3eb3-4942-a03f-4524aed6f31e',
      createdDateTime: '2022-04-11T11:50:06.343Z',
      modifiedDateTime: null,
      status: 'Provisioned',
      assignmentType: 'Assigned',
      memberType: 'Direct',
      scheduleInfo: {
        startDateTime: '2022-04-11T11:50:06.343Z',
        recurrence: null,
        expiration: { type: 'noExpiration', endDateTime: null, duration: null },
      },
    },
  ],
};

/** api-reference/v1.0/api/unifiedroleassignmentschedule-get.md */
export const GET_ROLE_ASSIGNMENT_SCHEDULE = {
  '@odata.context':
    'https://graph.microsoft.com/v1.0/$metadata#roleManagement/directory/roleAssignmentSchedules/$entity',
  ...LIST_ROLE_ASSIGNMENT_SCHEDULES.value[0],
};

/** api-reference/v1.0/api/rbacapplication-list-roledefinitions.md, example 1 */
export const LIST_ROLE_DEFINITIONS = {
  '@odata.context':
    'https://graph.microsoft.com/v1.0/$metadata#roleManagement/directory/roleDefinitions',
  value: [
    {
      id: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
      description: 'Can reset passwords for non-administrators and Helpdesk Administrators.',
      displayName: 'Helpdesk Administrator',
      isBuiltIn: true,
      isEnabled: true,
      templateId: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
      version: '1',
      rolePermissions: [
        {
          allowedResourceActions: ['microsoft.directory/users/invalidateAllRefreshTokens'],
          condition: null,
        },
      ],
      inheritsPermissionsFrom: [{ id: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b' }],
    },
  ],
};

/**
 * api-reference/beta/api/unifiedroleeligibilityschedule-get.md. The sample also shows
 * `"@odata.type": "#microsoft.graph.unifiedRoleAssignmentSchedule"` and `assignmentType`,
 * slips copied from the assignment page (an eligibility schedule has neither); they are left
 * out here, the rest is compared.
 */
export const GET_ROLE_ELIGIBILITY_SCHEDULE_BETA = {
  '@odata.context':
    'https://graph.microsoft.com/beta/$metadata#roleManagement/directory/roleEligibilitySchedules/$entity',
  id: '313af44a-07c9-43a7-9970-5072a6b5591f',
  principalId: '398164b1-5196-49dd-ada2-364b49f99b27',
  roleDefinitionId: 'fdd7a751-b60b-444a-984c-02652fe8fa1c',
  directoryScopeId: '/',
  appScopeId: null,
  createdUsing: '313af44a-07c9-43a7-9970-5072a6b5591f',
  createdDateTime: '2021-07-27T13:51:08.43Z',
  modifiedDateTime: null,
  status: 'Provisioned',
  memberType: 'Direct',
  scheduleInfo: {
    startDateTime: '2021-07-27T13:51:08.43Z',
    recurrence: null,
    expiration: { type: 'noExpiration', endDateTime: null, duration: null },
  },
};
