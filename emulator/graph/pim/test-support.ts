import { ROLE_IDS } from '../../tenant/role-catalog.ts';
import { createClock, type Clock } from '../../clock.ts';
import type { Caller } from '../state.ts';
import { createPimDomain, type PimDomain } from './domain.ts';
import { PERSONA_IDS } from './seed/personas.ts';

/** Shared set-up for the domain's unit tests: a frozen clock and callers as tokens describe them. */
export const T0 = new Date('2026-11-29T12:00:00.000Z');

export function setup(
  scenario = 'default',
  provisioningDelayMs = 2000,
): { domain: PimDomain; clock: Clock } {
  const clock = createClock({ start: T0, frozen: true });
  return { domain: createPimDomain({ clock, scenario, provisioningDelayMs }), clock };
}

export function callerFor(who: string, options: { mfa?: boolean; acrs?: string[] } = {}): Caller {
  const userId = who in PERSONA_IDS ? PERSONA_IDS[who as keyof typeof PERSONA_IDS] : who;
  return {
    userId,
    scopes: new Set([
      'RoleAssignmentSchedule.ReadWrite.Directory',
      'PrivilegedAssignmentSchedule.ReadWrite.AzureADGroup',
    ]),
    acrs: options.acrs ?? [],
    amr: options.mfa === false ? ['pwd'] : ['pwd', 'mfa'],
  };
}

export const minutes = (n: number): number => n * 60_000;
export const hours = (n: number): number => n * 3_600_000;

/** A selfActivate body for a directory role, as the portal sends it. */
export function activationBody(
  roleDefinitionId: string,
  principalId: string,
  changes: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    action: 'selfActivate',
    principalId,
    roleDefinitionId,
    directoryScopeId: '/',
    justification: 'Routine maintenance',
    scheduleInfo: {
      startDateTime: T0.toISOString(),
      expiration: { type: 'afterDuration', duration: 'PT1H' },
    },
    ...changes,
  };
}

/** Runs `fn` and returns the GraphApiError it throws (status, code, message). */
export function errorOf(fn: () => unknown): { status: number; code: string; message: string } {
  try {
    fn();
  } catch (error) {
    const e = error as { status: number; code: string; message: string };
    return { status: e.status, code: e.code, message: e.message };
  }
  throw new Error('expected a GraphApiError, but the call succeeded');
}

/** Adele asks for Global Administrator, which needs Megan's approval: the request and its steps. */
export function requestGlobalAdmin(domain: PimDomain) {
  const request = domain.submitRoleAssignmentRequest(
    callerFor('adele'),
    activationBody(ROLE_IDS.globalAdministrator, PERSONA_IDS.adele),
    'v1.0',
  );
  const steps = domain.state.approvals.get(request.id ?? '')?.approval.steps ?? [];
  return { request, steps, stepId: steps[0]?.id ?? '' };
}
