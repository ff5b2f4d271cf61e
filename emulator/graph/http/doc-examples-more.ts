/**
 * More example responses copied from the official Microsoft Graph docs (repository
 * microsoftgraph/microsoft-graph-docs-contrib); see doc-examples.ts.
 */

/** api-reference/v1.0/api/user-get.md, example 2 (`GET /me`) */
export const GET_ME = {
  businessPhones: ['+1 425 555 0109'],
  displayName: 'Adele Vance',
  givenName: 'Adele',
  jobTitle: 'Retail Manager',
  mail: 'AdeleV@contoso.com',
  mobilePhone: '+1 425 555 0109',
  officeLocation: '18/2111',
  preferredLanguage: 'en-US',
  surname: 'Vance',
  userPrincipalName: 'AdeleV@contoso.com',
  id: '87d349ed-44d7-43e1-9a83-5f2406dee5bd',
};

/** api-reference/v1.0/api/unifiedroledefinition-get.md, example 2 (a built-in role) */
export const GET_BUILT_IN_ROLE_DEFINITION = {
  '@odata.context':
    'https://graph.microsoft.com/v1.0/$metadata#roleManagement/directory/roleDefinitions/$entity',
  id: 'fdd7a751-b60b-444a-984c-02652fe8fa1c',
  description:
    'Members of this role can create/manage groups, create/manage groups settings like naming and expiration policies, and view groups activity and audit reports.',
  displayName: 'Groups Administrator',
  isBuiltIn: true,
  isEnabled: true,
  resourceScopes: ['/'],
  templateId: 'fdd7a751-b60b-444a-984c-02652fe8fa1c',
  version: '1',
  rolePermissions: [
    {
      allowedResourceActions: ['microsoft.directory/groups/assignLicense'],
      condition: null,
    },
  ],
  inheritsPermissionsFrom: [{ id: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b' }],
};

/**
 * api-reference/v1.0/api/privilegedaccessgroup-post-assignmentschedulerequests.md, example 2
 * (selfActivate). The sample puts the context URL in `@odata.type`, a slip of the page; the
 * emulator sends it as `@odata.context`, which is what Graph sends and what is compared here.
 */
export const POST_GROUP_ASSIGNMENT_REQUEST_SELF_ACTIVATE = {
  '@odata.context':
    'https://graph.microsoft.com/v1.0/$metadata#identityGovernance/privilegedAccess/group/assignmentScheduleRequests/$entity',
  id: '6aacaee8-4089-4048-9510-3119367fc943',
  status: 'Provisioned',
  completedDateTime: '2023-02-07T07:05:55.3404527Z',
  createdDateTime: '2023-02-07T07:05:53.7895614Z',
  approvalId: null,
  customData: null,
  createdBy: { user: { id: '3cce9d87-3986-4f19-8335-7ed075408ca2' } },
  action: 'selfActivate',
  isValidationOnly: false,
  justification: 'Activate assignment.',
  scheduleInfo: {
    startDateTime: '2023-02-07T07:05:55.3404527Z',
    expiration: { type: 'afterDuration', duration: 'PT2H' },
  },
  ticketInfo: { ticketNumber: null, ticketSystem: null },
  accessId: 'member',
  principalId: '3cce9d87-3986-4f19-8335-7ed075408ca2',
  groupId: '2b5ed229-4072-478d-9504-a047ebd4b07d',
  targetScheduleId:
    '2b5ed229-4072-478d-9504-a047ebd4b07d_member_6aacaee8-4089-4048-9510-3119367fc943',
};
