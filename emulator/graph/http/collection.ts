import { GraphApiError } from '../errors.ts';
import type { GraphContext } from './context.ts';
import { badRequest, odataJson } from './envelope.ts';
import type { Entity, EntityType } from './entity-model.ts';
import { evaluateFilter, validateFilter, type FilterCapabilities } from './odata-filter-eval.ts';
import { orderItems } from './ordering.ts';
import { pageOf, pageWindow } from './paging.ts';
import { contextUrl, renderEntity, validateShape } from './serialise.ts';

export interface CollectionSpec {
  items: readonly unknown[];
  type: EntityType;
  /** The `$metadata#...` fragment, e.g. `roleManagement/directory/roleEligibilityScheduleInstances`. */
  contextPath: string;
  /** Omit when the API does not support `$filter` (Graph then answers 400). */
  filter?: FilterCapabilities;
  /** Properties `$orderby` accepts; omit when unsupported. */
  orderBy?: readonly string[];
  /**
   * Which items the caller may see (e.g. approver of), tested after `$filter` so that cheap
   * filters such as `status eq 'PendingApproval'` run first.
   */
  where?: (item: Entity) => boolean;
  /** Applied when the client gives no `$orderby` (newest first for requests and audits). */
  defaultOrder?: { property: string; descending: boolean };
  pageSize: number;
  maxPageSize?: number;
  /**
   * A bound function's result (`filterByCurrentUser` on instances): Graph's context names
   * `Collection(<type>)` and each item carries `@odata.type` (the functions' doc samples).
   */
  functionResult?: boolean;
  /** Emit `@odata.type` on each item without changing the context (group request functions). */
  annotate?: boolean;
  /** `false` where Graph rejects `$top`; elsewhere it sets the page size. */
  top?: boolean;
}

/** Silently ignoring `$search` would hand back the wrong items; routes that support it clear it. */
function refuseSearch(ctx: GraphContext): void {
  if (ctx.query.search !== undefined) {
    throw badRequest("The query parameter '$search' is not supported on this resource.");
  }
}

/** GET on a collection: `$filter`, `$orderby`, paging, `$select`/`$expand`, `$count`. */
export function listCollection(ctx: GraphContext, spec: CollectionSpec): Response {
  const { query } = ctx;
  refuseSearch(ctx);
  validateShape(spec.type, query.select, query.expand);
  if (query.filter) {
    if (!spec.filter) {
      throw badRequest('Invalid filter clause: $filter is not supported on this resource.');
    }
    validateFilter(query.filter, spec.filter, spec.type.name);
  }
  if (query.top !== undefined && spec.top === false) {
    throw badRequest(
      'The query specified in the URI is not valid. $top is not supported on this resource.',
    );
  }
  const allowed = new Set((spec.orderBy ?? []).map((p) => p.toLowerCase()));
  for (const o of query.orderBy) {
    if (!allowed.has(o.path.join('/').toLowerCase())) {
      throw badRequest(`OrderBy not supported for '${o.path.join('/')}' on this resource.`);
    }
  }
  const order =
    query.orderBy.length > 0
      ? query.orderBy
      : spec.defaultOrder
        ? [{ path: [spec.defaultOrder.property], descending: spec.defaultOrder.descending }]
        : [];
  const pageRequest = {
    pageSize: spec.pageSize,
    maxPageSize: spec.maxPageSize ?? 999,
    top: query.top,
    skipToken: query.skipToken,
    requestUrl: ctx.url,
    emptyFirstPage: ctx.paging.emptyFirstPage,
  };
  // Sort the whole collection (cached), then filter, which keeps the order. Without `$count`,
  // matching stops one item past the page: enough to know whether a next page exists.
  const { offset, size } = pageWindow(pageRequest);
  const limit = query.count ? Infinity : offset + size + 1;
  const filter = query.filter;
  const where = spec.where;
  const items: Entity[] = [];
  for (const item of orderItems(spec.items as Entity[], order)) {
    if ((!filter || evaluateFilter(filter, item)) && (!where || where(item))) items.push(item);
    if (items.length >= limit) break;
  }
  const page = pageOf(items, pageRequest);
  const contextPath = spec.functionResult ? `Collection(${spec.type.name})` : spec.contextPath;
  const body: Entity = { '@odata.context': contextUrl(ctx.version, contextPath, query) };
  if (query.count) body['@odata.count'] = items.length;
  if (page.nextLink) body['@odata.nextLink'] = page.nextLink;
  body.value = page.items.map((item) =>
    renderEntity(item, spec.type, ctx.env, {
      select: query.select,
      expand: query.expand,
      annotate: spec.functionResult === true || spec.annotate === true,
    }),
  );
  return odataJson(ctx.ids, body);
}

/** GET on one entity; `undefined` answers 404 with the code Graph uses for that resource. */
export function getEntity(
  ctx: GraphContext,
  entity: unknown,
  type: EntityType,
  contextPath: string,
  notFound: () => GraphApiError,
): Response {
  refuseSearch(ctx);
  validateShape(type, ctx.query.select, ctx.query.expand);
  if (!entity) throw notFound();
  const body = renderEntity(entity as Entity, type, ctx.env, {
    select: ctx.query.select,
    expand: ctx.query.expand,
  });
  const context = contextUrl(ctx.version, contextPath, { ...ctx.query, entity: true });
  return odataJson(ctx.ids, { '@odata.context': context, ...body });
}

/** The 404 the PIM service answers for an unknown id. */
export function pimNotFound(kind: string, id: string): GraphApiError {
  return new GraphApiError(404, 'ResourceNotFound', `The ${kind} '${id}' was not found.`);
}

/** The 404 directory objects answer (users, groups). */
export function directoryNotFound(id: string): GraphApiError {
  return new GraphApiError(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );
}
