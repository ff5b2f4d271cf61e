import { describe, expect, it, vi } from 'vitest';
import type { MyRole } from '../../../domain/my-role.ts';
import type { ActivationPolicy } from '../../../domain/policy.ts';
import { activateRoles, type ActivationForm } from './activate-roles.ts';
import { FINANCE, GLOBAL_READER, HELPDESK_ADMIN, ME, SEATTLE } from './fixtures.ts';
import {
  createBatchGraph,
  graphFailure,
  type WireItem,
} from '../../../graph/testing/fake-batch-graph.ts';

vi.mock('../../../graph/default-client.ts', () => ({ graph: {} }));

const now = new Date('2026-03-02T09:00:00Z');
const policy = (changes: Partial<ActivationPolicy> = {}): ActivationPolicy => ({
  maximumMinutes: 480,
  requiresJustification: false,
  requiresTicket: false,
  requiresMfa: false,
  authContext: undefined,
  requiresApproval: false,
  approvalRequiredForExtension: false,
  ...changes,
});
const row = (key: string, target: MyRole['target'], p = policy()): MyRole => ({
  key,
  target,
  displayName: key,
  description: undefined,
  scope: { kind: 'tenant', displayName: 'Tenant-wide' },
  eligibility: { instanceId: 'e', startDateTime: undefined, endDateTime: undefined },
  active: undefined,
  pending: undefined,
  policy: p,
});
const reader = row('reader', {
  plane: 'role',
  roleDefinitionId: GLOBAL_READER,
  directoryScopeId: '/',
});
const helpdesk = row('helpdesk', {
  plane: 'role',
  roleDefinitionId: HELPDESK_ADMIN,
  directoryScopeId: SEATTLE,
});
const finance = row('finance', { plane: 'group', groupId: FINANCE, accessId: 'member' });
const form: ActivationForm = {
  durationMinutes: 120,
  justification: '  INC-42 mailbox restore ',
  ticketNumber: 'INC-42',
  ticketSystem: 'ServiceNow',
  startDateTime: undefined,
};
const provisioned = (item: WireItem) => ({
  status: 201,
  body: { ...(item.body as object), id: `req-${item.id}`, status: 'Provisioned' },
});

