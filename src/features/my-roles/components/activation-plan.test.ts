import { describe, expect, it } from 'vitest';
import type { MyRole } from '../../../domain/my-role.ts';
import type { ActivationPolicy } from '../../../domain/policy.ts';
import { needsTicket, offeredDurations, planActivation } from './activation-plan.ts';

const now = new Date('2026-03-02T09:00:00Z');
const role = (key: string, policy: Partial<ActivationPolicy> | undefined): MyRole => ({
  key,
  target: { plane: 'role', roleDefinitionId: key, directoryScopeId: '/' },
  displayName: key,
  description: undefined,
  scope: { kind: 'tenant', displayName: 'Tenant-wide' },
  eligibility: { instanceId: key, startDateTime: undefined, endDateTime: undefined },
  active: undefined,
  pending: undefined,
  policy: policy && {
    maximumMinutes: 480,
    requiresJustification: false,
    requiresTicket: false,
    requiresMfa: false,
    authContext: undefined,
    requiresApproval: false,
    approvalRequiredForExtension: false,
    ...policy,
  },
});
const input = {
  durationMinutes: 240,
  justification: '',
  ticketNumber: '',
  ticketSystem: '',
  startDateTime: undefined,
};

describe('planActivation', () => {
  it('caps each role at its own maximum and says what each still needs', () => {
    const plan = planActivation(
      [
        role('short', { maximumMinutes: 60 }),
        role('ticket', { requiresTicket: true }),
        role('open', {}),
      ],
      input,
      now,
    );
    expect(plan.map((p) => [p.role.key, p.durationMinutes, p.capped, p.problems.length])).toEqual([
      ['short', 60, true, 0],
      ['ticket', 240, false, 2],
      ['open', 240, false, 0],
    ]);
  });

  it('holds a role whose policy is unknown to the 8-hour ceiling', () => {
    const [plan] = planActivation(
      [role('unknown', undefined)],
      { ...input, durationMinutes: 600 },
      now,
    );
    expect(plan?.durationMinutes).toBe(480);
  });
});

describe('offeredDurations and needsTicket', () => {
  it('offers steps up to the most generous cap', () => {
    expect(
      offeredDurations([role('a', { maximumMinutes: 60 }), role('b', { maximumMinutes: 120 })]),
    ).toEqual([30, 60, 90, 120]);
  });

  it('asks for a ticket only when a selected role needs one', () => {
    expect(needsTicket([role('a', {})])).toBe(false);
    expect(needsTicket([role('a', {}), role('b', { requiresTicket: true })])).toBe(true);
  });
});
