import { describe, expect, it, vi } from 'vitest';
import type { MyRole } from '../../../domain/my-role.ts';
import type { ActivationPolicy } from '../../../domain/policy.ts';
import type { ActivationInput } from '../../../domain/validation.ts';
import { extendRoles } from './extend-roles.ts';
import { FINANCE, GLOBAL_READER, ME } from './fixtures.ts';
import { createBatchGraph, graphFailure } from '../../../graph/testing/fake-batch-graph.ts';

vi.mock('../../../graph/default-client.ts', () => ({ graph: {} }));

const now = new Date('2026-03-02T09:55:00Z');
const policy: ActivationPolicy = {
  maximumMinutes: 480,
  requiresJustification: true,
  requiresTicket: false,
  requiresMfa: false,
  authContext: undefined,
  requiresApproval: false,
  approvalRequiredForExtension: false,
};
const active = (key: string, target: MyRole['target'], type: 'Activated' | 'Assigned'): MyRole => ({
  key,
  target,
  displayName: key,
  description: undefined,
  scope: { kind: 'tenant', displayName: 'Tenant-wide' },
  eligibility: { instanceId: 'e', startDateTime: undefined, endDateTime: undefined },
  active: {
    instanceId: `i-${key}`,
    assignmentType: type,
    startDateTime: new Date('2026-03-02T09:00:00Z'),
    endDateTime: new Date('2026-03-02T10:00:00Z'),
  },
  pending: undefined,
  policy,
});
const reader = active(
  'reader',
  { plane: 'role', roleDefinitionId: GLOBAL_READER, directoryScopeId: '/' },
  'Activated',
);
const finance = active(
  'finance',
  { plane: 'group', groupId: FINANCE, accessId: 'member' },
  'Activated',
);
const input: ActivationInput = {
  durationMinutes: 60,
  justification: 'Incident 12',
  ticketNumber: '',
  ticketSystem: '',
  startDateTime: undefined,
};
const noWait = () => Promise.resolve();

describe('extendRoles', () => {
  it('ends each activation, then activates it again with the same duration and justification', async () => {
    const { client, batches } = createBatchGraph((item) => {
      const body = item.body as { action: string; scheduleInfo?: { startDateTime: string } };
      return body.action === 'selfDeactivate'
        ? { status: 201, body: { id: `d${item.id}`, status: 'Revoked' } }
        : {
            status: 201,
            body: { id: `a${item.id}`, status: 'Provisioned', scheduleInfo: body.scheduleInfo },
          };
    });
    const outcomes = await extendRoles(
      client,
      ME,
      [reader, finance].map((role) => ({ role, route: 'reactivate' as const, input })),
      () => now,
      noWait,
    );
    expect(batches.map((b) => b.map((item) => (item.body as { action: string }).action))).toEqual([
      ['selfDeactivate', 'selfDeactivate'],
      ['selfActivate', 'selfActivate'],
    ]);
    expect(batches[1]?.[0]?.body).toMatchObject({
      roleDefinitionId: GLOBAL_READER,
      justification: 'Incident 12',
      scheduleInfo: { expiration: { type: 'afterDuration', duration: 'PT1H' } },
    });
    expect(batches[1]?.[1]?.url).toBe(
      '/identityGovernance/privilegedAccess/group/assignmentScheduleRequests',
    );
    expect(outcomes).toEqual([
      { key: 'reader', kind: 'extended', end: new Date('2026-03-02T10:55:00Z'), requestId: 'a1' },
      { key: 'finance', kind: 'extended', end: new Date('2026-03-02T10:55:00Z'), requestId: 'a2' },
    ]);
  });

  it('keeps the activation when PIM refuses to end it, and sends no new one', async () => {
    const { client, batches } = createBatchGraph(() => graphFailure(400, 'ActiveDurationTooShort'));
    const [outcome] = await extendRoles(
      client,
      ME,
      [{ role: reader, route: 'reactivate', input }],
      () => now,
      noWait,
    );
    expect(batches).toHaveLength(1);
    expect(outcome).toMatchObject({ kind: 'failed', code: 'ActiveDurationTooShort', ended: false });
  });

  it('tries the new activation once more when PIM still sees the old one, then reports', async () => {
    const { client, batches } = createBatchGraph((item) =>
      (item.body as { action: string }).action === 'selfDeactivate'
        ? { status: 201, body: { id: 'd', status: 'Revoked' } }
        : graphFailure(400, 'RoleAssignmentExists'),
    );
    const waits: number[] = [];
    const [outcome] = await extendRoles(
      client,
      ME,
      [{ role: reader, route: 'reactivate', input }],
      () => now,
      (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    );
    expect(batches).toHaveLength(3);
    expect(waits).toEqual([2000]);
    expect(outcome).toMatchObject({ kind: 'failed', code: 'RoleAssignmentExists', ended: true });
  });

  it('activates a role whose activation already ended on its own', async () => {
    const { client, batches } = createBatchGraph((item) =>
      (item.body as { action: string }).action === 'selfDeactivate'
        ? graphFailure(400, 'RoleAssignmentDoesNotExist')
        : { status: 201, body: { id: 'a', status: 'Provisioned' } },
    );
    const [outcome] = await extendRoles(
      client,
      ME,
      [{ role: reader, route: 'reactivate', input }],
      () => now,
      noWait,
    );
    expect(batches).toHaveLength(2);
    expect(outcome).toMatchObject({ kind: 'extended', end: new Date('2026-03-02T10:55:00Z') });
  });

  it('asks PIM to extend an assignment with selfExtend; approval keeps it pending', async () => {
    const assigned = active(
      'assigned',
      { plane: 'role', roleDefinitionId: GLOBAL_READER, directoryScopeId: '/' },
      'Assigned',
    );
    const { client, batches } = createBatchGraph(() => ({
      status: 201,
      body: { id: 'x', status: 'PendingApproval' },
    }));
    const [outcome] = await extendRoles(
      client,
      ME,
      [{ role: assigned, route: 'selfExtend', input }],
      () => now,
      noWait,
    );
    expect(batches).toHaveLength(1);
    expect(batches[0]?.[0]?.body).toMatchObject({
      action: 'selfExtend',
      principalId: ME,
      roleDefinitionId: GLOBAL_READER,
      directoryScopeId: '/',
      justification: 'Incident 12',
    });
    expect(outcome).toEqual({ key: 'assigned', kind: 'pending', requestId: 'x' });
  });
});
