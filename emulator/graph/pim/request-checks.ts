import { GraphApiError } from '../errors.ts';
import { policyFor } from './lookups.ts';
import { ACTIVITY } from './audit.ts';
import {
  DAY,
  MINUTE,
  sameTarget,
  type DomainContext,
  type RequestEntity,
  type RequestMeta,
} from './context.ts';
import { DEFAULT_SPEC, buildPolicyRules } from './policy-rules.ts';
import { readActivationPolicy, type ActivationPolicy } from './activation-policy.ts';
import type { ParsedRequest } from './request-body.ts';

/**
 * Checks and errors shared by the request flows: the policy that applies, the PIM error codes
 * and messages GRAPH-PIM.md §9 records, pending-request detection, and storing a request.
 */
export const PENDING = new Set([
  'PendingApproval',
  'Granted',
  'PendingProvisioning',
  'PendingScheduleCreation',
]);
const FALLBACK_POLICY = readActivationPolicy({ rules: buildPolicyRules(DEFAULT_SPEC) });
export const MIN_ACTIVE_MS = 5 * MINUTE;
export const EXTEND_WINDOW_MS = 14 * DAY;

export const activationPolicyOf = (
  ctx: DomainContext,
  meta: Pick<RequestMeta, 'target'>,
): ActivationPolicy => {
  const policy = policyFor(ctx.state, meta.target);
  return policy ? readActivationPolicy(policy) : FALLBACK_POLICY;
};

export const exists = (code: string) =>
  new GraphApiError(
    400,
    code,
    code === 'RoleAssignmentExists'
      ? 'The Role assignment already exists.'
      : 'The Role assignment does not exist.',
  );

export function policyFailure(
  ctx: DomainContext,
  meta: RequestMeta,
  rules: string[],
  nowMs: number,
): GraphApiError {
  const message = `The following policy rules failed: ${JSON.stringify(rules)}`;
  ctx.audit.write(
    {
      atMs: nowMs,
      activity: ACTIVITY.activationRequested,
      initiatorId: meta.requestedBy,
      principalId: meta.principalId,
      target: meta.target,
      requestId: meta.id,
      result: 'failure',
      resultReason: message,
      justification: meta.justification,
    },
    ctx.auditId(meta.id),
  );
  return new GraphApiError(400, 'RoleAssignmentRequestPolicyValidationFailed', message);
}

/** `&claims=<url-encoded>` exactly as PIM sends it (GRAPH-PIM.md §10). */
export function acrsChallenge(claimValue: string): GraphApiError {
  const claims = `{"access_token":{"acrs":{"essential":true, "value":"${claimValue}"}}}`;
  return new GraphApiError(
    400,
    'RoleAssignmentRequestAcrsValidationFailed',
    `&claims=${encodeURIComponent(claims)}`,
  );
}

/** A second request for the same principal and target while one is still pending: 400. */
export function assertNoPending(
  ctx: DomainContext,
  principalId: string,
  parsed: ParsedRequest,
): void {
  if (hasPending(ctx, principalId, parsed))
    throw new GraphApiError(
      400,
      'PendingRoleAssignmentRequest',
      'There is already an existing pending Role assignment request.',
    );
}

export function hasPending(
  ctx: DomainContext,
  principalId: string,
  parsed: ParsedRequest,
): boolean {
  for (const meta of ctx.meta.values()) {
    const status = ctx.requestsById.get(meta.id)?.status ?? '';
    if (
      meta.principalId === principalId &&
      sameTarget(meta.target, parsed.target) &&
      PENDING.has(status)
    )
      return true;
  }
  return false;
}

export function store(
  ctx: DomainContext,
  entity: RequestEntity,
  meta: RequestMeta | null,
): RequestEntity {
  if (!entity.id) return entity;
  ctx.requestsById.set(entity.id, entity);
  if ('groupId' in entity) ctx.state.groupAssignmentScheduleRequests.push(entity);
  else ctx.state.roleAssignmentScheduleRequests.push(entity);
  if (meta) ctx.meta.set(meta.id, meta);
  return entity;
}

export type EntityOf = (status: string, targetScheduleId: string | null) => RequestEntity;
