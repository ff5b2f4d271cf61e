import { describe, expect, it } from 'vitest';
import type { ActivationPolicy } from './policy.ts';
import { validateActivation, type ActivationInput } from './validation.ts';

const now = new Date('2026-03-02T09:00:00Z');
const open: ActivationPolicy = {
  maximumMinutes: 480,
  requiresJustification: false,
  requiresTicket: false,
  requiresMfa: false,
  authContext: undefined,
  requiresApproval: false,
  approvalRequiredForExtension: false,
};
const input: ActivationInput = {
  durationMinutes: 60,
  justification: '',
  ticketNumber: '',
  ticketSystem: '',
  startDateTime: undefined,
};

describe('validateActivation', () => {
  it('accepts a request the policy allows', () => {
    expect(validateActivation(input, open, now)).toEqual([]);
  });

  it('names the cap when the duration is over the maximum', () => {
    expect(
      validateActivation({ ...input, durationMinutes: 120 }, { ...open, maximumMinutes: 60 }, now),
    ).toEqual(['Choose 1 h or less: that is the longest this role can be active.']);
  });

  it('asks for a justification that is missing or only spaces', () => {
    const policy = { ...open, requiresJustification: true };
    expect(validateActivation({ ...input, justification: '   ' }, policy, now)).toEqual([
      'Say why you need the role: its policy requires a justification.',
    ]);
    expect(validateActivation({ ...input, justification: 'INC-1 outage' }, policy, now)).toEqual(
      [],
    );
  });

  it('asks for both ticket number and system', () => {
    const policy = { ...open, requiresTicket: true };
    expect(validateActivation(input, policy, now)).toEqual([
      'Enter a ticket number: its policy requires one.',
      'Enter the ticket system: its policy requires one.',
    ]);
    expect(
      validateActivation(
        { ...input, ticketNumber: 'INC-1', ticketSystem: 'ServiceNow' },
        policy,
        now,
      ),
    ).toEqual([]);
  });

  it('refuses a scheduled start in the past', () => {
    const past = new Date(now.getTime() - 10 * 60_000);
    expect(validateActivation({ ...input, startDateTime: past }, open, now)).toEqual([
      'Choose a start time in the future, or start now.',
    ]);
  });

  it('refuses a zero duration', () => {
    expect(validateActivation({ ...input, durationMinutes: 0 }, open, now)).toEqual([
      'Choose how long you need the role.',
    ]);
  });
});
