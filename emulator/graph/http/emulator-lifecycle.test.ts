import { beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator.ts';
import { PERSONAS } from '../../tenant/personas.ts';
import { ROLE_IDS } from '../../tenant/role-catalog.ts';
import { graphCaller, TEST_ORIGIN, testEmulator } from './graph-caller.ts';

/** The request lifecycle over HTTP: future start and cancel, deactivation, denial, timeout. */
const REQUESTS = '/v1.0/roleManagement/directory/roleAssignmentScheduleRequests';
const [adele, megan] = PERSONAS;

let em: Emulator;
beforeEach(async () => {
  em = await testEmulator();
});

const asPersona = graphCaller(() => em, ['RoleManagement.ReadWrite.Directory']);
const graph = (who: 'adele' | 'megan', path: string, body?: unknown, method?: string) =>
  asPersona((who === 'adele' ? adele : megan)?.userPrincipalName ?? '', path, { body, method });

const advance = (duration: string) =>
  em.fetch(
    new Request(`${TEST_ORIGIN}/emulator/_control/clock`, {
      method: 'POST',
      body: JSON.stringify({ advance: duration }),
    }),
  );

const request = (
  action: string,
  roleDefinitionId: string,
  extra: Record<string, unknown> = {},
) => ({
  action,
  principalId: adele?.id,
  roleDefinitionId,
  directoryScopeId: '/',
  ...extra,
});

const oneHour = (startDateTime?: string) => ({
  scheduleInfo: { startDateTime, expiration: { type: 'afterDuration', duration: 'PT1H' } },
});

describe('request lifecycle over HTTP', () => {
  it('grants a future start, and cancel withdraws it', async () => {
    const created = await graph(
      'adele',
      REQUESTS,
      request('selfActivate', ROLE_IDS.messageCenterReader, oneHour('2026-03-02T12:00:00Z')),
    );
    expect(created.body.status).toBe('Granted');
    const id = String(created.body.id);
    expect((await graph('adele', `${REQUESTS}/${id}/cancel`, {})).status).toBe(204);
    expect((await graph('adele', `${REQUESTS}/${id}`)).body.status).toBe('Canceled');
  });

  it('refuses deactivation within five minutes, then deactivates', async () => {
    const mcr = ROLE_IDS.messageCenterReader;
    expect((await graph('adele', REQUESTS, request('selfActivate', mcr, oneHour()))).status).toBe(
      201,
    );
    await advance('PT1M');
    const early = await graph('adele', REQUESTS, request('selfDeactivate', mcr));
    expect(early.status).toBe(400);
    expect(early.body.error).toMatchObject({ code: 'ActiveDurationTooShort' });
    await advance('PT5M');
    expect((await graph('adele', REQUESTS, request('selfDeactivate', mcr))).status).toBe(201);
    await advance('PT1M');
    const active = await graph(
      'adele',
      `/v1.0/roleManagement/directory/roleAssignmentScheduleInstances/filterByCurrentUser(on='principal')?$filter=roleDefinitionId eq '${mcr}'`,
    );
    expect(active.body.value).toEqual([]);
  });

  it('denies on the approver’s decision and when the stage times out', async () => {
    const ga = ROLE_IDS.globalAdministrator;
    const first = await graph(
      'adele',
      REQUESTS,
      request('selfActivate', ga, { justification: 'Drill', ...oneHour() }),
    );
    const firstId = String(first.body.id);
    const steps = await graph(
      'megan',
      `/beta/roleManagement/directory/roleAssignmentApprovals/${firstId}/steps`,
    );
    const [step] = steps.body.value as { id: string }[];
    const deny = await graph(
      'megan',
      `/beta/roleManagement/directory/roleAssignmentApprovals/${firstId}/steps/${step?.id ?? ''}`,
      { reviewResult: 'Deny', justification: 'Not now' },
      'PATCH',
    );
    expect(deny.status).toBe(204);
    expect((await graph('adele', `${REQUESTS}/${firstId}`)).body.status).toBe('Denied');

    const second = await graph(
      'adele',
      REQUESTS,
      request('selfActivate', ga, { justification: 'Drill again', ...oneHour() }),
    );
    expect(second.body.status).toBe('PendingApproval');
    await advance('P1DT1M');
    expect((await graph('adele', `${REQUESTS}/${String(second.body.id)}`)).body.status).toBe(
      'Denied',
    );
  });
});
