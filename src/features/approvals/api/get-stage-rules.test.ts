import { describe, expect, it, vi } from 'vitest';
import { getStageRules, policyUrl } from './get-stage-rules.ts';
import { createBatchGraph } from '../../../graph/testing/fake-batch-graph.ts';

// The app's client reads the browser's location; these tests pass their own client.
vi.mock('../../../graph/default-client.ts', () => ({ graph: {} }));

const approvalRule = (stage: Record<string, unknown>) => ({
  '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyApprovalRule',
  id: 'Approval_EndUser_Assignment',
  setting: { isApprovalRequired: true, approvalStages: [stage] },
});

describe('getStageRules', () => {
  it('reads the first stage of each policy in one batch', async () => {
    const { client, batches } = createBatchGraph((item) => ({
      status: 200,
      body: {
        value: [
          {
            policy: {
              rules: item.url.includes('Group')
                ? [
                    approvalRule({
                      approvalStageTimeOutInDays: 2,
                      isApproverJustificationRequired: false,
                    }),
                  ]
                : [
                    { id: 'Expiration_EndUser_Assignment' },
                    approvalRule({
                      approvalStageTimeOutInDays: 1,
                      isApproverJustificationRequired: true,
                    }),
                  ],
            },
          },
        ],
      },
    }));
    const rules = await getStageRules(client, ['role:r-ga', 'group:g1:member']);
    expect(batches).toHaveLength(1);
    expect(rules).toEqual({
      'role:r-ga': { timeoutDays: 1, approverJustificationRequired: true },
      'group:g1:member': { timeoutDays: 2, approverJustificationRequired: false },
    });
  });

  it('filters on the scope, its type and the role or relationship', () => {
    expect(decodeURIComponent(policyUrl('group:g1:owner') ?? '')).toContain(
      "scopeId eq 'g1' and scopeType eq 'Group' and roleDefinitionId eq 'owner'",
    );
    expect(policyUrl('nonsense')).toBeUndefined();
  });
});
