import { describe, expect, it } from 'vitest';
import { bodyOf, harness, IDS } from './test-support.ts';

const ASSIGNMENTS = '/v1.0/policies/roleManagementPolicyAssignments';

describe('role management policies', () => {
  it('requires the scopeId and scopeType filter', async () => {
    const h = harness();
    const res = await h.call(ASSIGNMENTS);
    expect(res.status).toBe(400);
    expect((await bodyOf(res)).error).toMatchObject({ code: 'BadRequest' });
    expect((await h.call(`${ASSIGNMENTS}?$filter=scopeId eq '/'`)).status).toBe(400);
  });

  it('expands policy($expand=rules) with derived rule types and annotated approvers', async () => {
    const h = harness();
    const body = await bodyOf(
      await h.call(
        `${ASSIGNMENTS}?$filter=scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq '${IDS.globalAdmin}'&$expand=policy($expand=rules)`,
      ),
    );
    expect(body['@odata.context']).toBe(
      'https://graph.microsoft.com/v1.0/$metadata#policies/roleManagementPolicyAssignments(policy(rules()))',
    );
    const [assignment] = body.value as { policy: { rules: Record<string, unknown>[] } }[];
    const rules = assignment?.policy.rules ?? [];
    expect(rules.map((r) => r['@odata.type'])).toEqual([
      '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule',
      '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule',
      '#microsoft.graph.unifiedRoleManagementPolicyApprovalRule',
      '#microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule',
      '#microsoft.graph.unifiedRoleManagementPolicyNotificationRule',
    ]);
    expect(rules[0]).toEqual({
      '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule',
      id: 'Expiration_EndUser_Assignment',
      target: expect.objectContaining({ caller: 'EndUser' }) as unknown,
      isExpirationRequired: true,
      maximumDuration: 'PT8H',
    });
    const approval = rules[2] as { setting: { approvalStages: { primaryApprovers: unknown[] }[] } };
    expect(approval.setting.approvalStages[0]?.primaryApprovers).toEqual([
      { '@odata.type': '#microsoft.graph.singleUser', userId: IDS.megan },
    ]);
  });

  it('selects rule properties inside the nested expand', async () => {
    const h = harness();
    const body = await bodyOf(
      await h.call(
        `${ASSIGNMENTS}?$filter=scopeId eq '${IDS.finance}' and scopeType eq 'Group'&$expand=policy($select=id;$expand=rules($select=id))`,
      ),
    );
    const [assignment] = body.value as { policy: Record<string, unknown> }[];
    expect(Object.keys(assignment?.policy ?? {})).toEqual(['id', 'rules']);
    const rules = (assignment?.policy.rules ?? []) as Record<string, unknown>[];
    expect(rules[2]).toEqual({
      '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyApprovalRule',
      id: 'Approval_EndUser_Assignment',
    });
  });

  it('uses the group policy scopes for scopeType Group', async () => {
    const h = harness();
    const path = `${ASSIGNMENTS}?$filter=scopeId eq '${IDS.finance}' and scopeType eq 'Group'`;
    expect((await h.call(path, { scopes: ['RoleManagementPolicy.Read.Directory'] })).status).toBe(
      403,
    );
    expect(
      (await h.call(path, { scopes: ['RoleManagementPolicy.Read.AzureADGroup'] })).status,
    ).toBe(200);
  });

  it('gets a policy, its rules and one rule', async () => {
    const h = harness();
    const policy = await bodyOf(
      await h.call('/v1.0/policies/roleManagementPolicies/DirectoryRole_t_p1'),
    );
    expect(policy).toMatchObject({
      id: 'DirectoryRole_t_p1',
      scopeType: 'DirectoryRole',
      lastModifiedBy: { displayName: null, id: null },
    });
    expect(policy).not.toHaveProperty('rules');
    const rules = await bodyOf(
      await h.call('/v1.0/policies/roleManagementPolicies/DirectoryRole_t_p1/rules'),
    );
    expect((rules.value as unknown[]).length).toBe(5);
    const rule = await bodyOf(
      await h.call(
        '/v1.0/policies/roleManagementPolicies/DirectoryRole_t_p1/rules/Enablement_EndUser_Assignment',
      ),
    );
    expect(rule).toMatchObject({ enabledRules: ['Justification'] });
  });
});

describe('role approvals (beta)', () => {
  it('returns the approval with its steps inline and assignedToMe for the approver', async () => {
    const h = harness();
    const path = `/beta/roleManagement/directory/roleAssignmentApprovals/${IDS.pendingRequest}`;
    const megan = await bodyOf(await h.call(path, { user: IDS.megan }));
    expect(megan).toEqual({
      '@odata.context':
        'https://graph.microsoft.com/beta/$metadata#roleManagement/directory/roleAssignmentApprovals/$entity',
      id: IDS.pendingRequest,
      'steps@odata.context': `https://graph.microsoft.com/beta/$metadata#roleManagement/directory/roleAssignmentApprovals('${IDS.pendingRequest}')/steps`,
      steps: [
        {
          id: 'step-1',
          assignedToMe: true,
          displayName: null,
          justification: '',
          reviewedBy: null,
          reviewedDateTime: null,
          reviewResult: 'NotReviewed',
          status: 'InProgress',
        },
      ],
    });
    const adele = await bodyOf(await h.call(`${path}/steps`, { user: IDS.adele }));
    expect((adele.value as { assignedToMe: boolean }[])[0]?.assignedToMe).toBe(false);
  });

  it('PATCHes a step through the domain: 204, then 409 when decided again', async () => {
    const h = harness();
    const path = `/beta/roleManagement/directory/roleAssignmentApprovals/${IDS.pendingRequest}/steps/step-1`;
    const body = { reviewResult: 'Approve', justification: 'ok' };
    const first = await h.call(path, { method: 'PATCH', body, user: IDS.megan });
    expect(first.status).toBe(204);
    expect(h.domain.calls[0]).toMatchObject({
      method: 'decideApprovalStep',
      args: [{ userId: IDS.megan }, IDS.pendingRequest, 'step-1', body],
    });
    const second = await h.call(path, { method: 'PATCH', body, user: IDS.megan });
    expect(second.status).toBe(409);
  });

  it('answers 404 for an unknown approval or a group approval on the role path', async () => {
    const h = harness();
    const base = '/beta/roleManagement/directory/roleAssignmentApprovals';
    expect((await h.call(`${base}/nope`)).status).toBe(404);
    expect((await h.call(`${base}/${IDS.groupPendingRequest}`)).status).toBe(404);
  });

  it("lists approvals awaiting the caller with filterByCurrentUser(on='approver')", async () => {
    const h = harness();
    const body = await bodyOf(
      await h.call(
        "/beta/roleManagement/directory/roleAssignmentApprovals/filterByCurrentUser(on='approver')",
        { user: IDS.megan },
      ),
    );
    expect((body.value as { id: string }[]).map((a) => a.id)).toEqual([IDS.pendingRequest]);
  });
});

describe('approval visibility', () => {
  it('hides an approval from users who neither requested, approve nor read the tenant', async () => {
    const h = harness();
    const path = `/beta/roleManagement/directory/roleAssignmentApprovals/${IDS.pendingRequest}`;
    expect((await h.call(path, { user: IDS.diego })).status).toBe(403);
    expect((await h.call(`${path}/steps`, { user: IDS.diego })).status).toBe(403);
    expect((await h.call(path, { user: IDS.adele })).status).toBe(200);
  });
});
