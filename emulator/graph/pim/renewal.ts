import { openApproval } from './approvals.ts';
import { ACTIVITY } from './audit.ts';
import {
  DAY,
  sameTarget,
  type DomainContext,
  type RequestEntity,
  type RequestMeta,
} from './context.ts';
import { applyRenewal, auditRequest } from './lifecycle.ts';
import { findActiveAssignment } from './lookups.ts';
import { badRequest, type ParsedRequest } from './request-body.ts';
import {
  activationPolicyOf,
  assertNoPending,
  exists,
  store,
  type EntityOf,
} from './request-checks.ts';

/** How long after its end an expired assignment can still be renewed by its holder. */
const RENEW_WINDOW_MS = 30 * DAY;

/**
 * selfRenew: the holder of a time-bound assignment that expired recently asks for it again. It
 * needs approval when the policy requires approval for extensions, like selfExtend.
 */
export function renew(
  ctx: DomainContext,
  parsed: ParsedRequest,
  meta: RequestMeta,
  now: number,
  entity: EntityOf,
): RequestEntity {
  if (findActiveAssignment(ctx.state, meta.principalId, meta.target, now, 'Assigned'))
    throw badRequest('The assignment has not expired yet: extend it instead of renewing it.');
  const expired = ctx.expiredAssignments.some(
    (e) =>
      e.principalId === meta.principalId &&
      sameTarget(e.target, meta.target) &&
      now - e.endMs <= RENEW_WINDOW_MS,
  );
  if (!expired) throw exists('RoleAssignmentDoesNotExist');
  if (meta.endMs === null || meta.endMs <= now)
    throw badRequest('The requested end of the renewed assignment must be in the future.');
  assertNoPending(ctx, meta.principalId, parsed);
  if (parsed.isValidationOnly) return entity('Granted', null);
  meta.renewal = true;
  const created = store(ctx, entity('PendingApproval', null), meta);
  auditRequest(ctx, meta, ACTIVITY.renewRequested, now, meta.requestedBy);
  return approveOrApply(ctx, meta, created, now, applyRenewal);
}

/**
 * Extensions and renewals need approval when the policy says `isApprovalRequiredForExtension`;
 * otherwise they take effect at once.
 */
export function approveOrApply(
  ctx: DomainContext,
  meta: RequestMeta,
  created: RequestEntity,
  now: number,
  apply: (ctx: DomainContext, meta: RequestMeta, now: number) => void,
): RequestEntity {
  const policy = activationPolicyOf(ctx, meta);
  if (policy.approvalRequiredForExtension && policy.stages.length > 0) {
    created.approvalId = meta.id;
    openApproval(ctx, meta, policy, now);
  } else {
    apply(ctx, meta, now);
  }
  return created;
}
