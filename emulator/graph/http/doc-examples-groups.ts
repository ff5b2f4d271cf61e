/**
 * Example responses copied from the official Microsoft Graph docs (repository
 * microsoftgraph/microsoft-graph-docs-contrib) for PIM for Groups requests and directory
 * objects; see doc-examples.ts. Each constant names its page.
 */

const GROUP_REQUEST = {
  id: '34e963f6-150f-cf79-678c-6fcaf978bb49',
  status: 'Provisioned',
  completedDateTime: '2023-01-11T11:50:06Z',
  createdDateTime: '2023-01-11T11:50:05.95Z',
  approvalId: null,
  customData: null,
  createdBy: { user: { displayName: null, id: '3fbd929d-8c56-4462-851e-0eb9a7b3a2a5' } },
  action: 'adminAssign',
  isValidationOnly: false,
  justification: 'Assign active member access.',
  scheduleInfo: {
    startDateTime: '2023-01-11T11:50:05.9999343Z',
    recurrence: null,
    expiration: { type: 'noExpiration', endDateTime: null, duration: null },
  },
  ticketInfo: { ticketNumber: null, ticketSystem: null },
  principalId: '071cc716-8147-4397-a5ba-b2105951cc0b',
  accessId: 'member',
  groupId: '68e55cce-cf7e-4a2d-9046-3e4e75c4bfa7',
  targetScheduleId: '34e963f6-150f-cf79-678c-6fcaf978bb49',
};

/** api-reference/v1.0/api/privilegedaccessgroupassignmentschedulerequest-get.md */
export const GET_GROUP_ASSIGNMENT_REQUEST = {
  '@odata.context':
    'https://graph.microsoft.com/v1.0/$metadata#identityGovernance/privilegedAccess/group/assignmentScheduleRequests/$entity',
  ...GROUP_REQUEST,
};

/**
 * api-reference/v1.0/api/privilegedaccessgroup-list-assignmentschedulerequests.md. The sample
 * omits `@odata.context` (shortened); Graph sends the collection's, which is compared here.
 */
export const LIST_GROUP_ASSIGNMENT_REQUESTS = {
  '@odata.context':
    'https://graph.microsoft.com/v1.0/$metadata#identityGovernance/privilegedAccess/group/assignmentScheduleRequests',
  value: [{ ...GROUP_REQUEST, approvalId: '6aacaee8-4089-4048-9510-3119367fc943' }],
};

/**
 * api-reference/v1.0/api/privilegedaccessgroupassignmentschedulerequest-filterbycurrentuser.md,
 * example 1. The sample spells `createdDateTIme`/`completedDateTIme` and `SelfActivate`, slips of
 * the page (the resource page and every other sample use `createdDateTime` and `selfActivate`);
 * the properties are compared under their real names.
 */
export const GROUP_REQUESTS_FOR_CURRENT_USER = {
  value: [
    {
      '@odata.type': '#microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest',
      id: '12345',
      accessId: 'member',
      principalId: 'c277c8cb-6bb7-42e5-a17f-0add9a718151',
      groupId: 'd5f0ad2e-6b34-401b-b6da-0c8fc2c5a3fc',
      status: 'PendingApproval',
      createdDateTime: '2022-02-26T08:00:00.000Z',
      completedDateTime: null,
      isValidationOnly: false,
      action: 'selfActivate',
      scheduleInfo: {
        startDateTime: '2022-04-01T08:00:00.000Z',
        expiration: { type: 'afterDuration', duration: 'PT8H' },
      },
      justification: 'Activate access',
      ticketInfo: { ticketNumber: '09876' },
    },
  ],
};

/** api-reference/v1.0/api/user-get.md, example 3 (`$select`) */
export const GET_USER_SELECT = {
  '@odata.context':
    'https://graph.microsoft.com/v1.0/$metadata#users(displayName,givenName,postalCode,identities)/$entity',
  displayName: 'Adele Vance',
  givenName: 'Adele',
  postalCode: '98004',
  identities: [
    {
      signInType: 'userPrincipalName',
      issuer: 'contoso.com',
      issuerAssignedId: 'AdeleV@contoso.com',
    },
  ],
};

/** api-reference/v1.0/api/group-get.md, example 1 (default properties) */
export const GET_GROUP = {
  '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#groups/$entity',
  id: '02bd9fd6-8f93-4758-87c3-1fb73740a315',
  deletedDateTime: null,
  classification: null,
  createdDateTime: '2017-07-31T18:56:16Z',
  description: 'Welcome to the HR Taskforce team.',
  displayName: 'HR Taskforce',
  expirationDateTime: null,
  groupTypes: ['Unified'],
  isAssignableToRole: null,
  mail: 'HRTaskforce@M365x214355.onmicrosoft.com',
  mailEnabled: true,
  mailNickname: 'HRTaskforce',
  membershipRule: null,
  membershipRuleProcessingState: null,
  onPremisesDomainName: null,
  onPremisesLastSyncDateTime: null,
  onPremisesNetBiosName: null,
  onPremisesSamAccountName: null,
  onPremisesSecurityIdentifier: null,
  onPremisesSyncEnabled: null,
  preferredDataLocation: null,
  preferredLanguage: null,
  proxyAddresses: ['SMTP:HRTaskforce@M365x214355.onmicrosoft.com'],
  renewedDateTime: '2020-01-24T19:01:14Z',
  resourceBehaviorOptions: [],
  resourceProvisioningOptions: ['Team'],
  securityEnabled: false,
  securityIdentifier: 'S-1-12-1-45981654-1196986259-3072312199-363020343',
  theme: null,
  visibility: 'Private',
  onPremisesProvisioningErrors: [],
};
