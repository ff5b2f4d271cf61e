import type { TenantState } from '../state.ts';
import { getEntity, listCollection, pimNotFound } from './collection.ts';
import type { GraphContext, Route } from './context.ts';
import { badRequest, noContent } from './envelope.ts';
import { findById, text, type Entity, type EntityType } from './entity-model.ts';
import { isApproverOf } from './approvers.ts';
import {
  groupAssignmentScheduleInstanceType,
  groupAssignmentScheduleRequestType,
  groupAssignmentScheduleType,
  groupEligibilityScheduleInstanceType,
  groupEligibilityScheduleType,
} from './entity-types-pim.ts';
import { equalityValues } from './odata-filter-eval.ts';
import {
  authorize,
  callerPrincipals,
  created,
  filterOn,
  ownedBy,
  pimFilter,
} from './route-helpers.ts';
import {
  READER_ROLES,
  requireDirectoryRole,
  requireScopes,
  SCOPES,
  type ScopeRule,
} from './scopes.ts';

const PG = 'identityGovernance/privilegedAccess/group';
const SCOPED = ['id', 'accessId', 'groupId', 'principalId', 'memberType'];

/**
 * PIM for Groups lists require `$filter` on `groupId` or `principalId` (the docs' query
 * parameters). One's own grants need the scope only; anyone else's need, per group, membership or
 * a role the docs' RBAC note names for that kind of group (see `READER_ROLES.groupRead*`).
 */
function authorizeGroupList(ctx: GraphContext, scopes: ScopeRule): void {
  const groups = equalityValues(ctx.query.filter, 'groupId');
  const principals = equalityValues(ctx.query.filter, 'principalId');
  if (groups.length === 0 && principals.length === 0) {
    throw badRequest("The filter must include either 'groupId eq' or 'principalId eq'.");
  }
  requireScopes(ctx.caller, scopes);
  const me = ctx.caller.userId.toLowerCase();
  const onlyMine = principals.length > 0 && principals.every((p) => p.toLowerCase() === me);
  if (onlyMine) return;
  const { state } = ctx.domain;
  const now = ctx.clock.nowMs();
  if (groups.length > 0) {
    for (const groupId of groups) requireGroupReader(ctx, groupId);
    return;
  }
  // Someone's grants across groups: only the roles that may read every kind of group.
  const anyGroup = READER_ROLES.groupReadRoleAssignable.filter((r) =>
    (READER_ROLES.groupReadOther as readonly string[]).includes(r),
  );
  requireDirectoryRole(state, ctx.caller, anyGroup, now);
}

function requireGroupReader(ctx: GraphContext, groupId: string): void {
  const { state } = ctx.domain;
  const id = groupId.toLowerCase();
  const members = [...state.groupMembers].find(([g]) => g.toLowerCase() === id)?.[1] ?? [];
  if (members.some((m) => m.toLowerCase() === ctx.caller.userId.toLowerCase())) return;
  const group = state.groups.find((g) => g.id?.toLowerCase() === id);
  const roles =
    group?.isAssignableToRole === false
      ? READER_ROLES.groupReadOther
      : READER_ROLES.groupReadRoleAssignable;
  requireDirectoryRole(state, ctx.caller, roles, ctx.clock.nowMs());
}

/** One grant or request by id: one's own, one awaiting one's approval, or as a group reader. */
function authorizeGroupRead(ctx: GraphContext, entity: unknown): void {
  if (!entity) return;
  const e = entity as Entity;
  const { state } = ctx.domain;
  if (callerPrincipals(state, ctx.caller).has(text(e.principalId).toLowerCase())) return;
  if (isApproverOf(ctx.domain, e, ctx.caller.userId)) return;
  requireGroupReader(ctx, text(e.groupId));
}

interface Family {
  segment: string;
  kind: string;
  type: EntityType;
  items: (state: TenantState) => readonly unknown[];
  scopes: ScopeRule;
  filterable: readonly string[];
  defaultOrder?: { property: string; descending: boolean };
}

function list(ctx: GraphContext, f: Family, where?: (item: Entity) => boolean): Response {
  return listCollection(ctx, {
    items: f.items(ctx.domain.state),
    where,
    // Function results name Collection(type), except request lists (their doc sample); every
    // function sample of PIM for Groups annotates its items (e.g.
    // privilegedaccessgroupassignmentschedulerequest-filterbycurrentuser.md).
    functionResult: where !== undefined && f.segment !== 'assignmentScheduleRequests',
    annotate: where !== undefined,
    type: f.type,
    contextPath: `${PG}/${f.segment}`,
    filter: pimFilter(f.filterable),
    defaultOrder: f.defaultOrder,
    pageSize: ctx.paging.pimPageSize,
  });
}

