import { describe, expect, it, vi } from 'vitest';
import type { MyRole } from '../../../domain/my-role.ts';
import { createBatchGraph, graphFailure } from '../../../graph/testing/fake-batch-graph.ts';
import { FINANCE, GLOBAL_READER } from './fixtures.ts';
import { getOriginRequests } from './get-origin-requests.ts';

vi.mock('../../../graph/default-client.ts', () => ({ graph: {} }));

const active = (key: string, target: MyRole['target'], scheduleId?: string): MyRole => ({
  key,
  target,
  displayName: key,
  description: undefined,
  scope: { kind: 'tenant', displayName: 'Tenant-wide' },
  eligibility: undefined,
  active: {
    instanceId: 'i',
    assignmentType: 'Activated',
    startDateTime: undefined,
    endDateTime: undefined,
    ...(scheduleId ? { scheduleId } : {}),
  },
  pending: undefined,
  policy: undefined,
});

describe('getOriginRequests', () => {
  it('asks, in one batch, for the request behind each activation and keeps its details', async () => {
    const { client, batches } = createBatchGraph((item) =>
      item.id === '1'
        ? {
            status: 200,
            body: {
              value: [
                {
                  action: 'selfActivate',
                  createdDateTime: '2026-03-02T09:00:00Z',
                  justification: 'Incident 12',
                  ticketInfo: { ticketNumber: 'T-1', ticketSystem: 'SN' },
                  scheduleInfo: { expiration: { type: 'afterDuration', duration: 'PT2H' } },
                },
                { action: 'selfDeactivate', createdDateTime: '2026-03-02T10:00:00Z' },
              ],
            },
          }
        : graphFailure(403, 'Forbidden'),
    );
    const origins = await getOriginRequests(client, [
      active(
        'reader',
        { plane: 'role', roleDefinitionId: GLOBAL_READER, directoryScopeId: '/' },
        'req-1',
      ),
      active(
        'finance',
        { plane: 'group', groupId: FINANCE, accessId: 'member' },
        `${FINANCE}_member_x`,
      ),
      active('unknown', { plane: 'role', roleDefinitionId: 'r', directoryScopeId: '/' }),
    ]);
    expect(batches).toHaveLength(1);
    expect(batches[0]?.map((item) => decodeURIComponent(item.url))).toEqual([
      "/roleManagement/directory/roleAssignmentScheduleRequests/filterByCurrentUser(on='principal')?$filter=targetScheduleId eq 'req-1'",
      `/identityGovernance/privilegedAccess/group/assignmentScheduleRequests/filterByCurrentUser(on='principal')?$filter=targetScheduleId eq '${FINANCE}_member_x'`,
    ]);
    expect(origins.get('reader')).toEqual({
      durationMinutes: 120,
      justification: 'Incident 12',
      ticketNumber: 'T-1',
      ticketSystem: 'SN',
    });
    // A request that cannot be read leaves the role to its fallback defaults.
    expect(origins.has('finance')).toBe(false);
  });
});
