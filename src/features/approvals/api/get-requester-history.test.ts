import { describe, expect, it, vi } from 'vitest';
import { graphJson } from '../../../graph/testing/fake-graph.ts';
import { createBatchGraph, graphFailure } from '../../../graph/testing/fake-batch-graph.ts';
import { getRequesterHistory, requesterHistoryUrls } from './get-requester-history.ts';

vi.mock('../../../graph/default-client.ts', () => ({ graph: {} }));

const roleRequest = {
  id: 'r1',
  action: 'selfActivate',
  status: 'Denied',
  approvalId: 'r1',
  principalId: 'u1',
  roleDefinitionId: 'ga',
  roleDefinition: { id: 'ga', displayName: 'Global Administrator' },
  directoryScopeId: '/',
  justification: 'Incident 7',
  createdDateTime: '2026-11-20T10:00:00Z',
};
const groupRequest = {
  id: 'g1',
  action: 'selfActivate',
  status: 'Provisioned',
  approvalId: null,
  principalId: 'u1',
  groupId: 'grp',
  group: { id: 'grp', displayName: 'Finance Admins' },
  accessId: 'owner',
  justification: 'Close',
  createdDateTime: '2026-11-21T10:00:00Z',
};

describe('getRequesterHistory', () => {
  it('reads both planes for the principal in one batch and follows a next page', async () => {
    const { client, batches, server } = createBatchGraph((item) =>
      item.url === requesterHistoryUrls('u1').role
        ? {
            status: 200,
            body: { value: [roleRequest], '@odata.nextLink': `${server.baseUrl}/v1.0/more` },
          }
        : { status: 200, body: { value: [groupRequest] } },
    );
    server.on('GET', '/v1.0/more', () => graphJson(200, { value: [{ ...roleRequest, id: 'r2' }] }));

    const history = await getRequesterHistory(client, 'u1');

    expect(batches).toHaveLength(1);
    expect(batches[0]?.map((i) => decodeURIComponent(i.url))).toEqual([
      "/roleManagement/directory/roleAssignmentScheduleRequests?$filter=principalId eq 'u1'&$expand=roleDefinition,directoryScope",
      "/identityGovernance/privilegedAccess/group/assignmentScheduleRequests?$filter=principalId eq 'u1'&$expand=group",
    ]);
    expect(history.role).toMatchObject({ kind: 'ok', complete: true });
    expect(history.role.kind === 'ok' && history.role.requests.map((r) => r.id)).toEqual([
      'r1',
      'r2',
    ]);
    expect(history.role.kind === 'ok' && history.role.requests[0]).toMatchObject({
      target: 'Global Administrator',
      scope: 'Tenant-wide',
      hadApproval: true,
      justification: 'Incident 7',
    });
    expect(history.group.kind === 'ok' && history.group.requests[0]).toMatchObject({
      plane: 'group',
      target: 'Finance Admins',
      scope: 'Owner',
      hadApproval: false,
    });
  });

  it('keeps a plane the approver may not read apart from the other', async () => {
    const { client } = createBatchGraph((item) =>
      item.url.includes('privilegedAccess')
        ? graphFailure(403, 'Authorization_RequestDenied')
        : { status: 200, body: { value: [roleRequest] } },
    );
    const history = await getRequesterHistory(client, "o'brien");
    expect(history.role.kind).toBe('ok');
    expect(history.group).toMatchObject({
      kind: 'error',
      error: { status: 403, code: 'Authorization_RequestDenied' },
    });
    expect(requesterHistoryUrls("o'brien").role).toContain("o''brien");
  });
});
