import { canDeactivate } from '../../../domain/deactivation.ts';
import { capDuration } from '../../../domain/duration.ts';
import type { MyRole } from '../../../domain/my-role.ts';
import { PIM_MAXIMUM_MINUTES } from '../../../domain/policy.ts';
import { validateActivation, type ActivationInput } from '../../../domain/validation.ts';

/**
 * How an active role can be given more time. Graph's `selfExtend` is for *assignments* an
 * administrator made with an end date (Entra: "extend eligible or active (assigned) roles that
 * expire in the next 14 days", directory roles only; PIM for Groups has no self-extension). An
 * *activation* cannot be extended: a new `selfActivate` while it runs is refused with
 * `RoleAssignmentExists`, so the portal ends it (`selfDeactivate`) and activates again at once.
 * That leaves the user without the role only if the new activation waits for an approver, so
 * roles whose activation needs approval are not offered that route.
 */
export type ExtensionRoute =
  { kind: 'selfExtend' } | { kind: 'reactivate' } | { kind: 'unavailable'; reason: string };

export function extensionRoute(role: MyRole, now: Date): ExtensionRoute {
  const active = role.active;
  if (!active?.endDateTime) return { kind: 'unavailable', reason: 'It does not end.' };
  if (role.pending?.extension === true) {
    return { kind: 'unavailable', reason: 'An extension is already waiting for approval.' };
  }
  if (active.assignmentType === 'Assigned') {
    return role.target.plane === 'role'
      ? { kind: 'selfExtend' }
      : {
          kind: 'unavailable',
          reason: 'Group assignments cannot be self-extended: ask a group owner or administrator.',
        };
  }
  if (!role.eligibility) {
    return { kind: 'unavailable', reason: 'You are no longer eligible for it.' };
  }
  if (role.policy?.requiresApproval) {
    return {
      kind: 'unavailable',
      reason:
        'Its activation needs approval, so it cannot be extended without a gap. Activate it again when it ends.',
    };
  }
  const check = canDeactivate(active, now);
  if (!check.allowed && check.reason === 'too-soon') {
    return {
      kind: 'unavailable',
      reason: 'Entra allows a new activation only after five minutes.',
    };
  }
  return { kind: 'reactivate' };
}

/** What the request that created the current activation asked for, when known. */
export interface OriginRequest {
  durationMinutes: number | undefined;
  justification: string | undefined;
  ticketNumber: string | undefined;
  ticketSystem: string | undefined;
}

export interface ExtensionDefaults {
  input: ActivationInput;
  /** What the policy still needs that the original request does not tell (in words). */
  problems: string[];
}

/**
 * The same duration and justification as the current activation: the original request's, else
 * the activation's own length; capped at the role's maximum.
 */
export function extensionDefaults(
  role: MyRole,
  origin: OriginRequest | undefined,
  now: Date,
): ExtensionDefaults {
  const start = role.active?.startDateTime;
  const end = role.active?.endDateTime;
  const length = start && end ? Math.round((end.getTime() - start.getTime()) / 60_000) : undefined;
  const maximum = role.policy?.maximumMinutes ?? PIM_MAXIMUM_MINUTES;
  const wanted = origin?.durationMinutes ?? length ?? 60;
  const input: ActivationInput = {
    durationMinutes: capDuration(wanted, maximum),
    justification: origin?.justification ?? '',
    ticketNumber: origin?.ticketNumber ?? '',
    ticketSystem: origin?.ticketSystem ?? '',
    startDateTime: undefined,
  };
  return {
    input,
    problems: role.policy ? validateActivation(input, role.policy, now) : [],
  };
}
