import { findById, type Entity, type EntityType } from './entity-model.ts';

/** Rule ids are documented and fixed; their prefix names the derived rule type. */
const RULE_TYPES: Record<string, { name: string; properties: string[] }> = {
  Expiration: {
    name: 'unifiedRoleManagementPolicyExpirationRule',
    properties: ['isExpirationRequired', 'maximumDuration'],
  },
  Enablement: { name: 'unifiedRoleManagementPolicyEnablementRule', properties: ['enabledRules'] },
  Approval: { name: 'unifiedRoleManagementPolicyApprovalRule', properties: ['setting'] },
  AuthenticationContext: {
    name: 'unifiedRoleManagementPolicyAuthenticationContextRule',
    properties: ['isEnabled', 'claimValue'],
  },
  Notification: {
    name: 'unifiedRoleManagementPolicyNotificationRule',
    properties: [
      'notificationType',
      'recipientType',
      'notificationLevel',
      'isDefaultRecipientsEnabled',
      'notificationRecipients',
    ],
  },
};

/** Approvers are `subjectSet`s: Graph tells the concrete kind with `@odata.type`. */
function annotateSubject(subject: unknown): unknown {
  if (!subject || typeof subject !== 'object') return subject;
  const s = subject as Entity;
  if (typeof s['@odata.type'] === 'string') return s;
  const kind =
    'userId' in s
      ? 'singleUser'
      : 'groupId' in s
        ? 'groupMembers'
        : 'managerLevel' in s
          ? 'requestorManager'
          : 'internalSponsors';
  return { '@odata.type': `#microsoft.graph.${kind}`, ...s };
}

function decorateRule(rule: Entity): Entity {
  const setting = rule.setting as Entity | null | undefined;
  if (!setting || !Array.isArray(setting.approvalStages)) return rule;
  const approvalStages = (setting.approvalStages as Entity[]).map((stage) => ({
    ...stage,
    primaryApprovers: ((stage.primaryApprovers as unknown[] | undefined) ?? []).map(
      annotateSubject,
    ),
    escalationApprovers: ((stage.escalationApprovers as unknown[] | undefined) ?? []).map(
      annotateSubject,
    ),
  }));
  return { ...rule, setting: { ...setting, approvalStages } };
}

export const policyRuleType: EntityType = {
  name: 'unifiedRoleManagementPolicyRule',
  properties: ['id', 'target'],
  selectable: Object.values(RULE_TYPES).flatMap((t) => t.properties),
  navigation: {},
  derived: (entity) => {
    const prefix = String(entity.id).split('_')[0] ?? '';
    return RULE_TYPES[prefix] ?? { name: 'unifiedRoleManagementPolicyRule', properties: [] };
  },
  annotate: true,
  decorate: decorateRule,
};

export const policyType: EntityType = {
  name: 'unifiedRoleManagementPolicy',
  properties: [
    'id',
    'displayName',
    'description',
    'isOrganizationDefault',
    'scopeId',
    'scopeType',
    'lastModifiedDateTime',
    'lastModifiedBy',
  ],
  navigation: {
    // Rules live inside the policy in the emulator's state (they are contained entities).
    rules: {
      collection: true,
      target: () => policyRuleType,
      resolve: (entity) => (Array.isArray(entity.rules) ? (entity.rules as Entity[]) : []),
    },
    effectiveRules: {
      collection: true,
      target: () => policyRuleType,
      resolve: (entity) =>
        Array.isArray(entity.effectiveRules)
          ? (entity.effectiveRules as Entity[])
          : Array.isArray(entity.rules)
            ? (entity.rules as Entity[])
            : [],
    },
  },
};

export const policyAssignmentType: EntityType = {
  name: 'unifiedRoleManagementPolicyAssignment',
  properties: ['id', 'policyId', 'scopeId', 'scopeType', 'roleDefinitionId'],
  navigation: {
    policy: {
      collection: false,
      target: () => policyType,
      resolve: (entity, env) =>
        (findById(env.state.roleManagementPolicies, entity.policyId) as Entity | undefined) ?? null,
    },
  },
};
