import { describe, expect, it } from 'vitest';
import { authContextClaims, policyRequirements, stepUpClaims, summarisePolicy } from './policy.ts';

const target = (caller: string, level: string) => ({
  caller,
  operations: ['all'],
  level,
  inheritableSettings: [],
  enforcedSettings: [],
});

/** The shape of the list-rules doc example, with the end-user assignment rules set. */
function rules(options: {
  max?: string;
  enabled?: string[];
  approval?: boolean;
  acrs?: string | null;
}) {
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
      enabledRules: ['Justification', 'Ticketing', 'MultiFactorAuthentication'],
      target: target('Admin', 'Eligibility'),
    },
    {
      '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule',
      id: 'Expiration_EndUser_Assignment',
      isExpirationRequired: true,
      maximumDuration: options.max ?? 'PT8H',
      target: target('EndUser', 'Assignment'),
    },
    {
      '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule',
      id: 'Enablement_EndUser_Assignment',
      enabledRules: options.enabled ?? [],
      target: target('EndUser', 'Assignment'),
    },
    {
      '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyApprovalRule',
      id: 'Approval_EndUser_Assignment',
      setting: {
        isApprovalRequired: options.approval ?? false,
        isApprovalRequiredForExtension: false,
        approvalMode: 'SingleStage',
        approvalStages: [],
      },
      target: target('EndUser', 'Assignment'),
    },
    {
      '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule',
      id: 'AuthenticationContext_EndUser_Assignment',
      isEnabled: options.acrs !== undefined && options.acrs !== null,
      claimValue: options.acrs ?? null,
      target: target('EndUser', 'Assignment'),
    },
  ];
}

describe('summarisePolicy', () => {
  it('reads the end-user assignment rules, not the admin eligibility ones', () => {
    expect(summarisePolicy(rules({}))).toEqual({
      maximumMinutes: 480,
      requiresJustification: false,
      requiresTicket: false,
      requiresMfa: false,
      authContext: undefined,
      requiresApproval: false,
      approvalRequiredForExtension: false,
    });
  });

  it('reads every requirement', () => {
    const policy = summarisePolicy(
      rules({
        max: 'PT2H',
        enabled: ['MultiFactorAuthentication', 'Justification', 'Ticketing'],
        approval: true,
        acrs: 'c1',
      }),
    );
    expect(policy).toMatchObject({
      maximumMinutes: 120,
      requiresJustification: true,
      requiresTicket: true,
      requiresMfa: true,
      authContext: 'c1',
      requiresApproval: true,
    });
    expect(policyRequirements(policy)).toEqual([
      'Justification',
      'Ticket',
      'MFA',
      'Auth context',
      'Approval',
    ]);
  });

  it('falls back to the 8-hour PIM ceiling when the expiration rule is missing or longer', () => {
    expect(summarisePolicy([]).maximumMinutes).toBe(480);
    expect(summarisePolicy(rules({ max: 'P1D' })).maximumMinutes).toBe(480);
  });

  it('ignores an authentication context rule that is switched off', () => {
    const off = rules({}).map((rule) =>
      rule.id === 'AuthenticationContext_EndUser_Assignment'
        ? { ...rule, isEnabled: false, claimValue: 'c1' }
        : rule,
    );
    expect(summarisePolicy(off).authContext).toBeUndefined();
  });
});

describe('authContextClaims', () => {
  it('builds the access_token acrs claims request', () => {
    expect(JSON.parse(authContextClaims('c1'))).toEqual({
      access_token: { acrs: { essential: true, value: 'c1' } },
    });
  });
});

describe('stepUpClaims', () => {
  const base = summarisePolicy([]);
  it('asks for nothing when the policy needs no step-up', () => {
    expect(stepUpClaims(base)).toBeUndefined();
  });

  it('combines the authentication context and MFA in one claims request', () => {
    expect(
      JSON.parse(stepUpClaims({ ...base, authContext: 'c1', requiresMfa: true }) ?? ''),
    ).toEqual({
      access_token: {
        acrs: { essential: true, value: 'c1' },
        amr: { essential: true, values: ['mfa'] },
      },
    });
  });
});
