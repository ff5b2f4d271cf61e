import type { TenantState, Caller } from '../state.ts';
import { isApproverOf } from './approvers.ts';
import type { GraphContext } from './context.ts';
import { badRequest, odataJson } from './envelope.ts';
import { text, type Entity, type EntityType } from './entity-model.ts';
import type { FilterCapabilities } from './odata-filter-eval.ts';
import { contextUrl, renderEntity } from './serialise.ts';
import { READER_ROLES, requireDirectoryRole, requireScopes, type ScopeRule } from './scopes.ts';

/** `$filter` support on PIM collections: equality and ranges on their own properties. */
export function pimFilter(properties: readonly string[]): FilterCapabilities {
  return { properties, operators: ['eq', 'ne', 'in', 'and', 'or', 'not', 'gt', 'ge', 'lt', 'le'] };
}

/** The `on` argument of `filterByCurrentUser`, checked against the values the API supports. */
export function filterOn(ctx: GraphContext, supported: readonly string[]): string {
  const on = ctx.params.on;
  if (on === undefined) {
    throw badRequest("The parameter 'on' is missing from the function filterByCurrentUser.");
  }
  const value = supported.find((s) => s.toLowerCase() === on.toLowerCase());
  if (!value) {
    throw badRequest(
      `The value '${on}' of the parameter 'on' is not supported. Supported values: ${supported.join(', ')}.`,
    );
  }
  return value;
}

/** The caller and every group they belong to: principals whose grants the caller enjoys. */
export function callerPrincipals(state: TenantState, caller: Caller): Set<string> {
  const me = caller.userId.toLowerCase();
  const ids = new Set([me]);
  for (const [groupId, members] of state.groupMembers) {
    if (members.some((m) => m.toLowerCase() === me)) ids.add(groupId.toLowerCase());
  }
  return ids;
}

export function ownedBy(principals: ReadonlySet<string>) {
  return (item: unknown): boolean =>
    principals.has(text((item as Entity).principalId).toLowerCase());
}

/** Scope check, then (for tenant-wide reads) the reader role the RBAC notes require. */
export function authorize(ctx: GraphContext, scopes: ScopeRule, tenantWide = false): void {
  requireScopes(ctx.caller, scopes);
  if (tenantWide) {
    requireDirectoryRole(ctx.domain.state, ctx.caller, READER_ROLES.pimRead, ctx.clock.nowMs());
  }
}

/**
 * Reading one grant or request by id: one's own (directly or through a group), one awaiting
 * one's approval, or anything with a reader role; anyone else gets Graph's 403.
 */
export function authorizeRead(ctx: GraphContext, entity: unknown): void {
  if (!entity) return;
  const e = entity as Entity;
  const { state } = ctx.domain;
  if (callerPrincipals(state, ctx.caller).has(text(e.principalId).toLowerCase())) return;
  if (isApproverOf(ctx.domain, e, ctx.caller.userId)) return;
  requireDirectoryRole(state, ctx.caller, READER_ROLES.pimRead, ctx.clock.nowMs());
}

/** 201 Created with the entity and a Location header, as Graph answers a POST. */
export function created(
  ctx: GraphContext,
  entity: Entity,
  type: EntityType,
  contextPath: string,
): Response {
  const body = renderEntity(entity, type, ctx.env, { expand: [] });
  const context = contextUrl(ctx.version, contextPath, { expand: [], entity: true });
  const location = new URL(`${ctx.url.pathname}/${String(entity.id)}`, ctx.url).href;
  return odataJson(ctx.ids, { '@odata.context': context, ...body }, 201, { Location: location });
}
