/**
 * Built-in Microsoft Entra roles with their public template ids, names and descriptions, from
 * MicrosoftDocs/entra-docs docs/identity/role-based-access-control/permissions-reference.md.
 * In Graph a built-in role definition's `id` equals its `templateId`.
 */
export interface BuiltInRole {
  templateId: string;
  displayName: string;
  description: string;
  /** A representative subset of the role's resource actions (the full lists are long). */
  actions: readonly string[];
}

const role = (
  templateId: string,
  displayName: string,
  description: string,
  actions: readonly string[],
): BuiltInRole => ({ templateId, displayName, description, actions });

export const ROLE_IDS = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  securityAdministrator: '194ae4cb-b126-40b2-bd5b-6091b380977d',
  securityReader: '5d6b6bb7-de71-4623-b4af-96380a352509',
  securityOperator: '5f2222b1-57c3-48ba-8ad5-d4759f1fde6f',
  reportsReader: '4a5d8f65-41da-4de4-8968-e035b65339cf',
  privilegedRoleAdministrator: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  passwordAdministrator: '966707d0-3269-4727-9be2-8c3a10f19b9d',
  exchangeAdministrator: '29232cdf-9323-42fd-ade2-1d097af3e4de',
  sharePointAdministrator: 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c',
  teamsAdministrator: '69091246-20e8-4a56-aa4d-066075b2a7a8',
  applicationAdministrator: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  cloudApplicationAdministrator: '158c047a-c907-4556-b7ef-446551a6b5f7',
  authenticationAdministrator: 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  intuneAdministrator: '3a2c62db-5318-420d-8d74-23affee5d9d5',
  messageCenterReader: '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b',
  directoryReaders: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
  knowledgeAdministrator: 'b5a8dcf3-09d5-43a9-a639-8e29ef291470',
  complianceAdministrator: '17315797-102d-40b4-93e0-432062caca18',
  conditionalAccessAdministrator: 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9',
  groupsAdministrator: 'fdd7a751-b60b-444a-984c-02652fe8fa1c',
  billingAdministrator: 'b0f54661-2d74-4c50-afa3-1ec803f12efe',
} as const;

const R = ROLE_IDS;
const dir = 'microsoft.directory';

