import { formatDuration } from './duration.ts';
import type { ActivationPolicy } from './policy.ts';

export interface ActivationInput {
  durationMinutes: number;
  justification: string;
  ticketNumber: string;
  ticketSystem: string;
  /** Undefined: start now. */
  startDateTime: Date | undefined;
}

/**
 * What one role still needs before its activation can be sent, in words the user can act on.
 * Empty when the request is ready. `now` decides whether a scheduled start is in the past.
 */
export function validateActivation(
  input: ActivationInput,
  policy: ActivationPolicy,
  now: Date,
): string[] {
  const problems: string[] = [];
  if (!Number.isFinite(input.durationMinutes) || input.durationMinutes <= 0) {
    problems.push('Choose how long you need the role.');
  } else if (input.durationMinutes > policy.maximumMinutes) {
    problems.push(
      `Choose ${formatDuration(policy.maximumMinutes)} or less: that is the longest this role can be active.`,
    );
  }
  const justification = input.justification.trim();
  if (policy.requiresJustification && justification === '') {
    problems.push('Say why you need the role: its policy requires a justification.');
  }
  if (policy.requiresTicket && input.ticketNumber.trim() === '') {
    problems.push('Enter a ticket number: its policy requires one.');
  }
  if (policy.requiresTicket && input.ticketSystem.trim() === '') {
    problems.push('Enter the ticket system: its policy requires one.');
  }
  if (input.startDateTime && input.startDateTime.getTime() < now.getTime() - 60_000) {
    problems.push('Choose a start time in the future, or start now.');
  }
  return problems;
}
