import { getEntity, listCollection, pimNotFound } from './collection.ts';
import type { GraphContext, Route } from './context.ts';
import { noContent } from './envelope.ts';
import { findById, text, type Entity } from './entity-model.ts';
import { isApproverOf } from './approvers.ts';
import { roleDefinitionType } from './entity-types-directory.ts';
import { roleAssignmentScheduleRequestType } from './entity-types-pim.ts';
import { authorize, authorizeRead, created, filterOn, pimFilter } from './route-helpers.ts';
import { SCOPES } from './scopes.ts';

const RD = 'roleManagement/directory';
const SCOPED = ['id', 'principalId', 'roleDefinitionId', 'directoryScopeId', 'appScopeId'];

const REQUESTS = `${RD}/roleAssignmentScheduleRequests`;
const requestFilter = pimFilter([
  ...SCOPED,
  'status',
  'action',
  'createdDateTime',
  'completedDateTime',
  'approvalId',
  'targetScheduleId',
  'isValidationOnly',
  'createdBy/user/id',
]);

function listRequests(ctx: GraphContext, where?: (item: Entity) => boolean): Response {
  return listCollection(ctx, {
    items: ctx.domain.state.roleAssignmentScheduleRequests,
    where,
    type: roleAssignmentScheduleRequestType,
    contextPath: REQUESTS,
    filter: requestFilter,
    defaultOrder: { property: 'createdDateTime', descending: true },
    pageSize: ctx.paging.pimPageSize,
  });
}

export const roleRequestRoutes: Route[] = [
  {
    path: `${REQUESTS}/filterByCurrentUser(on)`,
    methods: {
      GET: (ctx) => {
        // The docs list no Read scope for this function (GRAPH-PIM.md §2).
        authorize(ctx, SCOPES.roleAssignmentWrite);
        const on = filterOn(ctx, ['principal', 'approver']);
        const me = ctx.caller.userId.toLowerCase();
        return listRequests(ctx, (r) =>
          on === 'principal'
            ? text(r.principalId).toLowerCase() === me
            : isApproverOf(ctx.domain, r, ctx.caller.userId),
        );
      },
    },
  },
  {
    path: REQUESTS,
    methods: {
      GET: (ctx) => {
        authorize(ctx, SCOPES.roleAssignmentRead, true);
        return listRequests(ctx);
      },
      POST: async (ctx) => {
        authorize(ctx, SCOPES.roleAssignmentWrite);
        const body = await ctx.json();
        const request = ctx.domain.submitRoleAssignmentRequest(ctx.caller, body, ctx.version);
        return created(ctx, request as Entity, roleAssignmentScheduleRequestType, REQUESTS);
      },
    },
  },
  {
    path: `${REQUESTS}/{id}`,
    methods: {
      GET: (ctx) => {
        authorize(ctx, SCOPES.roleAssignmentRead);
        const id = ctx.params.id ?? '';
        const entity = findById(ctx.domain.state.roleAssignmentScheduleRequests, id);
        authorizeRead(ctx, entity);
        return getEntity(ctx, entity, roleAssignmentScheduleRequestType, REQUESTS, () =>
          pimNotFound('unifiedRoleAssignmentScheduleRequest', id),
        );
      },
    },
  },
  {
    path: `${REQUESTS}/{id}/cancel`,
    methods: {
      POST: (ctx) => {
        authorize(ctx, SCOPES.roleAssignmentWrite);
        const id = ctx.params.id ?? '';
        if (!findById(ctx.domain.state.roleAssignmentScheduleRequests, id)) {
          throw pimNotFound('unifiedRoleAssignmentScheduleRequest', id);
        }
        ctx.domain.cancelRoleAssignmentRequest(ctx.caller, id);
        return noContent(ctx.ids);
      },
    },
  },
];

const DEFINITIONS = `${RD}/roleDefinitions`;
export const roleDefinitionRoutes: Route[] = [
  {
    path: DEFINITIONS,
    methods: {
      GET: (ctx) => {
        authorize(ctx, SCOPES.roleDefinitionRead);
        return listCollection(ctx, {
          items: ctx.domain.state.roleDefinitions,
          type: roleDefinitionType,
          contextPath: DEFINITIONS,
          filter: {
            properties: ['id', 'displayName', 'isBuiltIn', 'templateId', 'isEnabled'],
            operators: ['eq', 'in', 'and', 'or', 'startswith'],
          },
          pageSize: ctx.paging.pimPageSize,
        });
      },
    },
  },
  {
    path: `${DEFINITIONS}/{id}`,
    methods: {
      GET: (ctx) => {
        authorize(ctx, SCOPES.roleDefinitionRead);
        const id = ctx.params.id ?? '';
        const entity = findById(ctx.domain.state.roleDefinitions, id);
        return getEntity(ctx, entity, roleDefinitionType, DEFINITIONS, () =>
          pimNotFound('unifiedRoleDefinition', id),
        );
      },
    },
  },
];
