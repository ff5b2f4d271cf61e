/**
 * Example responses copied from the official Microsoft Graph docs
 * (repository microsoftgraph/microsoft-graph-docs-contrib), one per endpoint family. The shape
 * tests (doc-shapes.test.ts) check that the emulator answers the same request with the same
 * property names, value types and `@odata.type` values. Each constant names its doc page.
 */

/** api-reference/v1.0/api/rbacapplication-list-roleeligibilityscheduleinstances.md */
export const LIST_ROLE_ELIGIBILITY_SCHEDULE_INSTANCES = {
  '@odata.context':
    'https://graph.microsoft.com/v1.0/$metadata#roleManagement/directory/roleEligibilityScheduleInstances',
  value: [
    {
      id: '8MYkhImhnkm70CbBdTyW1BbHHAdHgZdDpbqyEFlRzAs-1-e',
      principalId: '071cc716-8147-4397-a5ba-b2105951cc0b',
      roleDefinitionId: '8424c6f0-a189-499e-bbd0-26c1753c96d4',
      directoryScopeId: '/',
      appScopeId: null,
      startDateTime: '2022-04-12T14:44:50.287Z',
      endDateTime: '2024-04-10T00:00:00Z',
      memberType: 'Direct',
      roleEligibilityScheduleId: '77f71919-62f3-4d0c-9f88-0a0391b665cd',
    },
  ],
};

/** api-reference/v1.0/api/unifiedroleassignmentscheduleinstance-filterbycurrentuser.md */
export const ROLE_ASSIGNMENT_SCHEDULE_INSTANCES_FOR_CURRENT_USER = {
  '@odata.context':
    'https://graph.microsoft.com/v1.0/$metadata#Collection(unifiedRoleAssignmentScheduleInstance)',
  value: [
    {
      '@odata.type': '#microsoft.graph.unifiedRoleAssignmentScheduleInstance',
      id: 'lAPpYvVpN0KRkAEhdxReEJ2SvT9WjGJEhR4OuaezoqU-1',
      principalId: '3fbd929d-8c56-4462-851e-0eb9a7b3a2a5',
      roleDefinitionId: '62e90394-69f5-4237-9190-012177145e10',
      directoryScopeId: '/',
      appScopeId: null,
      startDateTime: null,
      endDateTime: null,
      assignmentType: 'Assigned',
      memberType: 'Direct',
      roleAssignmentOriginId: 'lAPpYvVpN0KRkAEhdxReEJ2SvT9WjGJEhR4OuaezoqU-1',
      roleAssignmentScheduleId: 'lAPpYvVpN0KRkAEhdxReEJ2SvT9WjGJEhR4OuaezoqU-1',
    },
  ],
};

/** api-reference/v1.0/api/unifiedroleassignmentschedulerequest-filterbycurrentuser.md */
export const ROLE_ASSIGNMENT_SCHEDULE_REQUESTS_FOR_CURRENT_USER = {
  '@odata.context':
    'https://graph.microsoft.com/v1.0/$metadata#roleManagement/directory/roleAssignmentScheduleRequests',
  value: [
    {
      id: '95c690fb-3eb3-4942-a03f-4524aed6f31e',
      status: 'Provisioned',
      createdDateTime: '2022-04-11T11:50:05.95Z',
      completedDateTime: '2022-04-11T11:50:06Z',
      approvalId: null,
      customData: null,
      action: 'adminAssign',
      principalId: '071cc716-8147-4397-a5ba-b2105951cc0b',
      roleDefinitionId: 'fdd7a751-b60b-444a-984c-02652fe8fa1c',
      directoryScopeId: '/',
      appScopeId: null,
      isValidationOnly: false,
      targetScheduleId: '95c690fb-3eb3-4942-a03f-4524aed6f31e',
      justification: 'Assign Groups Admin to IT Helpdesk group',
      createdBy: {
        application: null,
        device: null,
        user: { displayName: null, id: '3fbd929d-8c56-4462-851e-0eb9a7b3a2a5' },
      },
      scheduleInfo: {
        startDateTime: '2022-04-11T11:50:05.9999343Z',
        recurrence: null,
        expiration: { type: 'noExpiration', endDateTime: null, duration: null },
      },
      ticketInfo: { ticketNumber: null, ticketSystem: null },
    },
  ],
};

