import { describe, expect, it } from 'vitest';
import { EMULATOR_TENANT_ID } from '../../constants.ts';
import { GROUP_IDS } from '../../tenant/population.ts';
import { BUILT_IN_ROLES, ROLE_IDS as R } from '../../tenant/role-catalog.ts';
import type { TenantState } from '../state.ts';
import { hasDirectoryRole } from './domain.ts';
import { LIST_RULES_DOC_EXAMPLE } from './fixtures/list-rules.doc.ts';
import { PERSONA_IDS } from './seed/personas.ts';
import { T0, setup } from './test-support.ts';

const { adele, megan, alex, diego } = PERSONA_IDS;
const snapshot = (state: TenantState) =>
  JSON.stringify({
    ...state,
    groupMembers: [...state.groupMembers],
    approvals: [...state.approvals],
  });
/** Property names and JSON value types, the comparison the docs' examples allow (values differ). */
const typeShape = (value: unknown): unknown => {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  return Object.fromEntries(
    Object.entries(value)
      .map(([k, v]) => [k, typeShape(v)])
      .sort(),
  );
};

describe('seed: default scenario', () => {
  const { domain } = setup();
  const { state } = domain;
  const now = T0.getTime();

  it('is deterministic: two tenants seeded at the same instant are equal', () => {
    expect(snapshot(setup().domain.state)).toBe(snapshot(state));
  });

  it('has at least 25 built-in roles with their public template ids', () => {
    expect(state.roleDefinitions.length).toBeGreaterThanOrEqual(25);
    expect(
      state.roleDefinitions.find((r) => r.id === '62e90394-69f5-4237-9190-012177145e10'),
    ).toMatchObject({
      displayName: 'Global Administrator',
      templateId: '62e90394-69f5-4237-9190-012177145e10',
      isBuiltIn: true,
      isEnabled: true,
    });
    expect(state.roleDefinitions.find((r) => r.id === R.securityReader)?.displayName).toBe(
      'Security Reader',
    );
    expect(new Set(BUILT_IN_ROLES.map((r) => r.templateId)).size).toBe(BUILT_IN_ROLES.length);
  });

  it('gives every role and group relationship a policy of the 17 documented rules', () => {
    expect(state.roleManagementPolicies).toHaveLength(state.roleDefinitions.length + 12);
    const docShapes = new Map(LIST_RULES_DOC_EXAMPLE.value.map((r) => [r.id, typeShape(r)]));
    for (const policy of state.roleManagementPolicies) {
      expect(policy.rules?.map((r) => r.id)).toEqual([...docShapes.keys()]);
      for (const rule of policy.rules ?? []) {
        const doc = LIST_RULES_DOC_EXAMPLE.value.find((r) => r.id === rule.id);
        expect((rule as { '@odata.type': string })['@odata.type']).toBe(doc?.['@odata.type']);
        // Same property names and value types as the doc's example (approvers may be listed).
        const shape = typeShape({ ...rule, setting: undefined, claimValue: undefined });
        const expected = typeShape({ ...doc, setting: undefined, claimValue: undefined });
        expect(shape).toEqual(expected);
      }
    }
    const approval = state.roleManagementPolicies[0]?.rules?.find(
      (r) => r.id === 'Approval_EndUser_Assignment',
    ) as { setting: object };
    expect(Object.keys(approval.setting).sort()).toEqual(
      Object.keys(LIST_RULES_DOC_EXAMPLE.value[12].setting).sort(),
    );
  });

  it('links policies with ids in the documented formats', () => {
    const role = state.roleManagementPolicyAssignments.find(
      (a) => a.roleDefinitionId === R.globalAdministrator,
    );
    expect(role?.id).toMatch(
      new RegExp(`^DirectoryRole_${EMULATOR_TENANT_ID}_[0-9a-f-]{36}_${R.globalAdministrator}$`),
    );
    expect(role).toMatchObject({
      scopeId: '/',
      scopeType: 'DirectoryRole',
      policyId: role?.id?.replace(`_${R.globalAdministrator}`, ''),
    });
    const group = state.roleManagementPolicyAssignments.find(
      (a) => a.scopeId === GROUP_IDS.financeAdmins && a.roleDefinitionId === 'owner',
    );
    expect(group?.id).toMatch(new RegExp(`^Group_${GROUP_IDS.financeAdmins}_[0-9a-f-]{36}_owner$`));
  });

  it('gives Adele an eligibility for every policy combination, one active and two assigned roles', () => {
    const roles = state.roleEligibilityScheduleInstances.filter((e) => e.principalId === adele);
    expect(roles).toHaveLength(14);
    expect(new Set(roles.map((e) => e.directoryScopeId)).size).toBe(4);
    expect(
      state.groupEligibilityScheduleInstances
        .filter((e) => e.principalId === adele)
        .map((e) => e.accessId)
        .sort(),
    ).toEqual(['member', 'member', 'member', 'member', 'owner']);
    const assignments = state.roleAssignmentScheduleInstances.filter(
      (i) => i.principalId === adele,
    );
    expect(
      assignments
        .map(
          (a) =>
            `${a.roleDefinitionId ?? ''}:${a.assignmentType ?? ''}:${a.endDateTime ? 'ends' : 'permanent'}`,
        )
        .sort(),
    ).toEqual(
      [
        `${R.teamsAdministrator}:Activated:ends`,
        `${R.directoryReaders}:Assigned:permanent`,
        `${R.knowledgeAdministrator}:Assigned:ends`,
      ].sort(),
    );
  });

  it('lets Alex read the audit (Security Reader, Reports Reader) and leaves Diego with nothing', () => {
    expect(hasDirectoryRole(state, alex, R.securityReader, now)).toBe(true);
    expect(hasDirectoryRole(state, alex, R.reportsReader, new Date(now))).toBe(true);
    expect(hasDirectoryRole(state, adele, R.reportsReader, now)).toBe(false);
    expect(hasDirectoryRole(state, adele, R.teamsAdministrator, now + 4 * 3_600_000)).toBe(false);
    const pim = JSON.stringify([
      state.roleEligibilityScheduleInstances,
      state.roleAssignmentScheduleInstances,
      state.groupEligibilityScheduleInstances,
      state.groupAssignmentScheduleInstances,
      state.roleAssignmentScheduleRequests,
      state.groupAssignmentScheduleRequests,
    ]);
    expect(pim).not.toContain(diego);
  });

  it('has Megan approving pending requests, PIM Approvers with two members', () => {
    expect(state.groupMembers.get(GROUP_IDS.pimApprovers)).toHaveLength(2);
    expect(state.groupMembers.get(GROUP_IDS.pimApprovers)).toContain(megan);
    const pending = [
      ...state.roleAssignmentScheduleRequests,
      ...state.groupAssignmentScheduleRequests,
    ].filter((r) => r.status === 'PendingApproval');
    expect(pending).toHaveLength(6);
    for (const r of pending) expect(domain.isApprover(r.id ?? '', megan, true)).toBe(true);
    const decided = [...state.approvals.keys()].filter(
      (id) => domain.isApprover(id, megan) && !domain.isApprover(id, megan, true),
    );
    expect(decided.length).toBeGreaterThan(50);
    const statuses = new Set(
      decided.map(
        (id) =>
          state.roleAssignmentScheduleRequests.find((r) => r.id === id)?.status ??
          state.groupAssignmentScheduleRequests.find((r) => r.id === id)?.status,
      ),
    );
    for (const s of ['Provisioned', 'Denied', 'Canceled']) expect(statuses).toContain(s);
  });

  it('has 60 days of history with statuses and audit entries', () => {
    const requests = [
      ...state.roleAssignmentScheduleRequests,
      ...state.groupAssignmentScheduleRequests,
    ];
    expect(requests.length).toBeGreaterThan(3000);
    const statuses = new Set(requests.map((r) => r.status));
    for (const s of ['Provisioned', 'Revoked', 'Denied', 'Canceled', 'Failed', 'PendingApproval'])
      expect(statuses).toContain(s);
    const oldest = Math.min(...requests.map((r) => Date.parse(r.createdDateTime ?? '')));
    expect(now - oldest).toBeGreaterThan(58 * 86_400_000);
    expect(now - oldest).toBeLessThanOrEqual(61 * 86_400_000);
    expect(state.directoryAudits.every((a) => a.loggedByService === 'PIM')).toBe(true);
    const times = state.directoryAudits.map((a) => a.activityDateTime ?? '');
    expect([...times].sort()).toEqual(times);
    expect(new Set(state.directoryAudits.map((a) => a.category))).toEqual(
      new Set(['RoleManagement', 'GroupManagement']),
    );
  });
});