describe('activateRoles', () => {
  it('sends every activation in one batch with the documented bodies', async () => {
    const { client, batches } = createBatchGraph(provisioned);
    const outcomes = await activateRoles(client, {
      principalId: ME,
      roles: [
        { role: reader, durationMinutes: 120 },
        { role: helpdesk, durationMinutes: 60 },
        { role: finance, durationMinutes: 120 },
      ],
      form,
      now,
    });
    expect(batches).toHaveLength(1);
    const [first, second, third] = batches[0] ?? [];
    expect(first).toMatchObject({
      method: 'POST',
      url: '/roleManagement/directory/roleAssignmentScheduleRequests',
      body: {
        action: 'selfActivate',
        principalId: ME,
        roleDefinitionId: GLOBAL_READER,
        directoryScopeId: '/',
        justification: 'INC-42 mailbox restore',
        ticketInfo: { ticketNumber: 'INC-42', ticketSystem: 'ServiceNow' },
        scheduleInfo: {
          startDateTime: '2026-03-02T09:00:00.000Z',
          expiration: { type: 'afterDuration', duration: 'PT2H' },
        },
      },
    });
    expect(second?.body).toMatchObject({
      directoryScopeId: SEATTLE,
      scheduleInfo: { expiration: { duration: 'PT1H' } },
    });
    expect(third).toMatchObject({
      url: '/identityGovernance/privilegedAccess/group/assignmentScheduleRequests',
      body: { action: 'selfActivate', groupId: FINANCE, accessId: 'member', principalId: ME },
    });
    expect(outcomes.map((o) => o.kind)).toEqual(['active', 'active', 'active']);
  });

  it('reports each role’s own outcome, with plain words and the code on failure', async () => {
    const { client } = createBatchGraph((item) => {
      if (item.id === '1') return { status: 201, body: { id: 'r1', status: 'PendingApproval' } };
      if (item.id === '2') return { status: 201, body: { id: 'r2', status: 'Granted' } };
      return graphFailure(400, 'RoleAssignmentExists');
    });
    const outcomes = await activateRoles(client, {
      principalId: ME,
      roles: [reader, helpdesk, finance].map((role) => ({ role, durationMinutes: 60 })),
      form,
      now,
    });
    expect(outcomes[0]).toEqual({ key: 'reader', kind: 'pending', requestId: 'r1' });
    expect(outcomes[1]).toEqual({ key: 'helpdesk', kind: 'scheduled', requestId: 'r2' });
    expect(outcomes[2]).toMatchObject({
      key: 'finance',
      kind: 'failed',
      code: 'RoleAssignmentExists',
      summary: 'This role is already active or already requested.',
      requestId: 'req-RoleAssignmentExists',
    });
  });

  it('asks up front for the authentication context its policy names, in a batch of its own', async () => {
    const guarded = row(
      'guarded',
      { plane: 'role', roleDefinitionId: 'sec', directoryScopeId: '/' },
      policy({ authContext: 'c1' }),
    );
    const { client, batches, tokens } = createBatchGraph(provisioned);
    await activateRoles(client, {
      principalId: ME,
      roles: [reader, guarded].map((role) => ({ role, durationMinutes: 60 })),
      form,
      now,
    });
    expect(batches.map((b) => b.length)).toEqual([1, 1]);
    expect(tokens.calls.map((call) => call.options?.claims)).toContain(
      '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}',
    );
  });

  it('steps up once per batch on a claims challenge, then retries only the challenged roles', async () => {
    const challenge = encodeURIComponent(
      '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}',
    );
    const { client, batches } = createBatchGraph((item, token) =>
      item.id === '1' || token.includes('stepped-up')
        ? provisioned(item)
        : graphFailure(
            400,
            'RoleAssignmentRequestAcrsValidationFailed',
            `Step up: &claims=${challenge}`,
          ),
    );
    const outcomes = await activateRoles(client, {
      principalId: ME,
      roles: [reader, helpdesk, finance].map((role) => ({ role, durationMinutes: 60 })),
      form,
      now,
    });
    expect(batches.map((b) => b.map((item) => item.id))).toEqual([
      ['1', '2', '3'],
      ['2', '3'],
    ]);
    expect(outcomes.map((o) => o.kind)).toEqual(['active', 'active', 'active']);
  });

  it('does not loop when the step-up did not satisfy the policy', async () => {
    const challenge = encodeURIComponent(
      '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}',
    );
    const { client, batches } = createBatchGraph(() =>
      graphFailure(
        400,
        'RoleAssignmentRequestAcrsValidationFailed',
        `Step up: &claims=${challenge}`,
      ),
    );
    const [outcome] = await activateRoles(client, {
      principalId: ME,
      roles: [{ role: reader, durationMinutes: 60 }],
      form,
      now,
    });
    expect(batches).toHaveLength(2);
    expect(outcome).toMatchObject({
      kind: 'failed',
      code: 'RoleAssignmentRequestAcrsValidationFailed',
    });
  });

  it('resends only the throttled item, never one that was processed', async () => {
    let throttled = false;
    const { client, batches } = createBatchGraph((item) => {
      if (item.id === '2' && !throttled) {
        throttled = true;
        return { ...graphFailure(429, 'TooManyRequests'), headers: { 'Retry-After': '1' } };
      }
      return provisioned(item);
    });
    const outcomes = await activateRoles(client, {
      principalId: ME,
      roles: [reader, helpdesk].map((role) => ({ role, durationMinutes: 60 })),
      form,
      now,
    });
    expect(batches.map((b) => b.map((item) => item.id))).toEqual([['1', '2'], ['2']]);
    expect(outcomes.map((o) => o.kind)).toEqual(['active', 'active']);
  });
});
