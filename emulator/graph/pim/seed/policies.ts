import type {
  UnifiedRoleManagementPolicy,
  UnifiedRoleManagementPolicyAssignment,
} from '@microsoft/microsoft-graph-types';
import { EMULATOR_TENANT_ID } from '../../../constants.ts';
import { PERSONAS } from '../../../tenant/personas.ts';
import { GROUP_IDS } from '../../../tenant/population.ts';
import { ROLE_IDS } from '../../../tenant/role-catalog.ts';
import type { Random } from '../../../tenant/prng.ts';
import type { TenantState } from '../../state.ts';
import { DEFAULT_SPEC, buildPolicyRules, type Approver, type PolicySpec } from '../policy-rules.ts';

/**
 * One PIM policy per directory role and per group relationship, covering every combination the
 * portal must handle: nothing required; justification; ticket; MFA; authentication context c1;
 * approval by one user, by a group, in two serial stages; 1, 4 and 8 hour maximums; approval
 * required for extension.
 */
export const MEGAN_ID = PERSONAS[1]?.id ?? '';

const megan: Approver = {
  '@odata.type': '#microsoft.graph.singleUser',
  userId: MEGAN_ID,
  description: 'Megan Bowen',
};
const approversGroup: Approver = {
  '@odata.type': '#microsoft.graph.groupMembers',
  groupId: GROUP_IDS.pimApprovers,
  description: 'PIM Approvers',
};

const spec = (changes: Partial<PolicySpec>): PolicySpec => ({ ...DEFAULT_SPEC, ...changes });

export const POLICY_SPECS = {
  none: spec({ justification: false, mfa: false }),
  justification: spec({ mfa: false }),
  fourHours: spec({ mfa: false, maximumDuration: 'PT4H' }),
  ticket: spec({ mfa: false, ticketing: true, maximumDuration: 'PT4H' }),
  mfa: spec({}),
  authContext: spec({ mfa: false, authContext: 'c1', maximumDuration: 'PT4H' }),
  authContextTicket: spec({
    mfa: false,
    authContext: 'c1',
    ticketing: true,
    maximumDuration: 'PT2H',
  }),
  approvalUser: spec({ mfa: false, maximumDuration: 'PT4H', approvalStages: [[megan]] }),
  approvalGroup: spec({ mfa: false, approvalStages: [[approversGroup]] }),
  approvalSerial: spec({ maximumDuration: 'PT4H', approvalStages: [[megan], [approversGroup]] }),
  short: spec({ mfa: false, maximumDuration: 'PT1H' }),
  shortNoJustification: spec({ mfa: false, justification: false, maximumDuration: 'PT1H' }),
  extension: spec({ mfa: false, approvalRequiredForExtension: true, approvalStages: [[megan]] }),
  default: DEFAULT_SPEC,
} satisfies Record<string, PolicySpec>;

export type PolicyName = keyof typeof POLICY_SPECS;

const R = ROLE_IDS;
export const ROLE_POLICY: Partial<Record<string, PolicyName>> = {
  [R.messageCenterReader]: 'none',
  [R.directoryReaders]: 'none',
  [R.reportsReader]: 'none',
  [R.securityReader]: 'none',
  [R.globalReader]: 'justification',
  [R.teamsAdministrator]: 'justification',
  [R.helpdeskAdministrator]: 'justification',
  [R.complianceAdministrator]: 'justification',
  [R.intuneAdministrator]: 'fourHours',
  [R.exchangeAdministrator]: 'ticket',
  [R.authenticationAdministrator]: 'ticket',
  [R.sharePointAdministrator]: 'mfa',
  [R.cloudApplicationAdministrator]: 'mfa',
  [R.securityAdministrator]: 'authContext',
  [R.conditionalAccessAdministrator]: 'authContext',
  [R.globalAdministrator]: 'approvalUser',
  [R.privilegedRoleAdministrator]: 'approvalGroup',
  [R.applicationAdministrator]: 'approvalSerial',
  [R.userAdministrator]: 'short',
  [R.knowledgeAdministrator]: 'extension',
};

const G = GROUP_IDS;
export const GROUP_POLICY: Record<string, { member: PolicyName; owner: PolicyName }> = {
  [G.financeAdmins]: { member: 'justification', owner: 'mfa' },
  [G.helpdeskTier2]: { member: 'approvalUser', owner: 'approvalGroup' },
  [G.subscriptionOwners]: { member: 'authContextTicket', owner: 'approvalSerial' },
  [G.securityOperations]: { member: 'justification', owner: 'default' },
  [G.payrollDataAccess]: { member: 'shortNoJustification', owner: 'default' },
  [G.breakGlassReviewers]: { member: 'default', owner: 'default' },
};

function policy(
  id: string,
  scopeId: string,
  scopeType: string,
  specOf: PolicySpec,
): UnifiedRoleManagementPolicy {
  return {
    id,
    displayName: 'Directory',
    description: 'Directory',
    isOrganizationDefault: false,
    scopeId,
    scopeType,
    lastModifiedDateTime: null,
    lastModifiedBy: { displayName: null, id: null },
    rules: buildPolicyRules(specOf),
  };
}

export function seedPolicies(state: TenantState, random: Random): void {
  for (const role of state.roleDefinitions) {
    const roleId = role.id ?? '';
    const policyId = `DirectoryRole_${EMULATOR_TENANT_ID}_${random.guid()}`;
    state.roleManagementPolicies.push(
      policy(policyId, '/', 'DirectoryRole', POLICY_SPECS[ROLE_POLICY[roleId] ?? 'default']),
    );
    const assignment: UnifiedRoleManagementPolicyAssignment = {
      id: `${policyId}_${roleId}`,
      policyId,
      scopeId: '/',
      scopeType: 'DirectoryRole',
      roleDefinitionId: roleId,
    };
    state.roleManagementPolicyAssignments.push(assignment);
  }
  for (const [groupId, names] of Object.entries(GROUP_POLICY)) {
    for (const accessId of ['member', 'owner'] as const) {
      const policyId = `Group_${groupId}_${random.guid()}`;
      const p = policy(policyId, groupId, 'Group', POLICY_SPECS[names[accessId]]);
      p.displayName = 'Group';
      p.description = 'Group';
      state.roleManagementPolicies.push(p);
      state.roleManagementPolicyAssignments.push({
        id: `${policyId}_${accessId}`,
        policyId,
        scopeId: groupId,
        scopeType: 'Group',
        roleDefinitionId: accessId,
      });
    }
  }
}
