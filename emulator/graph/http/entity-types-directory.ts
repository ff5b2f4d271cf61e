import type { EntityType, Entity } from './entity-model.ts';

/** Properties Graph returns for a user without `$select` (v1.0 default set). */
const USER_DEFAULT = [
  'id',
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
];

export const userType: EntityType = {
  name: 'user',
  properties: [
    ...USER_DEFAULT,
    'accountEnabled',
    'city',
    'companyName',
    'country',
    'createdDateTime',
    'department',
    'employeeId',
    'mailNickname',
    'onPremisesSyncEnabled',
    'otherMails',
    'proxyAddresses',
    'usageLocation',
    'userType',
    'postalCode',
    'state',
    'streetAddress',
    'identities',
  ],
  defaultProperties: USER_DEFAULT,
  navigation: {},
};

export const groupType: EntityType = {
  name: 'group',
  properties: [
    'id',
    'deletedDateTime',
    'classification',
    'createdDateTime',
    'creationOptions',
    'description',
    'displayName',
    'expirationDateTime',
    'groupTypes',
    'isAssignableToRole',
    'mail',
    'mailEnabled',
    'mailNickname',
    'membershipRule',
    'membershipRuleProcessingState',
    'onPremisesDomainName',
    'onPremisesLastSyncDateTime',
    'onPremisesNetBiosName',
    'onPremisesSamAccountName',
    'onPremisesSecurityIdentifier',
    'onPremisesSyncEnabled',
    'onPremisesProvisioningErrors',
    'preferredDataLocation',
    'preferredLanguage',
    'proxyAddresses',
    'renewedDateTime',
    'resourceBehaviorOptions',
    'resourceProvisioningOptions',
    'securityEnabled',
    'securityIdentifier',
    'theme',
    'visibility',
  ],
  navigation: {},
  // Cloud-only groups carry an empty error list, not null (group-get example 1).
  compute: (entity) => ({
    ...entity,
    onPremisesProvisioningErrors: entity.onPremisesProvisioningErrors ?? [],
  }),
};

export const roleDefinitionType: EntityType = {
  name: 'unifiedRoleDefinition',
  properties: [
    'id',
    'description',
    'displayName',
    'isBuiltIn',
    'isEnabled',
    'resourceScopes',
    'rolePermissions',
    'templateId',
    'version',
    // A navigation property Graph always writes inline on role definitions (get sample).
    'inheritsPermissionsFrom',
  ],
  navigation: {},
  compute: (entity) => ({
    ...entity,
    inheritsPermissionsFrom: entity.inheritsPermissionsFrom ?? [],
  }),
};

export const directoryObjectType: EntityType = {
  name: 'directoryObject',
  properties: ['id', 'deletedDateTime'],
  navigation: {},
  annotate: true,
};

/** A directory scope: `/` (the tenant) or an administrative unit. */
export const directoryScopeType: EntityType = {
  name: 'directoryObject',
  properties: ['id'],
  navigation: {},
  // The domain annotates units and applications; the tenant root `/` is a bare `{id}`.
  derived: (entity: Entity) =>
    typeof entity['@odata.type'] === 'string'
      ? {
          name: entity['@odata.type'].replace('#microsoft.graph.', ''),
          properties: ['displayName'],
        }
      : { name: 'directoryObject', properties: [] },
};

export const appScopeType: EntityType = {
  name: 'appScope',
  properties: ['id', 'displayName', 'type'],
  navigation: {},
};
