import type { TenantState } from '../state.ts';
import { getEntity, listCollection, pimNotFound } from './collection.ts';
import type { GraphContext, Route } from './context.ts';
import { findById, type Entity, type EntityType } from './entity-model.ts';
import {
  roleAssignmentScheduleInstanceType,
  roleAssignmentScheduleType,
  roleEligibilityScheduleInstanceType,
  roleEligibilityScheduleType,
} from './entity-types-pim.ts';
import {
  authorize,
  authorizeRead,
  callerPrincipals,
  filterOn,
  ownedBy,
  pimFilter,
} from './route-helpers.ts';
import { roleDefinitionRoutes, roleRequestRoutes } from './routes-role-requests.ts';
import { SCOPES, type ScopeRule } from './scopes.ts';

const RD = 'roleManagement/directory';
const SCOPED = ['id', 'principalId', 'roleDefinitionId', 'directoryScopeId', 'appScopeId'];

interface Family {
  segment: string;
  kind: string;
  type: EntityType;
  items: (state: TenantState) => readonly unknown[];
  scopes: ScopeRule;
  filterable: readonly string[];
}

/** Instances and schedules: list (tenant-wide), filterByCurrentUser(on='principal'), get. */
function readOnlyFamily(f: Family): Route[] {
  const contextPath = `${RD}/${f.segment}`;
  const list = (ctx: GraphContext, where?: (item: Entity) => boolean): Response =>
    listCollection(ctx, {
      items: f.items(ctx.domain.state),
      where,
      functionResult: where !== undefined,
      type: f.type,
      contextPath,
      filter: pimFilter(f.filterable),
      pageSize: ctx.paging.pimPageSize,
    });
  return [
    {
      path: `${contextPath}/filterByCurrentUser(on)`,
      methods: {
        GET: (ctx) => {
          authorize(ctx, f.scopes);
          filterOn(ctx, ['principal']);
          const mine = ownedBy(callerPrincipals(ctx.domain.state, ctx.caller));
          return list(ctx, mine);
        },
      },
    },
    {
      path: contextPath,
      methods: {
        GET: (ctx) => {
          authorize(ctx, f.scopes, true);
          return list(ctx);
        },
      },
    },
    {
      path: `${contextPath}/{id}`,
      methods: {
        GET: (ctx) => {
          authorize(ctx, f.scopes);
          const id = ctx.params.id ?? '';
          const entity = findById(f.items(ctx.domain.state) as { id?: string }[], id);
          authorizeRead(ctx, entity);
          return getEntity(ctx, entity, f.type, contextPath, () => pimNotFound(f.kind, id));
        },
      },
    },
  ];
}

export const roleRoutes: Route[] = [
  ...readOnlyFamily({
    segment: 'roleEligibilityScheduleInstances',
    kind: 'unifiedRoleEligibilityScheduleInstance',
    type: roleEligibilityScheduleInstanceType,
    items: (s) => s.roleEligibilityScheduleInstances,
    scopes: SCOPES.roleEligibilityRead,
    filterable: [
      ...SCOPED,
      'memberType',
      'startDateTime',
      'endDateTime',
      'roleEligibilityScheduleId',
    ],
  }),
  ...readOnlyFamily({
    segment: 'roleAssignmentScheduleInstances',
    kind: 'unifiedRoleAssignmentScheduleInstance',
    type: roleAssignmentScheduleInstanceType,
    items: (s) => s.roleAssignmentScheduleInstances,
    scopes: SCOPES.roleAssignmentRead,
    filterable: [
      ...SCOPED,
      'assignmentType',
      'memberType',
      'startDateTime',
      'endDateTime',
      'roleAssignmentScheduleId',
      'roleAssignmentOriginId',
    ],
  }),
  ...readOnlyFamily({
    segment: 'roleEligibilitySchedules',
    kind: 'unifiedRoleEligibilitySchedule',
    type: roleEligibilityScheduleType,
    items: (s) => s.roleEligibilitySchedules,
    scopes: SCOPES.roleEligibilityRead,
    filterable: [...SCOPED, 'memberType', 'status', 'createdDateTime'],
  }),
  ...readOnlyFamily({
    segment: 'roleAssignmentSchedules',
    kind: 'unifiedRoleAssignmentSchedule',
    type: roleAssignmentScheduleType,
    items: (s) => s.roleAssignmentSchedules,
    scopes: SCOPES.roleAssignmentRead,
    filterable: [...SCOPED, 'assignmentType', 'memberType', 'status', 'createdDateTime'],
  }),
  ...roleRequestRoutes,
  ...roleDefinitionRoutes,
];
