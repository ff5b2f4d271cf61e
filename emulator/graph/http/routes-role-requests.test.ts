import { describe, expect, it } from 'vitest';
import { bodyOf, harness, IDS } from './test-support.ts';

const RD = '/v1.0/roleManagement/directory';

describe('role assignment schedule requests', () => {
  it('creates through the domain and answers 201 with Location', async () => {
    const h = harness();
    const body = {
      action: 'selfActivate',
      principalId: IDS.adele,
      roleDefinitionId: IDS.userAdmin,
      directoryScopeId: '/',
    };
    const res = await h.call(`${RD}/roleAssignmentScheduleRequests`, { method: 'POST', body });
    expect(res.status).toBe(201);
    const created = await bodyOf(res);
    expect(created['@odata.context']).toBe(
      'https://graph.microsoft.com/v1.0/$metadata#roleManagement/directory/roleAssignmentScheduleRequests/$entity',
    );
    expect(res.headers.get('Location')).toBe(
      `https://localhost:5173/emulator/graph/v1.0/roleManagement/directory/roleAssignmentScheduleRequests/${String(created.id)}`,
    );
    expect(created).toMatchObject({ status: 'Provisioned', justification: null, ticketInfo: null });
    expect(h.domain.calls[0]).toMatchObject({
      method: 'submitRoleAssignmentRequest',
      args: [{ userId: IDS.adele }, body, 'v1.0'],
    });
  });

  it('passes the domain error through in the envelope and rejects bad JSON', async () => {
    const h = harness();
    const invalid = await h.call(`${RD}/roleAssignmentScheduleRequests`, {
      method: 'POST',
      body: {},
    });
    expect(invalid.status).toBe(400);
    expect((await bodyOf(invalid)).error).toMatchObject({
      code: 'BadRequest',
      message: 'The action is required.',
    });
    const malformed = await h.call(`${RD}/roleAssignmentScheduleRequests`, {
      method: 'POST',
      body: '{"action":',
    });
    expect((await bodyOf(malformed)).error).toMatchObject({
      message: expect.stringMatching(/^Unable to read JSON request payload/) as unknown,
    });
    const empty = await h.call(`${RD}/roleAssignmentScheduleRequests`, {
      method: 'POST',
      body: '',
    });
    expect((await bodyOf(empty)).error).toMatchObject({
      message: 'Empty Payload. JSON content expected.',
    });
  });

  it('needs a ReadWrite scope to create', async () => {
    const h = harness();
    const res = await h.call(`${RD}/roleAssignmentScheduleRequests`, {
      method: 'POST',
      body: { action: 'selfActivate' },
      scopes: ['RoleAssignmentSchedule.Read.Directory'],
    });
    expect(res.status).toBe(403);
    expect(h.domain.calls).toHaveLength(0);
  });

  it('cancels with 204 and answers 404 for an unknown request', async () => {
    const h = harness();
    const ok = await h.call(`${RD}/roleAssignmentScheduleRequests/${IDS.pendingRequest}/cancel`, {
      method: 'POST',
    });
    expect(ok.status).toBe(204);
    expect(h.domain.calls).toEqual([
      { method: 'cancelRoleAssignmentRequest', args: [expect.anything(), IDS.pendingRequest] },
    ]);
    const missing = await h.call(`${RD}/roleAssignmentScheduleRequests/nope/cancel`, {
      method: 'POST',
    });
    expect(missing.status).toBe(404);
  });

  it("lists the caller's requests newest first, and an approver's with on='approver'", async () => {
    const h = harness();
    const mine = await bodyOf(
      await h.call(`${RD}/roleAssignmentScheduleRequests/filterByCurrentUser(on='principal')`),
    );
    expect((mine.value as { id: string }[]).map((r) => r.id)).toEqual([
      IDS.pendingRequest,
      'req-old',
    ]);
    const approver = await bodyOf(
      await h.call(
        `${RD}/roleAssignmentScheduleRequests/filterByCurrentUser(on='approver')?$filter=status eq 'PendingApproval'&$expand=principal($select=displayName),roleDefinition($select=displayName)`,
        { user: IDS.megan },
      ),
    );
    expect(approver.value).toEqual([
      expect.objectContaining({
        id: IDS.pendingRequest,
        principal: { '@odata.type': '#microsoft.graph.user', displayName: 'Adele Vance' },
        roleDefinition: { displayName: 'Global Administrator' },
      }),
    ]);
    // Nobody approves their own request.
    const own = await bodyOf(
      await h.call(`${RD}/roleAssignmentScheduleRequests/filterByCurrentUser(on='approver')`),
    );
    expect(own.value).toEqual([]);
  });
});

describe('role definitions', () => {
  it('lists with eq/in filters and gets by id', async () => {
    const h = harness();
    const list = await bodyOf(
      await h.call(
        `${RD}/roleDefinitions?$filter=displayName eq 'Security Reader' or id in ('${IDS.userAdmin}')&$select=id,displayName`,
      ),
    );
    expect((list.value as { displayName: string }[]).map((d) => d.displayName).sort()).toEqual([
      'Security Reader',
      'User Administrator',
    ]);
    const one = await bodyOf(await h.call(`${RD}/roleDefinitions/${IDS.globalAdmin}`));
    expect(one).toMatchObject({
      displayName: 'Global Administrator',
      isBuiltIn: true,
      templateId: IDS.globalAdmin,
    });
    expect((await h.call(`${RD}/roleDefinitions/nope`)).status).toBe(404);
  });
});

describe('reading one grant or request by id', () => {
  it('lets the owner, an approver and a reader in, and nobody else', async () => {
    const h = harness();
    const path = `${RD}/roleAssignmentScheduleRequests/${IDS.pendingRequest}`;
    expect((await h.call(path, { user: IDS.adele })).status).toBe(200);
    expect((await h.call(path, { user: IDS.megan })).status).toBe(200);
    expect((await h.call(path, { user: IDS.alex })).status).toBe(200);
    const diego = await h.call(path, { user: IDS.diego });
    expect(diego.status).toBe(403);
    expect(
      (await h.call(`${RD}/roleEligibilityScheduleInstances/elig-1`, { user: IDS.diego })).status,
    ).toBe(403);
    expect(
      (await h.call(`${RD}/roleEligibilityScheduleInstances/elig-1`, { user: IDS.adele })).status,
    ).toBe(200);
  });
});
