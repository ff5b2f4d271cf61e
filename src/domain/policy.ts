import { parseDurationMinutes } from './duration.ts';

/** What activating a role demands, read from its PIM policy's end-user assignment rules. */
export interface ActivationPolicy {
  maximumMinutes: number;
  requiresJustification: boolean;
  requiresTicket: boolean;
  requiresMfa: boolean;
  /** The authentication context claim value (`c1`) when the policy demands one. */
  authContext: string | undefined;
  requiresApproval: boolean;
  approvalRequiredForExtension: boolean;
}

/** A policy rule as Graph sends it: polymorphic, told apart by `id` and `@odata.type`. */
export interface PolicyRuleInput {
  id?: string | null;
  [property: string]: unknown;
}

/** PIM's documented ceiling for a self-activation, and its default maximum. */
export const PIM_MAXIMUM_MINUTES = 8 * 60;

const byId = (rules: readonly PolicyRuleInput[], id: string): PolicyRuleInput | undefined =>
  rules.find((rule) => rule.id?.toLowerCase() === id.toLowerCase());

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/**
 * Of a policy's 17 rules, an activation is governed by the `EndUser_Assignment` ones (the PIM
 * how-to), not the `Admin_Eligibility` ones some overview tables show.
 */
export function summarisePolicy(rules: readonly PolicyRuleInput[]): ActivationPolicy {
  const expiration = byId(rules, 'Expiration_EndUser_Assignment');
  const enablement = byId(rules, 'Enablement_EndUser_Assignment');
  const approval = record(byId(rules, 'Approval_EndUser_Assignment')?.setting);
  const authContext = byId(rules, 'AuthenticationContext_EndUser_Assignment');
  const enabled = Array.isArray(enablement?.enabledRules)
    ? enablement.enabledRules.filter((r): r is string => typeof r === 'string')
    : [];
  const has = (name: string): boolean =>
    enabled.some((r) => r.toLowerCase() === name.toLowerCase());
  const maximum =
    typeof expiration?.maximumDuration === 'string'
      ? parseDurationMinutes(expiration.maximumDuration)
      : undefined;
  const claimValue = authContext?.claimValue;
  return {
    maximumMinutes: Math.min(maximum ?? PIM_MAXIMUM_MINUTES, PIM_MAXIMUM_MINUTES),
    requiresJustification: has('Justification'),
    requiresTicket: has('Ticketing'),
    requiresMfa: has('MultiFactorAuthentication'),
    authContext:
      authContext?.isEnabled === true && typeof claimValue === 'string' && claimValue !== ''
        ? claimValue
        : undefined,
    requiresApproval: approval.isApprovalRequired === true,
    approvalRequiredForExtension: approval.isApprovalRequiredForExtension === true,
  };
}

/** Short requirement names for the list ("Justification", "Ticket", ...), in a stable order. */
export function policyRequirements(policy: ActivationPolicy): string[] {
  const names: string[] = [];
  if (policy.requiresJustification) names.push('Justification');
  if (policy.requiresTicket) names.push('Ticket');
  if (policy.requiresMfa) names.push('MFA');
  if (policy.authContext !== undefined) names.push('Auth context');
  if (policy.requiresApproval) names.push('Approval');
  return names;
}

/** The claims to ask the token for up front when the policy names an authentication context. */
export function authContextClaims(claimValue: string): string {
  return JSON.stringify({ access_token: { acrs: { essential: true, value: claimValue } } });
}

/**
 * The step-up to ask for before activating, or undefined when the policy needs none: the
 * authentication context it names, and multifactor authentication as an OIDC `amr` claims
 * request (inferred: Graph documents no MFA challenge for PIM; `MfaRule` failures otherwise
 * reach the user only after a round trip, with no claims to answer them).
 */
export function stepUpClaims(policy: ActivationPolicy): string | undefined {
  const claims: Record<string, unknown> = {};
  if (policy.authContext !== undefined) {
    claims.acrs = { essential: true, value: policy.authContext };
  }
  if (policy.requiresMfa) claims.amr = { essential: true, values: ['mfa'] };
  return Object.keys(claims).length === 0 ? undefined : JSON.stringify({ access_token: claims });
}
