import { auditsCorrelatedWith, correlationIdIn } from './audit-correlation-index.ts';
import { directoryNotFound, getEntity, listCollection, pimNotFound } from './collection.ts';
import type { GraphContext, Route } from './context.ts';
import { findById } from './entity-model.ts';
import { directoryAuditType } from './entity-types-audit.ts';
import { groupType, userType } from './entity-types-directory.ts';
import { READER_ROLES, SCOPES, requireDirectoryRole, requireScopes } from './scopes.ts';

function findUser(ctx: GraphContext, key: string) {
  const k = key.toLowerCase();
  return ctx.domain.state.users.find(
    (u) => u.id?.toLowerCase() === k || u.userPrincipalName?.toLowerCase() === k,
  );
}

const AUDITS = 'auditLogs/directoryAudits';

function authorizeAudit(ctx: GraphContext): void {
  requireScopes(ctx.caller, SCOPES.auditRead);
  requireDirectoryRole(ctx.domain.state, ctx.caller, READER_ROLES.auditRead, ctx.clock.nowMs());
}

export const directoryRoutes: Route[] = [
  {
    path: 'me',
    methods: {
      GET: (ctx) => {
        requireScopes(ctx.caller, SCOPES.me);
        const user = findUser(ctx, ctx.caller.userId);
        return getEntity(ctx, user, userType, 'users', () => directoryNotFound(ctx.caller.userId));
      },
    },
  },
  {
    path: 'users/{id}',
    methods: {
      GET: (ctx) => {
        const id = ctx.params.id ?? '';
        const isMe = id.toLowerCase() === ctx.caller.userId.toLowerCase();
        requireScopes(ctx.caller, isMe ? SCOPES.me : SCOPES.userRead);
        return getEntity(ctx, findUser(ctx, id), userType, 'users', () => directoryNotFound(id));
      },
    },
  },
  {
    path: 'groups/{id}',
    methods: {
      GET: (ctx) => {
        requireScopes(ctx.caller, SCOPES.groupRead);
        const id = ctx.params.id ?? '';
        const group = findById(ctx.domain.state.groups, id);
        return getEntity(ctx, group, groupType, 'groups', () => directoryNotFound(id));
      },
    },
  },
  {
    path: AUDITS,
    methods: {
      GET: (ctx) => {
        authorizeAudit(ctx);
        const log = ctx.domain.state.directoryAudits;
        const correlationId = correlationIdIn(ctx.query.filter);
        return listCollection(ctx, {
          items: correlationId === undefined ? log : auditsCorrelatedWith(log, correlationId),
          type: directoryAuditType,
          contextPath: AUDITS,
          // directoryaudit-list: $filter (eq, ge, le, startswith), $top, $orderby, $skiptoken.
          filter: {
            properties: [
              'id',
              'activityDateTime',
              'activityDisplayName',
              'category',
              'correlationId',
              'loggedByService',
              'operationType',
              'result',
              'initiatedBy/user/id',
              'initiatedBy/user/displayName',
              'initiatedBy/user/userPrincipalName',
              'initiatedBy/app/appId',
              'initiatedBy/app/displayName',
              'targetResources/any/id',
              'targetResources/any/displayName',
              'targetResources/any/type',
              'targetResources/any/userPrincipalName',
            ],
            operators: ['eq', 'ge', 'le', 'startswith', 'and', 'or', 'any'],
          },
          orderBy: ['activityDateTime'],
          defaultOrder: { property: 'activityDateTime', descending: true },
          pageSize: ctx.paging.auditPageSize,
          maxPageSize: 999,
          top: true,
        });
      },
    },
  },
  {
    path: `${AUDITS}/{id}`,
    methods: {
      GET: (ctx) => {
        authorizeAudit(ctx);
        const id = ctx.params.id ?? '';
        const entry = findById(ctx.domain.state.directoryAudits, id);
        return getEntity(ctx, entry, directoryAuditType, AUDITS, () =>
          pimNotFound('directoryAudit', id),
        );
      },
    },
  },
];