export const BUILT_IN_ROLES: readonly BuiltInRole[] = [
  role(
    R.globalAdministrator,
    'Global Administrator',
    'Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft Entra identities.',
    [
      `${dir}/applications/allProperties/allTasks`,
      `${dir}/users/allProperties/allTasks`,
      `${dir}/roleAssignments/allProperties/allTasks`,
    ],
  ),
  role(
    R.globalReader,
    'Global Reader',
    'Can read everything that a Global Administrator can, but not update anything.',
    [
      `${dir}/applications/allProperties/read`,
      `${dir}/users/allProperties/read`,
      `${dir}/auditLogs/allProperties/read`,
    ],
  ),
  role(
    R.securityAdministrator,
    'Security Administrator',
    'Can read security information and reports, and manage configuration in Microsoft Entra ID and Office 365.',
    [
      `${dir}/conditionalAccessPolicies/standard/read`,
      `${dir}/identityProtection/allProperties/allTasks`,
      `${dir}/auditLogs/allProperties/read`,
    ],
  ),
  role(
    R.securityReader,
    'Security Reader',
    'Can read security information and reports in Microsoft Entra ID and Office 365.',
    [
      `${dir}/auditLogs/allProperties/read`,
      `${dir}/signInReports/allProperties/read`,
      `${dir}/privilegedIdentityManagement/allProperties/read`,
    ],
  ),
  role(R.securityOperator, 'Security Operator', 'Creates and manages security events.', [
    `${dir}/identityProtection/allProperties/read`,
    `microsoft.office365.securityComplianceCenter/allEntities/allTasks`,
  ]),
  role(R.reportsReader, 'Reports Reader', 'Can read sign-in and audit reports.', [
    `${dir}/auditLogs/allProperties/read`,
    `${dir}/signInReports/allProperties/read`,
    `microsoft.office365.usageReports/allEntities/allProperties/read`,
  ]),
  role(
    R.privilegedRoleAdministrator,
    'Privileged Role Administrator',
    'Can manage role assignments in Microsoft Entra ID, and all aspects of Privileged Identity Management.',
    [
      `${dir}/roleAssignments/allProperties/allTasks`,
      `${dir}/privilegedIdentityManagement/allProperties/allTasks`,
    ],
  ),
  role(
    R.userAdministrator,
    'User Administrator',
    'Can manage all aspects of users and groups, including resetting passwords for limited admins.',
    [`${dir}/users/create`, `${dir}/users/delete`, `${dir}/groups/create`],
  ),
  role(
    R.helpdeskAdministrator,
    'Helpdesk Administrator',
    'Can reset passwords for non-administrators and Helpdesk Administrators.',
    [`${dir}/users/password/update`, `${dir}/users/invalidateAllRefreshTokens`],
  ),
  role(
    R.passwordAdministrator,
    'Password Administrator',
    'Can reset passwords for non-administrators and Password Administrators.',
    [`${dir}/users/password/update`],
  ),
  role(
    R.exchangeAdministrator,
    'Exchange Administrator',
    'Can manage all aspects of the Exchange product.',
    ['microsoft.office365.exchange/allEntities/basic/allTasks', `${dir}/groups.unified/create`],
  ),
  role(
    R.sharePointAdministrator,
    'SharePoint Administrator',
    'Can manage all aspects of the SharePoint service.',
    ['microsoft.office365.sharePoint/allEntities/allTasks', `${dir}/groups.unified/create`],
  ),
  role(R.teamsAdministrator, 'Teams Administrator', 'Can manage the Microsoft Teams service.', [
    'microsoft.teams/allEntities/allProperties/allTasks',
    `${dir}/groups.unified/create`,
  ]),
  role(
    R.applicationAdministrator,
    'Application Administrator',
    'Can create and manage all aspects of app registrations and enterprise apps.',
    [`${dir}/applications/create`, `${dir}/servicePrincipals/allProperties/allTasks`],
  ),
  role(
    R.cloudApplicationAdministrator,
    'Cloud Application Administrator',
    'Can create and manage all aspects of app registrations and enterprise apps except App Proxy.',
    [`${dir}/applications/create`, `${dir}/applications/credentials/update`],
  ),
  role(
    R.authenticationAdministrator,
    'Authentication Administrator',
    'Can access to view, set and reset authentication method information for any non-admin user.',
    [`${dir}/users/authenticationMethods/create`, `${dir}/users/authenticationMethods/update`],
  ),
  role(
    R.intuneAdministrator,
    'Intune Administrator',
    'Can manage all aspects of the Intune product.',
    ['microsoft.intune/allEntities/allTasks', `${dir}/devices/basic/update`],
  ),
  role(
    R.messageCenterReader,
    'Message Center Reader',
    'Can read messages and updates for their organization in Office 365 Message Center only.',
    ['microsoft.office365.messageCenter/messages/read'],
  ),
  role(
    R.directoryReaders,
    'Directory Readers',
    'Can read basic directory information. Commonly used to grant directory read access to applications and guests.',
    [`${dir}/users/standard/read`, `${dir}/groups/standard/read`],
  ),
  role(
    R.knowledgeAdministrator,
    'Knowledge Administrator',
    'Can configure knowledge, learning, and other intelligent features.',
    ['microsoft.office365.knowledge/contentUnderstanding/allProperties/allTasks'],
  ),
  role(
    R.complianceAdministrator,
    'Compliance Administrator',
    'Can read and manage compliance configuration and reports in Microsoft Entra ID and Microsoft 365.',
    [
      'microsoft.office365.complianceManager/allEntities/allTasks',
      `${dir}/auditLogs/allProperties/read`,
    ],
  ),
  role(
    R.conditionalAccessAdministrator,
    'Conditional Access Administrator',
    'Can manage Conditional Access capabilities.',
    [`${dir}/conditionalAccessPolicies/create`, `${dir}/namedLocations/create`],
  ),
  role(
    R.groupsAdministrator,
    'Groups Administrator',
    'Members of this role can create/manage groups, create/manage groups settings like naming and expiration policies, and view groups activity and audit reports.',
    [`${dir}/groups/create`, `${dir}/groups/delete`],
  ),
  role(
    R.billingAdministrator,
    'Billing Administrator',
    'Can perform common billing related tasks like updating payment information.',
    [
      `${dir}/organization/basic/update`,
      'microsoft.commerce.billing/allEntities/allProperties/allTasks',
    ],
  ),
  role(
    '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
    'Privileged Authentication Administrator',
    'Can access to view, set and reset authentication method information for any user (admin or non-admin).',
    [`${dir}/users/authenticationMethods/delete`],
  ),
  role(
    '0526716b-113d-4c15-b2c8-68e3c22b9f80',
    'Authentication Policy Administrator',
    'Can create and manage the authentication methods policy, tenant-wide MFA settings, password protection policy, and verifiable credentials.',
    [`${dir}/authenticationMethodPolicies/update`],
  ),
  role(
    'e3973bdf-4987-49ae-837a-ba8e231c7286',
    'Azure DevOps Administrator',
    'Can manage Azure DevOps policies and settings.',
    ['microsoft.azure.devOps/allEntities/allTasks'],
  ),
  role(
    '7698a772-787b-4ac8-901f-60d6b08affd2',
    'Cloud Device Administrator',
    'Limited access to manage devices in Microsoft Entra ID.',
    [`${dir}/devices/delete`],
  ),
  role(
    '9360feb5-f418-4baa-8175-e2a00bac4301',
    'Directory Writers',
    'Can read and write basic directory information. For granting access to applications, not intended for users.',
    [`${dir}/users/basic/update`],
  ),
  role(
    '44367163-eba1-44c3-98af-f5787879f96a',
    'Dynamics 365 Administrator',
    'Can manage all aspects of the Dynamics 365 product.',
    ['microsoft.dynamics365/allEntities/allTasks'],
  ),
  role(
    '31392ffb-586c-42d1-9346-e59415a2cc4e',
    'Exchange Recipient Administrator',
    'Can create or update Exchange Online recipients within the Exchange Online organization.',
    ['microsoft.office365.exchange/migration/allProperties/allTasks'],
  ),
  role(
    'a9ea8996-122f-4c74-9520-8edcd192826c',
    'Fabric Administrator',
    'Can manage all aspects of the Fabric and Power BI products.',
    ['microsoft.powerApps.powerBI/allEntities/allTasks'],
  ),
  role(
    'ac434307-12b9-4fa1-a708-88bf58caabc1',
    'Global Secure Access Administrator',
    'Create and manage all aspects of Global Secure Internet Access and Microsoft Global Secure Private Access, including managing access to public and private endpoints.',
    ['microsoft.networkAccess/allEntities/allProperties/allTasks'],
  ),
  role(
    '95e79109-95c0-4d8e-aee3-d01accf2d47b',
    'Guest Inviter',
    "Can invite guest users independent of the 'members can invite guests' setting.",
    [`${dir}/users/inviteGuest`],
  ),
  role(
    '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2',
    'Hybrid Identity Administrator',
    'Manage Active Directory to Microsoft Entra cloud provisioning, Microsoft Entra Connect, pass-through authentication (PTA), password hash synchronization (PHS), seamless single sign-on (seamless SSO), and federation settings.',
    [`${dir}/onPremisesSynchronization/standard/read`],
  ),
  role(
    '45d8d3c5-c802-45c6-b32a-1d70b5e1e86e',
    'Identity Governance Administrator',
    'Manage access using Microsoft Entra ID for identity governance scenarios.',
    [
      `${dir}/accessReviews/allProperties/allTasks`,
      `${dir}/entitlementManagement/allProperties/allTasks`,
    ],
  ),
  role(
    '4d6ac14f-3453-41d0-bef9-a3e0c569773a',
    'License Administrator',
    'Can manage product licenses on users and groups.',
    [`${dir}/users/assignLicense`],
  ),
  role(
    '11648597-926c-4cf3-9c36-bcebb0ba8dcc',
    'Power Platform Administrator',
    'Can create and manage all aspects of Microsoft Dynamics 365, Power Apps and Power Automate.',
    ['microsoft.powerApps/allEntities/allTasks'],
  ),
  role(
    '644ef478-e28f-4e28-b9dc-3fdde9aa0b1f',
    'Printer Administrator',
    'Can manage all aspects of printers and printer connectors.',
    ['microsoft.azure.print/allEntities/allProperties/allTasks'],
  ),
  role(
    '0964bb5e-9bdb-4d7b-ac29-58e794862a40',
    'Search Administrator',
    'Can create and manage all aspects of Microsoft Search settings.',
    ['microsoft.office365.search/content/manage'],
  ),
  role(
    'f023fd81-a637-4b56-95fd-791ac0226033',
    'Service Support Administrator',
    'Can read service health information and manage support tickets.',
    ['microsoft.office365.supportTickets/allEntities/allTasks'],
  ),
  role(
    'baf37b3a-610e-45da-9e62-d9d1e5e8914b',
    'Teams Communications Administrator',
    'Can manage calling and meetings features within the Microsoft Teams service.',
    ['microsoft.teams/callQuality/allProperties/read'],
  ),
  role(
    'cf1c38e5-3621-4004-a7cb-879624dced7c',
    'Application Developer',
    "Can create application registrations independent of the 'Users can register applications' setting.",
    [`${dir}/applications/createAsOwner`],
  ),
  role(
    'c430b396-e693-46cc-96f3-db01bf8bb62a',
    'Attack Simulation Administrator',
    'Can create and manage all aspects of attack simulation campaigns.',
    ['microsoft.office365.protectionCenter/attackSimulator/payload/allProperties/allTasks'],
  ),
  role(
    'eb1f4a8d-243a-41f0-9fbd-c7cdf6c5ef7c',
    'Insights Administrator',
    'Has administrative access in the Microsoft 365 Insights app.',
    ['microsoft.insights/allEntities/allProperties/allTasks'],
  ),
  role(
    '59d46f88-662b-457b-bceb-5c3809e5908f',
    'Lifecycle Workflows Administrator',
    'Create and manage all aspects of workflows and tasks associated with Lifecycle Workflows in Microsoft Entra ID.',
    [`${dir}/lifecycleWorkflows/workflows/allProperties/allTasks`],
  ),
  role(
    '892c5842-a9a6-463a-8041-72aa08ca3cf6',
    'Cloud App Security Administrator',
    'Can manage all aspects of the Defender for Cloud Apps product.',
    ['microsoft.office365.webPortal/allEntities/standard/read'],
  ),
  role(
    '8329153b-31d0-4727-b945-745eb3bc5f31',
    'Domain Name Administrator',
    'Can manage domain names in cloud and on-premises.',
    [`${dir}/domains/allProperties/allTasks`],
  ),
  role(
    'be2f45a1-457d-42af-a067-6ec1fa63bc45',
    'External Identity Provider Administrator',
    'Can configure identity providers for use in direct federation.',
    [`${dir}/domains/federation/update`],
  ),
  role(
    '75941009-915a-4869-abe7-691bff18279e',
    'Skype for Business Administrator',
    'Can manage all aspects of the Skype for Business product.',
    ['microsoft.office365.skypeForBusiness/allEntities/allTasks'],
  ),
];
