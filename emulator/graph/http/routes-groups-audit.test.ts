import { describe, expect, it } from 'vitest';
import { bodyOf, harness, IDS } from './test-support.ts';

const PG = '/identityGovernance/privilegedAccess/group';

describe('PIM for Groups', () => {
  it("lists the caller's group eligibilities and requires a filter on the full list", async () => {
    const h = harness();
    const mine = await bodyOf(
      await h.call(
        `/v1.0${PG}/eligibilityScheduleInstances/filterByCurrentUser(on='principal')?$expand=group($select=displayName)`,
      ),
    );
    expect(mine.value).toEqual([
      expect.objectContaining({ accessId: 'member', group: { displayName: 'Finance Admins' } }),
    ]);
    expect(
      (await h.call(`/v1.0${PG}/eligibilityScheduleInstances`, { user: IDS.alex })).status,
    ).toBe(400);
    const own = await h.call(
      `/v1.0${PG}/eligibilityScheduleInstances?$filter=principalId eq '${IDS.adele}'`,
    );
    expect(own.status).toBe(200);
    const others = await h.call(
      `/v1.0${PG}/eligibilityScheduleInstances?$filter=groupId eq '${IDS.finance}'`,
    );
    expect(others.status).toBe(403);
  });

  it("reads someone else's group grants only with a role the groups' RBAC note names", async () => {
    const h = harness();
    const adeles = `/v1.0${PG}/assignmentScheduleRequests?$filter=principalId eq '${IDS.adele}'`;
    // Alex holds Security Reader: enough for directory-role PIM data, not for PIM for Groups.
    expect((await h.call(adeles, { user: IDS.alex })).status).toBe(403);
    expect(
      (
        await h.call(`/v1.0/roleManagement/directory/roleAssignmentScheduleRequests`, {
          user: IDS.alex,
        })
      ).status,
    ).toBe(200);
    h.domain.state.roleAssignmentScheduleInstances.push({
      id: 'asg-alex-gr',
      principalId: IDS.alex,
      roleDefinitionId: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451', // Global Reader
      directoryScopeId: '/',
      startDateTime: new Date(h.clock.nowMs() - 60_000).toISOString(),
      endDateTime: null,
    });
    expect((await h.call(adeles, { user: IDS.alex })).status).toBe(200);
    const byGroup = `/v1.0${PG}/assignmentScheduleRequests?$filter=groupId eq '${IDS.finance}'`;
    expect((await h.call(byGroup, { user: IDS.alex })).status).toBe(200);
  });

  it('creates and cancels requests through the domain', async () => {
    const h = harness();
    const created = await h.call(`/v1.0${PG}/assignmentScheduleRequests`, {
      method: 'POST',
      body: { action: 'selfActivate' },
    });
    expect(created.status).toBe(201);
    const cancel = await h.call(
      `/v1.0${PG}/assignmentScheduleRequests/${IDS.groupPendingRequest}/cancel`,
      { method: 'POST' },
    );
    expect(cancel.status).toBe(204);
    expect(h.domain.calls.map((c) => c.method)).toEqual([
      'submitGroupAssignmentRequest',
      'cancelGroupAssignmentRequest',
    ]);
  });

  it('renders v1.0 approvals with stages and accepts decisions on steps and stages', async () => {
    const h = harness();
    const approval = await bodyOf(
      await h.call(`/v1.0${PG}/assignmentApprovals/${IDS.groupPendingRequest}`, {
        user: IDS.megan,
      }),
    );
    expect(approval).toMatchObject({
      id: IDS.groupPendingRequest,
      stages: [{ id: 'stage-1', assignedToMe: true }],
    });
    expect(approval).not.toHaveProperty('steps');
    const patch = await h.call(
      `/v1.0${PG}/assignmentApprovals/${IDS.groupPendingRequest}/steps/stage-1`,
      {
        method: 'PATCH',
        body: { reviewResult: 'Approve', justification: 'ok' },
        user: IDS.megan,
      },
    );
    expect(patch.status).toBe(204);
    const approverRequests = await bodyOf(
      await h.call(`/v1.0${PG}/assignmentScheduleRequests/filterByCurrentUser(on='approver')`, {
        user: IDS.megan,
      }),
    );
    expect((approverRequests.value as { id: string }[]).map((r) => r.id)).toEqual([
      IDS.groupPendingRequest,
    ]);
  });
});

describe('audit logs', () => {
  const AUDITS = '/v1.0/auditLogs/directoryAudits';

  it('needs AuditLog.Read.All and Directory.Read.All, and a reader role', async () => {
    const h = harness();
    expect((await h.call(AUDITS, { user: IDS.alex, scopes: ['AuditLog.Read.All'] })).status).toBe(
      403,
    );
    const adele = await h.call(AUDITS, { user: IDS.adele });
    expect(adele.status).toBe(403);
    expect((await bodyOf(adele)).error).toMatchObject({ code: 'Authorization_RequestDenied' });
    expect((await h.call(AUDITS, { user: IDS.alex })).status).toBe(200);
  });

  it('pages 100 at a time by default, newest first, with $top up to 999', async () => {
    const h = harness();
    const first = await bodyOf(await h.call(AUDITS, { user: IDS.alex }));
    const value = first.value as { activityDateTime: string }[];
    expect(value).toHaveLength(100);
    expect(first['@odata.nextLink']).toBeDefined();
    expect(Date.parse(value[0]?.activityDateTime ?? '')).toBeGreaterThan(
      Date.parse(value[1]?.activityDateTime ?? ''),
    );
    const big = await bodyOf(await h.call(`${AUDITS}?$top=999`, { user: IDS.alex }));
    expect((big.value as unknown[]).length).toBe(250);
    expect(big['@odata.nextLink']).toBeUndefined();
  });

  it('filters PIM entries by service, date range, initiator and target, ordered ascending', async () => {
    const h = harness();
    const filter = [
      "loggedByService eq 'PIM'",
      'activityDateTime ge 2026-03-01T09:00:00Z',
      'activityDateTime le 2026-03-02T09:00:00Z',
      `initiatedBy/user/id eq '${IDS.adele}'`,
      `targetResources/any(t: t/id eq '${IDS.globalAdmin}')`,
    ].join(' and ');
    const body = await bodyOf(
      await h.call(
        `${AUDITS}?$filter=${encodeURIComponent(filter)}&$orderby=activityDateTime asc`,
        { user: IDS.alex },
      ),
    );
    const ids = (body.value as { id: string }[]).map((a) => a.id);
    // Entries i with i % 3 == 0 and i % 4 == 0 within 24 hours; 24 is a Core Directory entry.
    expect(ids).toEqual(['audit-012', 'audit-000']);
  });

  it('rejects operators and order properties the API does not document', async () => {
    const h = harness();
    expect(
      (await h.call(`${AUDITS}?$filter=loggedByService ne 'PIM'`, { user: IDS.alex })).status,
    ).toBe(400);
    expect((await h.call(`${AUDITS}?$orderby=category`, { user: IDS.alex })).status).toBe(400);
  });
});