function family(f: Family, principalOptions: readonly string[]): Route[] {
  const base = `${PG}/${f.segment}`;
  return [
    {
      path: `${base}/filterByCurrentUser(on)`,
      methods: {
        GET: (ctx) => {
          authorize(ctx, f.scopes);
          const on = filterOn(ctx, principalOptions);
          const where =
            on === 'approver'
              ? (r: Entity) => isApproverOf(ctx.domain, r, ctx.caller.userId)
              : ownedBy(callerPrincipals(ctx.domain.state, ctx.caller));
          return list(ctx, f, where);
        },
      },
    },
    {
      path: base,
      methods: {
        GET: (ctx) => {
          authorizeGroupList(ctx, f.scopes);
          return list(ctx, f);
        },
      },
    },
    {
      path: `${base}/{id}`,
      methods: {
        GET: (ctx) => {
          authorize(ctx, f.scopes);
          const id = ctx.params.id ?? '';
          const entity = findById(f.items(ctx.domain.state) as { id?: string }[], id);
          authorizeGroupRead(ctx, entity);
          return getEntity(ctx, entity, f.type, base, () => pimNotFound(f.kind, id));
        },
      },
    },
  ];
}

const requests: Family = {
  segment: 'assignmentScheduleRequests',
  kind: 'privilegedAccessGroupAssignmentScheduleRequest',
  type: groupAssignmentScheduleRequestType,
  items: (s) => s.groupAssignmentScheduleRequests,
  scopes: SCOPES.groupAssignmentRead,
  filterable: [...SCOPED, 'status', 'action', 'createdDateTime', 'approvalId', 'targetScheduleId'],
  defaultOrder: { property: 'createdDateTime', descending: true },
};

const REQUESTS = `${PG}/assignmentScheduleRequests`;

export const groupRoutes: Route[] = [
  ...family(
    {
      segment: 'eligibilityScheduleInstances',
      kind: 'privilegedAccessGroupEligibilityScheduleInstance',
      type: groupEligibilityScheduleInstanceType,
      items: (s) => s.groupEligibilityScheduleInstances,
      scopes: SCOPES.groupEligibilityRead,
      filterable: [...SCOPED, 'startDateTime', 'endDateTime', 'eligibilityScheduleId'],
    },
    ['principal'],
  ),
  ...family(
    {
      segment: 'assignmentScheduleInstances',
      kind: 'privilegedAccessGroupAssignmentScheduleInstance',
      type: groupAssignmentScheduleInstanceType,
      items: (s) => s.groupAssignmentScheduleInstances,
      scopes: SCOPES.groupAssignmentRead,
      filterable: [
        ...SCOPED,
        'assignmentType',
        'startDateTime',
        'endDateTime',
        'assignmentScheduleId',
      ],
    },
    ['principal'],
  ),
  ...family(
    {
      segment: 'eligibilitySchedules',
      kind: 'privilegedAccessGroupEligibilitySchedule',
      type: groupEligibilityScheduleType,
      items: (s) => s.groupEligibilitySchedules,
      scopes: SCOPES.groupEligibilityRead,
      filterable: [...SCOPED, 'status', 'createdDateTime'],
    },
    ['principal'],
  ),
  ...family(
    {
      segment: 'assignmentSchedules',
      kind: 'privilegedAccessGroupAssignmentSchedule',
      type: groupAssignmentScheduleType,
      items: (s) => s.groupAssignmentSchedules,
      scopes: SCOPES.groupAssignmentRead,
      filterable: [...SCOPED, 'assignmentType', 'status', 'createdDateTime'],
    },
    ['principal'],
  ),
  {
    path: REQUESTS,
    methods: {
      POST: async (ctx) => {
        authorize(ctx, SCOPES.groupAssignmentWrite);
        const body = await ctx.json();
        const request = ctx.domain.submitGroupAssignmentRequest(ctx.caller, body, ctx.version);
        return created(ctx, request as Entity, groupAssignmentScheduleRequestType, REQUESTS);
      },
    },
  },
  ...family(requests, ['principal', 'approver']),
  {
    path: `${REQUESTS}/{id}/cancel`,
    methods: {
      POST: (ctx) => {
        authorize(ctx, SCOPES.groupAssignmentWrite);
        const id = ctx.params.id ?? '';
        if (!findById(ctx.domain.state.groupAssignmentScheduleRequests, id)) {
          throw pimNotFound(requests.kind, id);
        }
        ctx.domain.cancelGroupAssignmentRequest(ctx.caller, id);
        return noContent(ctx.ids);
      },
    },
  },
];
