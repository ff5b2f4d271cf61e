import type {
  UnifiedRoleManagementPolicyRule,
  UnifiedRoleManagementPolicyRuleTarget,
} from '@microsoft/microsoft-graph-types';

/**
 * Policy rules are polymorphic: the derived type is the only way to tell an expiration rule from
 * an enablement rule, so rules and approver subject sets keep their `@odata.type` in the store.
 */
export type TypedRule = UnifiedRoleManagementPolicyRule & {
  '@odata.type': string;
  [property: string]: unknown;
};

export interface Approver {
  '@odata.type': '#microsoft.graph.singleUser' | '#microsoft.graph.groupMembers';
  userId?: string;
  groupId?: string;
  description: string | null;
}

/** What a policy demands of an end user's activation, in our words. */
export interface PolicySpec {
  maximumDuration: string;
  justification: boolean;
  ticketing: boolean;
  mfa: boolean;
  /** Authentication context claim value, e.g. `c1`, or null when off. */
  authContext: string | null;
  /** One entry per approval stage; empty when no approval is needed. */
  approvalStages: readonly (readonly Approver[])[];
  approvalRequiredForExtension: boolean;
  approverJustificationRequired: boolean;
  stageTimeoutDays: number;
}

export const DEFAULT_SPEC: PolicySpec = {
  maximumDuration: 'PT8H',
  justification: true,
  ticketing: false,
  mfa: true,
  authContext: null,
  approvalStages: [],
  approvalRequiredForExtension: false,
  approverJustificationRequired: true,
  stageTimeoutDays: 1,
};

const target = (caller: string, level: string): UnifiedRoleManagementPolicyRuleTarget => ({
  caller,
  operations: ['all'],
  level,
  inheritableSettings: [],
  enforcedSettings: [],
});

function notification(recipient: string, caller: string, level: string): TypedRule {
  return {
    '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyNotificationRule',
    id: `Notification_${recipient}_${caller}_${level}`,
    notificationType: 'Email',
    recipientType: recipient,
    notificationLevel: 'All',
    isDefaultRecipientsEnabled: true,
    notificationRecipients: [],
    target: target(caller, level),
  };
}

/**
 * The 17 rules of a PIM policy, with the ids, order and `@odata.type`s of the list-rules example
 * in api-reference/v1.0/api/unifiedrolemanagementpolicy-list-rules.md.
 */
export function buildPolicyRules(spec: PolicySpec): TypedRule[] {
  const enabled: string[] = [];
  if (spec.mfa) enabled.push('MultiFactorAuthentication');
  if (spec.justification) enabled.push('Justification');
  if (spec.ticketing) enabled.push('Ticketing');
  const approvalRequired = spec.approvalStages.length > 0;
  const stage = (approvers: readonly Approver[]) => ({
    approvalStageTimeOutInDays: spec.stageTimeoutDays,
    isApproverJustificationRequired: spec.approverJustificationRequired,
    escalationTimeInMinutes: 0,
    isEscalationEnabled: false,
    primaryApprovers: approvers.map((a) => ({ ...a })),
    escalationApprovers: [],
  });
  return [
    {
      '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule',
      id: 'Expiration_Admin_Eligibility',
      isExpirationRequired: false,
      maximumDuration: 'P365D',
      target: target('Admin', 'Eligibility'),
    },
    {
      '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule',
      id: 'Enablement_Admin_Eligibility',
      enabledRules: [],
      target: target('Admin', 'Eligibility'),
    },
    notification('Admin', 'Admin', 'Eligibility'),
    notification('Requestor', 'Admin', 'Eligibility'),
    notification('Approver', 'Admin', 'Eligibility'),
    {
      '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule',
      id: 'Expiration_Admin_Assignment',
      isExpirationRequired: false,
      maximumDuration: 'P180D',
      target: target('Admin', 'Assignment'),
    },
    {
      '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule',
      id: 'Enablement_Admin_Assignment',
      enabledRules: ['Justification'],
      target: target('Admin', 'Assignment'),
    },
    notification('Admin', 'Admin', 'Assignment'),
    notification('Requestor', 'Admin', 'Assignment'),
    notification('Approver', 'Admin', 'Assignment'),
    {
      '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule',
      id: 'Expiration_EndUser_Assignment',
      isExpirationRequired: true,
      maximumDuration: spec.maximumDuration,
      target: target('EndUser', 'Assignment'),
    },
    {
      '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule',
      id: 'Enablement_EndUser_Assignment',
      enabledRules: enabled,
      target: target('EndUser', 'Assignment'),
    },
    {
      '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyApprovalRule',
      id: 'Approval_EndUser_Assignment',
      target: target('EndUser', 'Assignment'),
      setting: {
        isApprovalRequired: approvalRequired,
        isApprovalRequiredForExtension: spec.approvalRequiredForExtension,
        isRequestorJustificationRequired: true,
        approvalMode: !approvalRequired
          ? 'NoApproval'
          : spec.approvalStages.length > 1
            ? 'Serial'
            : 'SingleStage',
        approvalStages: approvalRequired ? spec.approvalStages.map(stage) : [stage([])],
      },
    },
    {
      '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule',
      id: 'AuthenticationContext_EndUser_Assignment',
      isEnabled: spec.authContext !== null,
      claimValue: spec.authContext,
      target: target('EndUser', 'Assignment'),
    },
    notification('Admin', 'EndUser', 'Assignment'),
    notification('Requestor', 'EndUser', 'Assignment'),
    notification('Approver', 'EndUser', 'Assignment'),
  ];
}
