import { beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator.ts';
import { EMULATOR_TENANT_ID } from '../../constants.ts';
import { PERSONAS } from '../../tenant/personas.ts';
import { ROLE_IDS } from '../../tenant/role-catalog.ts';
import { graphCaller, TEST_ORIGIN, testEmulator } from './graph-caller.ts';

/**
 * Stories through the whole emulator over its HTTP surface (identity, Graph, controls), as the
 * portal and the e2e tests drive it: the HTTP layer and the PIM domain together.
 */
const RD = '/v1.0/roleManagement/directory';
const SCOPES = [
  'User.Read',
  'RoleManagement.ReadWrite.Directory',
  'RoleManagementPolicy.Read.Directory',
];

let em: Emulator;

beforeEach(async () => {
  em = await testEmulator();
});

const persona = (first: string) => {
  const p = PERSONAS.find((x) => x.givenName === first);
  if (!p) throw new Error(first);
  return p;
};

async function send(path: string, init: RequestInit = {}): Promise<Response> {
  const res = await em.fetch(new Request(`${TEST_ORIGIN}/emulator${path}`, init));
  if (!res) throw new Error(`no answer for ${path}`);
  return res;
}

const asPersona = graphCaller(() => em, SCOPES);
const graph = (first: string, path: string, body?: unknown, method?: string) =>
  asPersona(persona(first).userPrincipalName, path, { body, method });

const control = (path: string, body?: unknown) =>
  send(`/_control${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const activation = (
  first: string,
  roleDefinitionId: string,
  extra: Record<string, unknown> = {},
) => ({
  action: 'selfActivate',
  principalId: persona(first).id,
  roleDefinitionId,
  directoryScopeId: '/',
  scheduleInfo: { expiration: { type: 'afterDuration', duration: 'PT1H' } },
  ...extra,
});

async function activeRoles(first: string): Promise<Record<string, unknown>[]> {
  const { body } = await graph(
    first,
    `${RD}/roleAssignmentScheduleInstances/filterByCurrentUser(on='principal')?$filter=assignmentType eq 'Activated'&$expand=activatedUsing,roleDefinition($select=displayName)`,
  );
  return body.value as Record<string, unknown>[];
}

describe('through the emulator over HTTP', () => {
  it('activates a role, shows it active with activatedUsing, and expires it on the clock', async () => {
    const mcr = ROLE_IDS.messageCenterReader;
    const created = await graph(
      'Adele',
      `${RD}/roleAssignmentScheduleRequests`,
      activation('Adele', mcr),
    );
    expect(created.status).toBe(201);
    await control('/clock', { advance: 'PT1M' });
    const active = (await activeRoles('Adele')).filter((r) => r.roleDefinitionId === mcr);
    expect(active).toHaveLength(1);
    expect(active[0]?.roleDefinition).toEqual({ displayName: 'Message Center Reader' });
    expect((active[0]?.activatedUsing as { roleDefinitionId: string }).roleDefinitionId).toBe(mcr);
    await control('/clock', { advance: 'PT1H' });
    expect((await activeRoles('Adele')).filter((r) => r.roleDefinitionId === mcr)).toEqual([]);
  });

  it('routes an approval to Megan, who approves once; a second decision conflicts', async () => {
    const ga = ROLE_IDS.globalAdministrator;
    const created = await graph(
      'Adele',
      `${RD}/roleAssignmentScheduleRequests`,
      activation('Adele', ga, { justification: 'Break-glass drill' }),
    );
    expect(created.body.status).toBe('PendingApproval');
    const id = String(created.body.id);
    const queue = await graph(
      'Megan',
      `${RD}/roleAssignmentScheduleRequests/filterByCurrentUser(on='approver')?$filter=status eq 'PendingApproval'`,
    );
    expect((queue.body.value as { id: string }[]).map((r) => r.id)).toContain(id);
    const steps = await graph(
      'Megan',
      `/beta/roleManagement/directory/roleAssignmentApprovals/${id}/steps`,
    );
    const [step] = steps.body.value as { id: string; assignedToMe: boolean }[];
    expect(step?.assignedToMe).toBe(true);
    const adeleView = await graph(
      'Adele',
      `/beta/roleManagement/directory/roleAssignmentApprovals/${id}`,
    );
    expect((adeleView.body.steps as { assignedToMe: boolean }[])[0]?.assignedToMe).toBe(false);
    const path = `/beta/roleManagement/directory/roleAssignmentApprovals/${id}/steps/${step?.id ?? ''}`;
    const decision = { reviewResult: 'Approve', justification: 'Approved for the drill' };
    expect((await graph('Megan', path, decision, 'PATCH')).status).toBe(204);
    expect((await graph('Megan', path, decision, 'PATCH')).status).toBe(409);
    await control('/clock', { advance: 'PT1M' });
    const request = await graph('Adele', `${RD}/roleAssignmentScheduleRequests/${id}`);
    expect(request.body.status).toBe('Provisioned');
    expect((await activeRoles('Adele')).some((r) => r.roleDefinitionId === ga)).toBe(true);
  });

  it('answers an authentication-context role with the claims challenge', async () => {
    const res = await graph(
      'Adele',
      `${RD}/roleAssignmentScheduleRequests`,
      activation('Adele', ROLE_IDS.securityAdministrator, { justification: 'Review alerts' }),
    );
    expect(res.status).toBe(400);
    const error = res.body.error as { code: string; message: string };
    expect(error.code).toBe('RoleAssignmentRequestAcrsValidationFailed');
    expect(decodeURIComponent(/claims=([^&\s"]+)/.exec(error.message)?.[1] ?? '')).toContain(
      '"c1"',
    );
  });

  it('counts round trips, batch items included, in the request log', async () => {
    await send('/_control/requests', { method: 'DELETE' });
    const requests = [ROLE_IDS.messageCenterReader, ROLE_IDS.globalReader].map((roleId, i) => ({
      id: String(i + 1),
      method: 'POST',
      url: '/roleManagement/directory/roleAssignmentScheduleRequests',
      headers: { 'Content-Type': 'application/json' },
      body: activation('Adele', roleId, { justification: 'Batch' }),
    }));
    const { body } = await graph('Adele', '/v1.0/$batch', { requests });
    const responses = body.responses as { status: number }[];
    expect(responses.map((r) => r.status)).toEqual([201, 201]);
    const log = (await (await control('/requests')).json()) as {
      requests: { path: string; batchItems?: number; items?: { method: string }[] }[];
    };
    expect(log.requests).toHaveLength(1);
    expect(log.requests[0]).toMatchObject({ path: '/v1.0/$batch', batchItems: 2 });
    expect(log.requests[0]?.items?.filter((i) => i.method === 'POST')).toHaveLength(2);
  });

  it('applies faults and latency to identity requests too', async () => {
    await control('/faults', {
      method: 'GET',
      path: '*/v2.0/.well-known/openid-configuration',
      status: 503,
      retryAfter: 1,
      times: 1,
    });
    const metadata = `/${EMULATOR_TENANT_ID}/v2.0/.well-known/openid-configuration`;
    const failed = await send(metadata);
    expect(failed.status).toBe(503);
    expect(failed.headers.get('Retry-After')).toBe('1');
    expect(await failed.json()).toMatchObject({ error: 'temporarily_unavailable' });
    await control('/latency', { identityMs: 40 });
    const started = performance.now();
    expect((await send(metadata)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
  });
});