/** api-reference/v1.0/api/rbacapplication-post-roleassignmentschedulerequests.md (selfActivate) */
export const POST_ROLE_ASSIGNMENT_SCHEDULE_REQUEST_SELF_ACTIVATE = {
  '@odata.context':
    'https://graph.microsoft.com/v1.0/$metadata#roleManagement/directory/roleAssignmentScheduleRequests/$entity',
  id: '911bab8a-6912-4de2-9dc0-2648ede7dd6d',
  status: 'Granted',
  createdDateTime: '2022-04-13T08:52:32.6485851Z',
  completedDateTime: '2022-04-14T00:00:00Z',
  approvalId: null,
  customData: null,
  action: 'selfActivate',
  principalId: '071cc716-8147-4397-a5ba-b2105951cc0b',
  roleDefinitionId: '8424c6f0-a189-499e-bbd0-26c1753c96d4',
  directoryScopeId: '/',
  appScopeId: null,
  isValidationOnly: false,
  targetScheduleId: '911bab8a-6912-4de2-9dc0-2648ede7dd6d',
  justification:
    'I need access to the Attribute Administrator role to manage attributes to be assigned to restricted AUs',
  createdBy: {
    application: null,
    device: null,
    user: { displayName: null, id: '071cc716-8147-4397-a5ba-b2105951cc0b' },
  },
  scheduleInfo: {
    startDateTime: '2022-04-14T00:00:00Z',
    recurrence: null,
    expiration: { type: 'afterDuration', endDateTime: null, duration: 'PT5H' },
  },
  ticketInfo: { ticketNumber: 'CONTOSO:Normal-67890', ticketSystem: 'MS Project' },
};

const target = (caller: string) => ({
  caller,
  operations: ['all'],
  level: 'Assignment',
  inheritableSettings: [],
  enforcedSettings: [],
});

/**
 * api-reference/v1.0/api/policyroot-list-rolemanagementpolicyassignments.md, example 2
 * (`$expand=policy($expand=rules)`), the EndUser assignment rules of the sample.
 */
export const LIST_POLICY_ASSIGNMENTS_EXPAND_RULES = {
  '@odata.context':
    'https://graph.microsoft.com/v1.0/$metadata#policies/roleManagementPolicyAssignments(policy(rules()))',
  value: [
    {
      id: 'DirectoryRole_cab01047-8ad9-4792-8e42-569340767f1b_70c808b5-0d35-4863-a0ba-07888e99d448_62e90394-69f5-4237-9190-012177145e10',
      policyId:
        'DirectoryRole_cab01047-8ad9-4792-8e42-569340767f1b_70c808b5-0d35-4863-a0ba-07888e99d448',
      scopeId: '/',
      scopeType: 'DirectoryRole',
      roleDefinitionId: '62e90394-69f5-4237-9190-012177145e10',
      policy: {
        id: 'DirectoryRole_cab01047-8ad9-4792-8e42-569340767f1b_70c808b5-0d35-4863-a0ba-07888e99d448',
        displayName: 'DirectoryRole',
        description: 'DirectoryRole',
        isOrganizationDefault: false,
        scopeId: '/',
        scopeType: 'DirectoryRole',
        lastModifiedDateTime: null,
        lastModifiedBy: { displayName: null, id: null },
        rules: [
          {
            '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule',
            id: 'Expiration_EndUser_Assignment',
            isExpirationRequired: true,
            maximumDuration: 'PT8H',
            target: target('EndUser'),
          },
          {
            '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule',
            id: 'Enablement_EndUser_Assignment',
            enabledRules: ['MultiFactorAuthentication', 'Justification'],
            target: target('EndUser'),
          },
          {
            '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyApprovalRule',
            id: 'Approval_EndUser_Assignment',
            target: target('EndUser'),
            setting: {
              isApprovalRequired: false,
              isApprovalRequiredForExtension: false,
              isRequestorJustificationRequired: true,
              approvalMode: 'SingleStage',
              approvalStages: [
                {
                  approvalStageTimeOutInDays: 1,
                  isApproverJustificationRequired: true,
                  escalationTimeInMinutes: 0,
                  isEscalationEnabled: false,
                  primaryApprovers: [],
                  escalationApprovers: [],
                },
              ],
            },
          },
          {
            '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule',
            id: 'AuthenticationContext_EndUser_Assignment',
            isEnabled: false,
            claimValue: null,
            target: target('EndUser'),
          },
          {
            '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyNotificationRule',
            id: 'Notification_Admin_EndUser_Assignment',
            notificationType: 'Email',
            recipientType: 'Admin',
            notificationLevel: 'All',
            isDefaultRecipientsEnabled: true,
            notificationRecipients: [],
            target: target('EndUser'),
          },
        ],
      },
    },
  ],
};

