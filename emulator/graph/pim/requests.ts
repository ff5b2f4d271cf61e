import { GraphApiError } from '../errors.ts';
import type { Caller } from '../state.ts';
import { ROLE_IDS } from '../../tenant/role-catalog.ts';
import { closeApproval } from './approvals.ts';
import { ACTIVITY } from './audit.ts';
import { type DomainContext, type RequestEntity, type RequestMeta } from './context.ts';
import { hasDirectoryRole } from './directory-roles.ts';
import { auditRequest, setStatus } from './lifecycle.ts';
import { badRequest, type ParsedRequest } from './request-body.ts';
import { buildRequestEntity } from './request-entity.ts';
import { adminRequest } from './admin-requests.ts';
import { store } from './request-checks.ts';
import { activate, deactivate, extend } from './self-requests.ts';
import { renew } from './renewal.ts';
export { activationPolicyOf } from './request-checks.ts';

/**
 * Entry points for POSTed schedule requests of both planes (directory roles and PIM for Groups)
 * and for cancel, with the PIM error codes and messages GRAPH-PIM.md §9 records.
 */
function targetExists(ctx: DomainContext, parsed: ParsedRequest): void {
  const t = parsed.target;
  if (t.plane === 'role' && !ctx.state.roleDefinitions.some((r) => r.id === t.roleDefinitionId))
    throw badRequest(`The role definition '${t.roleDefinitionId}' does not exist.`);
  if (t.plane === 'group' && !ctx.state.groups.some((g) => g.id === t.groupId))
    throw new GraphApiError(
      404,
      'ResourceNotFound',
      `The group '${t.groupId}' does not exist or is not managed by PIM.`,
    );
  if (!ctx.usersById.has(parsed.principalId))
    throw badRequest(`The principal '${parsed.principalId}' does not exist.`);
}

export function submitRequest(
  ctx: DomainContext,
  caller: Caller,
  parsed: ParsedRequest,
): RequestEntity {
  targetExists(ctx, parsed);
  const now = ctx.clock.nowMs();
  if (parsed.action.startsWith('self') && parsed.principalId !== caller.userId.toLowerCase())
    throw new GraphApiError(
      403,
      'Forbidden',
      'Self-service requests can only be made for the signed-in user.',
    );
  const s = parsed.schedule;
  const startMs = Math.max(s?.startMs ?? now, now);
  const endMs =
    s?.expirationType === 'afterDuration' && s.durationMs !== null
      ? startMs + s.durationMs
      : s?.expirationType === 'afterDateTime'
        ? s.endMs
        : null;
  if (endMs !== null && endMs <= startMs)
    throw badRequest('The expiration of the schedule must be later than its start.');
  const meta: RequestMeta = {
    id: ctx.newId(),
    target: parsed.target,
    principalId: parsed.principalId,
    action: parsed.action,
    requestedBy: caller.userId,
    startMs,
    endMs,
    durationMs: s?.expirationType === 'afterDuration' ? s.durationMs : null,
    eligibility: null,
    justification: parsed.justification,
    ticketNumber: parsed.ticketNumber,
    ticketSystem: parsed.ticketSystem,
    extendsInstanceId: null,
    renewal: false,
  };
  const entity = (status: string, targetScheduleId: string | null) =>
    buildRequestEntity(parsed, {
      id: meta.id,
      status,
      createdMs: now,
      startMs,
      endMs,
      callerId: caller.userId,
      targetScheduleId,
    });

  switch (parsed.action) {
    case 'selfActivate':
      return activate(ctx, caller, parsed, meta, now, entity);
    case 'selfDeactivate':
      return deactivate(ctx, parsed, meta, now, entity);
    case 'selfExtend':
      return extend(ctx, parsed, meta, now, entity);
    case 'selfRenew':
      return renew(ctx, parsed, meta, now, entity);
    default:
      if (
        !hasDirectoryRole(ctx.state, caller.userId, ROLE_IDS.privilegedRoleAdministrator, now) &&
        !hasDirectoryRole(ctx.state, caller.userId, ROLE_IDS.globalAdministrator, now)
      )
        throw new GraphApiError(
          403,
          'Authorization_RequestDenied',
          'Insufficient privileges to complete the operation.',
        );
      return adminRequest(ctx, parsed, meta, now, (status, scheduleId) =>
        store(ctx, entity(status, scheduleId), null),
      );
  }
}

/** POST .../{id}/cancel: `Granted` and `PendingApproval` requests become `Canceled`. */
export function cancelRequest(
  ctx: DomainContext,
  caller: Caller,
  plane: 'role' | 'group',
  requestId: string,
): void {
  const entity = ctx.requestsById.get(requestId) ?? ctx.requestsById.get(requestId.toLowerCase());
  const matches = entity && ('groupId' in entity ? plane === 'group' : plane === 'role');
  if (!entity?.id || !matches)
    throw new GraphApiError(404, 'ResourceNotFound', `The request '${requestId}' was not found.`);
  if (entity.principalId !== caller.userId && entity.createdBy?.user?.id !== caller.userId)
    throw new GraphApiError(403, 'Forbidden', 'Only the requestor can cancel this request.');
  if (entity.status !== 'Granted' && entity.status !== 'PendingApproval')
    throw badRequest(
      `The request cannot be canceled because its status is '${entity.status ?? ''}'.`,
    );
  const now = ctx.clock.nowMs();
  setStatus(ctx, entity.id, 'Canceled', now);
  closeApproval(ctx, entity.id);
  const meta = ctx.meta.get(entity.id);
  if (meta) {
    const activity = meta.renewal
      ? ACTIVITY.renewCanceled
      : meta.extendsInstanceId !== null
        ? ACTIVITY.extendCanceled
        : ACTIVITY.activationCanceled;
    auditRequest(ctx, meta, activity, now, caller.userId);
    ctx.meta.delete(entity.id);
  }
}
