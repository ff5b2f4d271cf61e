import { describe, expect, it, vi } from 'vitest';
import { createBatchGraph, graphFailure } from '../../../graph/testing/fake-batch-graph.ts';
import { GLOBAL_READER, ME, SEATTLE } from '../api/fixtures.ts';
import { getApprovers, getMyHistory, myHistoryItems, withDecision } from './get-my-history.ts';

// The app's client reads the browser's location; these tests pass their own client.
vi.mock('../../../graph/default-client.ts', () => ({ graph: {} }));

const NOW = new Date('2026-03-31T12:00:00Z');

const roleRequest = (id: string, changes: Record<string, unknown>) => ({
  id,
  action: 'selfActivate',
  principalId: ME,
  roleDefinitionId: GLOBAL_READER,
  directoryScopeId: '/',
  appScopeId: null,
  status: 'Provisioned',
  createdDateTime: '2026-03-30T08:00:00Z',
  approvalId: null,
  justification: 'Morning checks',
  ticketInfo: { ticketNumber: null, ticketSystem: null },
  scheduleInfo: {
    startDateTime: '2026-03-30T08:00:00Z',
    expiration: { type: 'afterDuration', duration: 'PT2H', endDateTime: null },
  },
  roleDefinition: { id: GLOBAL_READER, displayName: 'Global Reader' },
  ...changes,
});

const groupRequest = {
  '@odata.type': '#microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest',
  id: 'g1',
  accessId: 'member',
  principalId: ME,
  groupId: 'finance',
  status: 'Denied',
  createdDateTime: '2026-03-29T08:00:00Z',
  action: 'SelfActivate',
  approvalId: 'g1',
  scheduleInfo: { startDateTime: null, expiration: { type: 'AfterDuration', duration: 'PT8H' } },
  justification: 'Quarter close',
  ticketInfo: { ticketNumber: '09876', ticketSystem: 'ServiceNow' },
  group: { displayName: 'Finance Admins' },
};

describe('getMyHistory', () => {
  it('reads both planes in one batch, newest first, in the words the page uses', async () => {
    const { client, batches } = createBatchGraph((item) =>
      item.url.includes('roleAssignmentScheduleRequests')
        ? {
            status: 200,
            body: {
              value: [
                roleRequest('r1', {}),
                roleRequest('r2', {
                  action: 'selfDeactivate',
                  status: 'Revoked',
                  directoryScopeId: SEATTLE,
                  directoryScope: { displayName: 'Seattle Office' },
                  createdDateTime: '2026-03-30T09:00:00Z',
                  scheduleInfo: null,
                  justification: null,
                }),
              ],
            },
          }
        : { status: 200, body: { value: [groupRequest] } },
    );
    const history = await getMyHistory(client, NOW);
    expect(batches).toHaveLength(1);
    expect(batches[0]?.map((i) => decodeURIComponent(i.url))).toEqual(
      [myHistoryItems(NOW).roleRequests, myHistoryItems(NOW).groupRequests].map(decodeURIComponent),
    );
    expect(decodeURIComponent(batches[0]?.[0]?.url ?? '')).toContain(
      "filterByCurrentUser(on='principal')?$filter=createdDateTime ge 2026-03-01T12:00:00.000Z",
    );
    expect(
      history.map((r) => [
        r.id,
        r.targetName,
        r.scopeName,
        r.kind,
        r.outcome,
        r.durationMinutes,
        r.justification,
        r.ticket,
      ]),
    ).toEqual([
      ['r2', 'Global Reader', 'Seattle Office', 'deactivation', 'ended', undefined, '', ''],
      ['r1', 'Global Reader', 'Tenant-wide', 'activation', 'done', 120, 'Morning checks', ''],
      [
        'g1',
        'Finance Admins',
        'Group member',
        'activation',
        'denied',
        480,
        'Quarter close',
        'ServiceNow 09876',
      ],
    ]);
  });
});

describe('getApprovers', () => {
  it('asks beta for role approvals and v1.0 for group approvals; unreadable ones stay unknown', async () => {
    const { client, batches } = createBatchGraph((item) => {
      if (item.version === 'beta') {
        return item.url.includes('forbidden')
          ? graphFailure(403, 'Forbidden')
          : {
              status: 200,
              body: {
                value: [
                  {
                    id: 's1',
                    reviewResult: 'Approve',
                    reviewedBy: { id: 'm', displayName: 'Megan Bowen' },
                  },
                ],
              },
            };
      }
      return {
        status: 200,
        body: {
          id: 'g1',
          stages: [{ id: 's', reviewResult: 'Deny', reviewedBy: { displayName: 'Alex Wilber' } }],
        },
      };
    });
    const base = {
      plane: 'role' as const,
      targetName: 'x',
      scopeName: 'x',
      kind: 'activation' as const,
      status: 'Provisioned',
      outcome: 'done' as const,
      createdDateTime: undefined,
      durationMinutes: 60,
      justification: '',
      ticket: '',
    };
    const requests = [
      { ...base, id: 'r1', approvalId: 'r1' },
      { ...base, id: 'r2', approvalId: 'forbidden' },
      { ...base, id: 'r3', approvalId: 'r3', outcome: 'pending' as const },
      { ...base, id: 'r4', approvalId: undefined },
      { ...base, id: 'g1', approvalId: 'g1', plane: 'group' as const, outcome: 'denied' as const },
    ];
    const decided = withDecision(requests);
    expect(decided.map((r) => r.id)).toEqual(['r1', 'r2', 'g1']);
    expect(await getApprovers(client, decided)).toEqual({
      r1: [{ reviewer: 'Megan Bowen', result: 'Approve' }],
      g1: [{ reviewer: 'Alex Wilber', result: 'Deny' }],
    });
    expect(batches.map((b) => b.map((i) => `${i.version} ${i.url}`))).toEqual(
      expect.arrayContaining([
        [
          'beta /roleManagement/directory/roleAssignmentApprovals/r1/steps',
          'beta /roleManagement/directory/roleAssignmentApprovals/forbidden/steps',
        ],
        ['v1.0 /identityGovernance/privilegedAccess/group/assignmentApprovals/g1'],
      ]),
    );
  });
});