/**
 * The beta role approval as the PIM how-to shows it (Entra docs, "Approve or deny requests for
 * Microsoft Entra roles", section "Approve pending requests using Microsoft Graph API").
 */
export const GET_ROLE_ASSIGNMENT_APPROVAL_BETA = {
  '@odata.context':
    'https://graph.microsoft.com/beta/$metadata#roleManagement/directory/roleAssignmentApprovals/$entity',
  id: '<request-ID-GUID>',
  'steps@odata.context':
    "https://graph.microsoft.com/beta/$metadata#roleManagement/directory/roleAssignmentApprovals('<request-ID-GUID>')/steps",
  steps: [
    {
      id: '<approval-step-ID-GUID>',
      displayName: null,
      reviewedDateTime: null,
      reviewResult: 'NotReviewed',
      status: 'InProgress',
      assignedToMe: true,
      justification: '',
      reviewedBy: null,
    },
  ],
};

/** api-reference/v1.0/api/approval-get.md (the sample's `stages`; PIM for Groups path) */
export const GET_GROUP_APPROVAL = {
  id: 'abd306ef-f7b2-4a10-9fd1-493454322489',
  stages: [
    {
      id: 'd4fa4045-4716-436d-aec5-57b0a713f095',
      displayName: null,
      reviewedDateTime: null,
      reviewResult: 'NotReviewed',
      status: 'InProgress',
      assignedToMe: true,
      justification: '',
      reviewedBy: null,
    },
  ],
};

/** api-reference/v1.0/api/privilegedaccessgroupeligibilityscheduleinstance-filterbycurrentuser.md */
export const GROUP_ELIGIBILITY_INSTANCES_FOR_CURRENT_USER = {
  value: [
    {
      '@odata.type': '#microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance',
      id: '8MYkhImhnkm70CbBdTyW1BbHHAdHgZdDpbqyEFlRzAs-1-e',
      startDateTime: '2022-04-12T14:44:50.287Z',
      endDateTime: '2024-04-10T00:00:00Z',
      memberType: 'Direct',
      principalId: '3cce9d87-3986-4f19-8335-7ed075408ca2',
      accessId: 'member',
      groupId: '2b5ed229-4072-478d-9504-a047ebd4b07d',
      eligibilityScheduleId: '77f71919-62f3-4d0c-9f88-0a0391b665cd',
    },
  ],
};

/** api-reference/v1.0/api/directoryaudit-list.md, example 2 (kept once, with the PIM domain's). */
export { LIST_DIRECTORY_AUDITS_DOC_EXAMPLE as LIST_DIRECTORY_AUDITS } from '../pim/fixtures/directory-audits.doc.ts';
