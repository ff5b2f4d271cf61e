import { vi } from 'vitest';

vi.mock('../../../graph/default-client.ts', () => ({ graph: {} }));
import { describe, expect, it } from 'vitest';
import { createBatchGraph } from '../../../graph/testing/fake-batch-graph.ts';
import {
  getHistoryFirstPage,
  getHistoryNextPage,
  groupRequestsUrl,
  roleRequestsUrl,
} from './get-history.ts';

const ADELE = '2a6b1c7e-8f3d-4a5b-9c0d-1e2f3a4b5c01';

const roleDto = (id: string, created: string) => ({
  id,
  status: 'Provisioned',
  action: 'selfActivate',
  createdDateTime: created,
  principalId: ADELE,
  roleDefinitionId: 'r1',
  directoryScopeId: '/',
  justification: "O'Brien said so",
  scheduleInfo: { startDateTime: created, expiration: { type: 'afterDuration', duration: 'PT2H' } },
  ticketInfo: { ticketNumber: 'INC1', ticketSystem: 'SN' },
  principal: { displayName: 'Adele Vance', userPrincipalName: 'adele@contoso' },
  roleDefinition: { displayName: 'Global Administrator' },
});

describe('history URLs', () => {
  it('sends requester, role and status to Graph as $filter, quoting literals', () => {
    const url = decodeURIComponent(
      roleRequestsUrl({ roleDefinitionId: "r'1", status: 'Denied' }, ADELE),
    );
    expect(url).toContain(
      `$filter=principalId eq '${ADELE}' and roleDefinitionId eq 'r''1' and status eq 'Denied'`,
    );
    expect(url).toContain(
      '$expand=principal($select=id,displayName,userPrincipalName),roleDefinition($select=id,displayName)',
    );
  });

  it('lists group requests only with a requester (Graph requires principalId or groupId)', () => {
    expect(groupRequestsUrl({}, undefined)).toBeUndefined();
    expect(groupRequestsUrl({ roleDefinitionId: 'r1' }, ADELE)).toBeUndefined();
    expect(decodeURIComponent(groupRequestsUrl({ status: 'Provisioned' }, ADELE) ?? '')).toContain(
      `$filter=principalId eq '${ADELE}' and status eq 'Provisioned'`,
    );
  });
});

describe('getHistoryFirstPage', () => {
  it('reads both planes in one $batch, merges newest first and keeps each nextLink', async () => {
    const { client, batches, server } = createBatchGraph((item) =>
      item.url.startsWith('/roleManagement')
        ? {
            status: 200,
            body: {
              value: [roleDto('a', '2026-11-01T10:00:00Z')],
              '@odata.nextLink': 'https://graph.test/v1.0/roles?$skiptoken=2',
            },
          }
        : {
            status: 200,
            body: {
              value: [
                {
                  ...roleDto('g', '2026-11-02T10:00:00Z'),
                  groupId: 'g1',
                  accessId: 'member',
                  group: { displayName: 'Finance Admins' },
                },
              ],
            },
          },
    );
    const page = await getHistoryFirstPage({ requester: ADELE }, client);
    expect(server.calls).toHaveLength(1);
    expect(batches[0]?.map((i) => i.id)).toEqual(['role', 'group']);
    expect(page.items.map((r) => [r.id, r.plane, r.targetName, r.scope])).toEqual([
      ['g', 'group', 'Finance Admins', 'Member'],
      ['a', 'role', 'Global Administrator', 'Directory'],
    ]);
    expect(page.items[1]?.requestedEnd).toBe('2026-11-01T12:00:00.000Z');
    expect(page.next).toEqual({
      role: 'https://graph.test/v1.0/roles?$skiptoken=2',
      group: undefined,
    });
    expect(page.groupsIncluded).toBe(true);
  });

  it('keeps the role plane when Graph refuses the group plane (403), and says so', async () => {
    const { client } = createBatchGraph((item) =>
      item.url.startsWith('/roleManagement')
        ? { status: 200, body: { value: [roleDto('a', '2026-11-01T10:00:00Z')] } }
        : {
            status: 403,
            body: {
              error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges' },
            },
          },
    );
    const page = await getHistoryFirstPage({ requester: ADELE }, client);
    expect(page.items.map((r) => r.id)).toEqual(['a']);
    expect(page.groupsIncluded).toBe(false);
    expect(page.groupsDenied).toBe(true);
  });

  it('resolves a user principal name first, and says so when nobody has it', async () => {
    const { client, server } = createBatchGraph(() => ({
      status: 200,
      body: { value: [] },
    }));
    server.on('GET', '/v1.0/users/nobody%40contoso', () =>
      Response.json({ error: { code: 'Request_ResourceNotFound', message: 'x' } }, { status: 404 }),
    );
    const page = await getHistoryFirstPage({ requester: 'nobody@contoso' }, client);
    expect(page).toMatchObject({ items: [], requesterNotFound: true });
  });

  it('fails with the item error so the page can explain a missing role', async () => {
    const { client } = createBatchGraph(() => ({
      status: 403,
      body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges' } },
    }));
    await expect(getHistoryFirstPage({}, client)).rejects.toMatchObject({
      code: 'Authorization_RequestDenied',
      status: 403,
    });
  });

  it('follows the nextLink unchanged for the next page', async () => {
    const { client, server } = createBatchGraph(() => ({ status: 200, body: {} }));
    server.on('GET', '/v1.0/roles', (request) => {
      expect(request.url.search).toBe('?$skiptoken=2');
      return Response.json({ value: [roleDto('b', '2026-10-01T00:00:00Z')] });
    });
    const page = await getHistoryNextPage(
      { role: 'https://graph.test/v1.0/roles?$skiptoken=2' },
      false,
      client,
    );
    expect(page.items.map((r) => r.id)).toEqual(['b']);
    expect(page.next).toBeUndefined();
  });
});