describe('seed: other scenarios', () => {
  it('lists its scenarios with descriptions', () => {
    expect(setup().domain.scenarios.map((s) => s.name)).toEqual([
      'default',
      'empty',
      'approval-heavy',
      'large',
    ]);
  });

  it('empty: the personas hold nothing', () => {
    const { domain } = setup('empty');
    const text = JSON.stringify([
      domain.state.roleEligibilityScheduleInstances,
      domain.state.groupEligibilityScheduleInstances,
      domain.state.roleAssignmentScheduleInstances,
    ]);
    for (const id of Object.values(PERSONA_IDS)) expect(text).not.toContain(id);
  });

  it('approval-heavy: 60 requests waiting for Megan', () => {
    const { domain } = setup('approval-heavy');
    const pending = [
      ...domain.state.roleAssignmentScheduleRequests,
      ...domain.state.groupAssignmentScheduleRequests,
    ].filter((r) => r.status === 'PendingApproval' && domain.isApprover(r.id ?? '', megan, true));
    expect(pending).toHaveLength(60);
  });

  it('reset replaces the state with the named scenario; unknown names are refused', () => {
    const { domain } = setup();
    domain.reset('empty');
    expect(domain.scenario).toBe('empty');
    expect(domain.state.roleEligibilityScheduleInstances.some((e) => e.principalId === adele)).toBe(
      false,
    );
    expect(() => {
      domain.reset('nope');
    }).toThrow("Unknown scenario 'nope'");
  });

  it('large: 300 eligible roles for Adele, 5,000 pending for Megan, 100,000 historical role requests', () => {
    const started = performance.now();
    const { domain } = setup('large');
    const elapsed = performance.now() - started;
    const { state } = domain;
    console.info(
      `large scenario seeded in ${elapsed.toFixed(0)} ms, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`,
    );
    expect(
      state.roleEligibilityScheduleInstances.filter((e) => e.principalId === adele),
    ).toHaveLength(300);
    const requests = [
      ...state.roleAssignmentScheduleRequests,
      ...state.groupAssignmentScheduleRequests,
    ];
    expect(
      requests.filter(
        (r) => r.status === 'PendingApproval' && domain.isApprover(r.id ?? '', megan, true),
      ),
    ).toHaveLength(5000);
    // The seeded history holds 100,000 role requests (the tenant-wide list an admin pages
    // through), plus the group requests of the same actors and Megan's pending ones
    const historical = state.roleAssignmentScheduleRequests.filter(
      (r) => r.status !== 'PendingApproval',
    );
    // (plus the handful the population itself records, such as standing assignments)
    expect(historical.length).toBeGreaterThanOrEqual(100_000);
    expect(historical.length).toBeLessThan(100_020);
    expect(state.groupAssignmentScheduleRequests.length).toBeGreaterThan(10_000);
  }, 120_000);
});
