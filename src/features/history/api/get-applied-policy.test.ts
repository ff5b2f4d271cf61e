import { vi } from 'vitest';
vi.mock('../../../graph/default-client.ts', () => ({ graph: {} }));
import { describe, expect, it } from 'vitest';
import type { HistoryRequest } from '../model/history-request.ts';
import { appliedPolicyUrl, toAppliedPolicy } from './get-applied-policy.ts';

describe('the policy that applied', () => {
  it('asks with the documented filter, narrowed to the role or the group membership', () => {
    const role = { plane: 'role', targetId: "r'1", scope: 'Directory' } as HistoryRequest;
    expect(decodeURIComponent(appliedPolicyUrl(role))).toBe(
      "/policies/roleManagementPolicyAssignments?$filter=scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq 'r''1'&$expand=policy($expand=rules)",
    );
    const group = { plane: 'group', targetId: 'g1', scope: 'Owner' } as HistoryRequest;
    expect(decodeURIComponent(appliedPolicyUrl(group))).toContain(
      "scopeId eq 'g1' and scopeType eq 'Group' and roleDefinitionId eq 'owner'",
    );
  });

  it('reads the end-user rules, the approvers and when the policy last changed', () => {
    const policy = toAppliedPolicy({
      policy: {
        lastModifiedDateTime: '2026-10-01T00:00:00Z',
        rules: [
          { id: 'Expiration_EndUser_Assignment', maximumDuration: 'PT4H' },
          { id: 'Enablement_EndUser_Assignment', enabledRules: ['Justification', 'Ticketing'] },
          {
            id: 'Approval_EndUser_Assignment',
            setting: {
              isApprovalRequired: true,
              approvalStages: [
                {
                  isApproverJustificationRequired: true,
                  primaryApprovers: [
                    { userId: 'm1', description: 'Megan Bowen' },
                    { groupId: 'g9' },
                  ],
                },
              ],
            },
          },
        ],
      },
    } as never);
    expect(policy).toMatchObject({
      rules: {
        maximumMinutes: 240,
        requiresJustification: true,
        requiresTicket: true,
        requiresMfa: false,
        requiresApproval: true,
      },
      approvers: ['Megan Bowen', 'g9'],
      approverJustificationRequired: true,
      lastModified: '2026-10-01T00:00:00Z',
    });
    expect(toAppliedPolicy(undefined)).toBeUndefined();
  });
});
