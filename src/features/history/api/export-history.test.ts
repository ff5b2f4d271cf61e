import { vi } from 'vitest';

vi.mock('../../../graph/default-client.ts', () => ({ graph: {} }));
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createBatchGraph } from '../../../graph/testing/fake-batch-graph.ts';
import { toRoleHistoryRequest, type RoleRequestDto } from '../model/history-request.ts';
import { exportHistory, exportProgressText, type ExportProgress } from './export-history.ts';

const dto = (id: string, name: string, created: string, justification = ''): RoleRequestDto => ({
  id,
  status: 'Provisioned',
  action: 'adminAssign',
  createdDateTime: created,
  principalId: `p-${name}`,
  roleDefinitionId: 'r1',
  directoryScopeId: '/',
  justification,
  principal: { displayName: name, userPrincipalName: `${name}@contoso` },
  roleDefinition: { displayName: 'Reports Reader' },
});

const PAGES: Record<string, { value: RoleRequestDto[]; next?: string }> = {
  '2': {
    value: [
      dto('c', 'Zoë', '2026-10-03T00:00:00Z', 'night shift'),
      dto('d', 'Ben', '2026-10-02T00:00:00Z'),
    ],
    next: '3',
  },
  '3': { value: [dto('e', 'Alex', '2026-10-01T00:00:00Z', 'night shift')] },
};

/** A role list of three pages; the screen has loaded the first (requests a and b). */
function setup() {
  const { client, server } = createBatchGraph(() => ({ status: 200, body: {} }));
  server.on('GET', '/v1.0/roles', (request) => {
    const page = PAGES[request.url.searchParams.get('$skiptoken') ?? ''];
    if (!page)
      return Response.json({ error: { code: 'BadRequest', message: 'no page' } }, { status: 400 });
    return Response.json({
      value: page.value,
      ...(page.next
        ? { '@odata.nextLink': `https://graph.test/v1.0/roles?$skiptoken=${page.next}` }
        : {}),
    });
  });
  const loaded = [
    dto('a', 'Megan', '2026-10-05T00:00:00Z', 'night shift'),
    dto('b', 'Diego', '2026-10-04T00:00:00Z'),
  ].map(toRoleHistoryRequest);
  const rest = {
    cursor: { role: 'https://graph.test/v1.0/roles?$skiptoken=2' },
    groupsIncluded: false,
  };
  return { client, server, loaded, rest, queryClient: new QueryClient() };
}

const idsOf = (parts: string[]) =>
  parts
    .join('')
    .split('\r\n')
    .slice(1, -1)
    .map((line) => line.split(',')[0]);

describe('exportHistory', () => {
  it('reads the pages not loaded yet, keeps the refined rows and writes them in the view order', async () => {
    const { client, server, loaded, rest, queryClient } = setup();
    const progress: ExportProgress[] = [];
    const shown = loaded.filter((r) => r.justification === 'night shift');
    const result = await exportHistory(
      {
        shown,
        loaded,
        rest,
        refinement: { text: 'night' },
        sort: { column: 'requester', direction: 'ascending' },
      },
      { queryClient, now: 0, includeFacts: false, client, onProgress: (p) => progress.push(p) },
    );
    expect(result.rows).toBe(3);
    expect(idsOf(result.parts)).toEqual(['e', 'a', 'c']); // Alex, Megan, Zoë
    // One round trip a page, each following the last page's link unchanged.
    expect(server.callsTo('GET', '/v1.0/roles').map((c) => c.url.search)).toEqual([
      '?$skiptoken=2',
      '?$skiptoken=3',
    ]);
    const reading = progress.filter((p) => p.step === 'reading');
    expect(reading).toEqual([
      { step: 'reading', read: 2, matching: 1, pages: 1 },
      { step: 'reading', read: 3, matching: 2, pages: 2 },
    ]);
    expect(exportProgressText(reading[1] ?? progress[0] ?? { step: 'sorting', rows: 0 })).toBe(
      'Reading the rest from Microsoft Graph: 3 more requests read (2 pages), 2 match…',
    );
    expect(progress.at(-1)).toEqual({ step: 'writing', written: 3, total: 3 });
  });

  it('leaves approvers and actual times out when the export turns out larger than the limit', async () => {
    const { client, loaded, rest, queryClient } = setup();
    const result = await exportHistory(
      {
        shown: loaded,
        loaded,
        rest,
        refinement: {},
        sort: { column: 'created', direction: 'descending' },
      },
      { queryClient, now: 0, includeFacts: { upTo: 4 }, client },
    );
    expect(result.rows).toBe(5);
    expect(result.parts[0]).not.toContain('Approver (decision)');
  });

  it('asks Graph nothing when every page is loaded', async () => {
    const { client, server, loaded, queryClient } = setup();
    const result = await exportHistory(
      {
        shown: loaded,
        loaded,
        rest: undefined,
        refinement: {},
        sort: { column: 'created', direction: 'descending' },
      },
      { queryClient, now: 0, includeFacts: false, client },
    );
    expect(idsOf(result.parts)).toEqual(['a', 'b']);
    expect(server.calls).toHaveLength(0);
  });

  it('stops reading when canceled', async () => {
    const { client, server, loaded, rest, queryClient } = setup();
    const controller = new AbortController();
    const run = exportHistory(
      {
        shown: loaded,
        loaded,
        rest,
        refinement: {},
        sort: { column: 'created', direction: 'descending' },
      },
      {
        queryClient,
        now: 0,
        includeFacts: false,
        client,
        signal: controller.signal,
        onProgress: () => {
          controller.abort();
        },
      },
    );
    await expect(run).rejects.toThrow();
    expect(server.callsTo('GET', '/v1.0/roles')).toHaveLength(1);
  });
});
