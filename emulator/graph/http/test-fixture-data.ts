import type {
  DirectoryAudit,
  UnifiedRoleManagementPolicy,
  UnifiedRoleManagementPolicyRule,
} from '@microsoft/microsoft-graph-types';
import { IDS } from './test-fixture-ids.ts';

/** Policies and audit entries of the HTTP layer's test tenant. */
function rules(approvers: Record<string, unknown>[] | null): UnifiedRoleManagementPolicyRule[] {
  const target = (caller: string, level: string) => ({
    caller,
    operations: ['all'],
    level,
    inheritableSettings: [],
    enforcedSettings: [],
  });
  return [
    {
      id: 'Expiration_EndUser_Assignment',
      isExpirationRequired: true,
      maximumDuration: 'PT8H',
      target: target('EndUser', 'Assignment'),
    },
    {
      id: 'Enablement_EndUser_Assignment',
      enabledRules: ['Justification'],
      target: target('EndUser', 'Assignment'),
    },
    {
      id: 'Approval_EndUser_Assignment',
      target: target('EndUser', 'Assignment'),
      setting: {
        isApprovalRequired: approvers !== null,
        isApprovalRequiredForExtension: false,
        isRequestorJustificationRequired: true,
        approvalMode: 'SingleStage',
        approvalStages: [
          {
            approvalStageTimeOutInDays: 1,
            isApproverJustificationRequired: true,
            escalationTimeInMinutes: 0,
            isEscalationEnabled: false,
            primaryApprovers: approvers ?? [],
            escalationApprovers: [],
          },
        ],
      },
    },
    {
      id: 'AuthenticationContext_EndUser_Assignment',
      isEnabled: false,
      claimValue: null,
      target: target('EndUser', 'Assignment'),
    },
    {
      id: 'Notification_Admin_EndUser_Assignment',
      notificationType: 'Email',
      recipientType: 'Admin',
      notificationLevel: 'All',
      isDefaultRecipientsEnabled: true,
      notificationRecipients: [],
      target: target('EndUser', 'Assignment'),
    },
  ] as unknown as UnifiedRoleManagementPolicyRule[];
}

export function policy(
  id: string,
  scopeId: string,
  scopeType: string,
  approvers: Record<string, unknown>[] | null,
): UnifiedRoleManagementPolicy {
  return {
    id,
    displayName: scopeType,
    description: scopeType,
    isOrganizationDefault: false,
    scopeId,
    scopeType,
    lastModifiedDateTime: null,
    lastModifiedBy: { displayName: null, id: null },
    rules: rules(approvers),
  };
}

export function audits(now: Date): DirectoryAudit[] {
  return Array.from({ length: 250 }, (_, i) => ({
    id: `audit-${String(i).padStart(3, '0')}`,
    category: 'RoleManagement',
    correlationId: `c0000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    result: i % 10 === 0 ? 'failure' : 'success',
    resultReason: '',
    activityDisplayName:
      i % 2 === 0
        ? 'Add member to role completed (PIM activation)'
        : 'Add member to role request approved (PIM activation)',
    activityDateTime: new Date(now.getTime() - i * 3600_000).toISOString(),
    loggedByService: i % 5 === 4 ? 'Core Directory' : 'PIM',
    operationType: 'Add',
    initiatedBy: {
      app: null,
      user: {
        id: i % 3 === 0 ? IDS.adele : IDS.megan,
        displayName: null,
        userPrincipalName: null,
        ipAddress: null,
      },
    },
    targetResources: [
      {
        id: i % 4 === 0 ? IDS.globalAdmin : IDS.userAdmin,
        displayName: 'Role',
        type: 'Role',
        modifiedProperties: [],
      },
      { id: IDS.adele, displayName: 'Adele Vance', type: 'User', modifiedProperties: [] },
    ],
    additionalDetails: [],
  }));
}
