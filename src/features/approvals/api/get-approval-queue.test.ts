import { describe, expect, it, vi } from 'vitest';
import { graphJson } from '../../../graph/testing/fake-graph.ts';
import { getApprovalQueue, QUEUE_URLS, streamApprovalQueue } from './get-approval-queue.ts';
import { createBatchGraph, graphFailure } from '../../../graph/testing/fake-batch-graph.ts';

// The app's client reads the browser's location; these tests pass their own client.
vi.mock('../../../graph/default-client.ts', () => ({ graph: {} }));

const roleRequest = {
  id: 'req-1',
  principalId: 'u1',
  principal: { id: 'u1', displayName: 'Adele Vance', userPrincipalName: 'AdeleV@contoso' },
  roleDefinitionId: 'r-ga',
  roleDefinition: { id: 'r-ga', displayName: 'Global Administrator' },
  directoryScopeId: '/',
  justification: '<img src=x onerror=alert(1)>',
  ticketInfo: { ticketNumber: 'INC-1', ticketSystem: null },
  createdDateTime: '2026-11-29T10:00:00Z',
  scheduleInfo: { startDateTime: null, expiration: { type: 'afterDuration', duration: 'PT2H' } },
};
const groupRequest = {
  id: 'req-2',
  principalId: 'u2',
  principal: { id: 'u2', displayName: 'Lee Gu', userPrincipalName: 'LeeG@contoso' },
  groupId: 'g1',
  group: { id: 'g1', displayName: 'Helpdesk Tier 2' },
  accessId: 'owner',
  createdDateTime: '2026-11-29T09:00:00Z',
  scheduleInfo: {
    startDateTime: '2026-11-29T12:00:00Z',
    expiration: { type: 'afterDuration', duration: 'PT1H' },
  },
};

describe('getApprovalQueue', () => {
  it('asks both planes in one batch and follows the next page link', async () => {
    const { client, batches, server } = createBatchGraph((item) =>
      item.url === QUEUE_URLS.roles
        ? {
            status: 200,
            body: { value: [roleRequest], '@odata.nextLink': `${server.baseUrl}/v1.0/next-roles` },
          }
        : { status: 200, body: { value: [groupRequest] } },
    );
    server.on('GET', '/v1.0/next-roles', () =>
      graphJson(200, { value: [{ ...roleRequest, id: 'req-3' }] }),
    );

    const queue = await getApprovalQueue(client);

    expect(batches).toHaveLength(1);
    expect(batches[0]?.map((i) => i.url)).toEqual([QUEUE_URLS.roles, QUEUE_URLS.groups]);
    expect(QUEUE_URLS.roles).toContain('$expand=principal%2CroleDefinition%2CdirectoryScope');
    expect(queue.map((a) => a.id)).toEqual(['req-1', 'req-2', 'req-3']);
    expect(queue[0]).toMatchObject({
      plane: 'role',
      requester: { displayName: 'Adele Vance', userPrincipalName: 'AdeleV@contoso' },
      target: { displayName: 'Global Administrator' },
      scope: 'Tenant-wide',
      justification: '<img src=x onerror=alert(1)>',
      ticket: { number: 'INC-1', system: '' },
      durationMs: 7_200_000,
      requestedStart: null,
      policyKey: 'role:r-ga',
    });
    expect(queue[1]).toMatchObject({ plane: 'group', scope: 'Owner', policyKey: 'group:g1:owner' });
    expect(queue[1]?.requestedStart?.toISOString()).toBe('2026-11-29T12:00:00.000Z');
  });

  it('rejects with the Graph error of a failed plane', async () => {
    const { client } = createBatchGraph((item) =>
      item.url === QUEUE_URLS.groups
        ? graphFailure(403, 'Forbidden')
        : { status: 200, body: { value: [] } },
    );
    await expect(getApprovalQueue(client)).rejects.toMatchObject({
      status: 403,
      code: 'Forbidden',
    });
  });

  it('pages each plane on its own, asking for a next page before handing over the last one', async () => {
    const asked: string[] = [];
    const { client, server } = createBatchGraph((item) =>
      item.url === QUEUE_URLS.roles
        ? {
            status: 200,
            body: { value: [roleRequest], '@odata.nextLink': `${server.baseUrl}/v1.0/roles-2` },
          }
        : {
            status: 200,
            body: { value: [groupRequest], '@odata.nextLink': `${server.baseUrl}/v1.0/groups-2` },
          },
    );
    // The group plane's second page never comes back: the role plane must not wait for it.
    server.on('GET', '/v1.0/groups-2', () => {
      asked.push('groups-2');
      return 'hang';
    });
    server.on('GET', '/v1.0/roles-2', () => {
      asked.push('roles-2');
      return graphJson(200, {
        value: [{ ...roleRequest, id: 'req-3' }],
        '@odata.nextLink': `${server.baseUrl}/v1.0/roles-3`,
      });
    });
    server.on('GET', '/v1.0/roles-3', () => {
      asked.push('roles-3');
      return graphJson(200, { value: [{ ...roleRequest, id: 'req-4' }] });
    });

    const stream = streamApprovalQueue(client);
    const nextIds = async () => {
      const result = await stream.next();
      return result.done ? [] : result.value.map((item) => item.id);
    };
    expect(await nextIds()).toEqual(['req-1', 'req-2']);
    // Both second pages were asked for before the first pages were handed over.
    expect(asked.sort()).toEqual(['groups-2', 'roles-2']);
    expect(await nextIds()).toEqual(['req-3']);
    expect(asked).toContain('roles-3');
    expect(await nextIds()).toEqual(['req-4']);
    await stream.return(undefined);
  });
});
