import { capDuration, durationSteps } from '../../../domain/duration.ts';
import type { MyRole } from '../../../domain/my-role.ts';
import { PIM_MAXIMUM_MINUTES, type ActivationPolicy } from '../../../domain/policy.ts';
import { validateActivation, type ActivationInput } from '../../../domain/validation.ts';
import type { ActivationFormState } from './activation-fields.tsx';

/** A role whose policy is still loading is held to PIM's ceiling; Graph has the last word. */
const UNKNOWN_POLICY: ActivationPolicy = {
  maximumMinutes: PIM_MAXIMUM_MINUTES,
  requiresJustification: false,
  requiresTicket: false,
  requiresMfa: false,
  authContext: undefined,
  requiresApproval: false,
  approvalRequiredForExtension: false,
};

export const policyOf = (role: MyRole): ActivationPolicy => role.policy ?? UNKNOWN_POLICY;

export interface PlannedActivation {
  role: MyRole;
  /** The form's duration, capped at this role's maximum. */
  durationMinutes: number;
  capped: boolean;
  problems: string[];
}

/** What the form would send for each selected role, and what each still needs. */
export function planActivation(
  roles: readonly MyRole[],
  input: ActivationInput,
  now: Date,
): PlannedActivation[] {
  return roles.map((role) => {
    const policy = policyOf(role);
    const durationMinutes = capDuration(input.durationMinutes, policy.maximumMinutes);
    return {
      role,
      durationMinutes,
      capped: durationMinutes < input.durationMinutes,
      problems: validateActivation({ ...input, durationMinutes }, policy, now),
    };
  });
}

/** Steps up to the most generous cap among the selection; stricter roles are capped. */
export function offeredDurations(roles: readonly MyRole[]): number[] {
  const caps = roles.map((role) => policyOf(role).maximumMinutes);
  return durationSteps(caps.length > 0 ? Math.max(...caps) : PIM_MAXIMUM_MINUTES);
}

export const needsTicket = (roles: readonly MyRole[]): boolean =>
  roles.some((role) => policyOf(role).requiresTicket);

export const needsJustification = (roles: readonly MyRole[]): boolean =>
  roles.some((role) => policyOf(role).requiresJustification);

/** The form's state as the domain's activation input (a start only when it is a real date). */
export function toActivationInput(state: ActivationFormState): ActivationInput {
  const start =
    state.startMode === 'later' && state.startLocal ? new Date(state.startLocal) : undefined;
  return {
    durationMinutes: state.durationMinutes,
    justification: state.justification,
    ticketNumber: state.ticketNumber,
    ticketSystem: state.ticketSystem,
    startDateTime: start && !Number.isNaN(start.getTime()) ? start : undefined,
  };
}
