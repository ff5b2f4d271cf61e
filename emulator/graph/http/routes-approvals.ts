import type { GraphVersion } from '../pim/domain.ts';
import { getEntity, listCollection, pimNotFound } from './collection.ts';
import type { GraphContext, Route } from './context.ts';
import { noContent, odataJson } from './envelope.ts';
import { contextUrl, renderEntity, validateShape } from './serialise.ts';
import { text, type Entity, type EntityType } from './entity-model.ts';
import {
  approvalBetaType,
  approvalStageType,
  approvalStepType,
  approvalV1Type,
  stepsFor,
} from './entity-types-approval.ts';
import { authorizeRead, filterOn } from './route-helpers.ts';
import { SCOPES, requireScopes, type ScopeRule } from './scopes.ts';

interface Plane {
  kind: 'role' | 'group';
  base: string;
  read: ScopeRule;
  write: ScopeRule;
}

function approvalOf(ctx: GraphContext, plane: Plane): Entity {
  const id = ctx.params.id ?? '';
  const found = ctx.domain.state.approvals.get(id);
  if (found?.kind !== plane.kind) throw pimNotFound('approval', id);
  return found.approval as Entity;
}

/** The requestor, its approvers and readers may see an approval (its id is the request's). */
function authorizeApprovalRead(ctx: GraphContext, plane: Plane, approval: Entity): void {
  const request = ctx.domain.requestById(text(approval.id));
  const samePlane = request !== undefined && 'groupId' in request === (plane.kind === 'group');
  authorizeRead(ctx, samePlane ? request : undefined);
}

/** v1.0 names an approval's steps `stages`; beta names them `steps`. */
function approvalType(version: GraphVersion): EntityType {
  return version === 'beta' ? approvalBetaType : approvalV1Type;
}

/**
 * An approval's steps are contained in it, and Graph returns them inline with their own
 * context annotation (see the PIM approval how-to's sample), `$expand` or not.
 */
function renderApproval(ctx: GraphContext, plane: Plane, approval: Entity): Response {
  const nav = ctx.version === 'beta' ? 'steps' : 'stages';
  const type = approvalType(ctx.version);
  validateShape(type, ctx.query.select, ctx.query.expand);
  const expand = ctx.query.expand.some((e) => e.name === nav)
    ? ctx.query.expand
    : [...ctx.query.expand, { name: nav, expand: [] }];
  const { [nav]: steps, ...rest } = renderEntity(approval, type, ctx.env, {
    select: ctx.query.select,
    expand,
  });
  return odataJson(ctx.ids, {
    '@odata.context': contextUrl(ctx.version, plane.base, { expand: [], entity: true }),
    ...rest,
    [`${nav}@odata.context`]: contextUrl(
      ctx.version,
      `${plane.base}('${String(approval.id)}')/${nav}`,
      { expand: [] },
    ),
    [nav]: steps,
  });
}

function planeRoutes(plane: Plane, versions: readonly GraphVersion[]): Route[] {
  const listSteps = (collection: 'steps' | 'stages') => (ctx: GraphContext) => {
    requireScopes(ctx.caller, plane.read);
    const approval = approvalOf(ctx, plane);
    authorizeApprovalRead(ctx, plane, approval);
    return listCollection(ctx, {
      items: stepsFor(approval, ctx.env),
      type: collection === 'steps' ? approvalStepType : approvalStageType,
      contextPath: `${plane.base}('${String(approval.id)}')/${collection}`,
      pageSize: ctx.paging.pimPageSize,
    });
  };
  const getStep = (collection: 'steps' | 'stages') => (ctx: GraphContext) => {
    requireScopes(ctx.caller, plane.read);
    const approval = approvalOf(ctx, plane);
    authorizeApprovalRead(ctx, plane, approval);
    const stepId = ctx.params.stepId ?? '';
    const step = stepsFor(approval, ctx.env).find((s) => s.id === stepId);
    const type = collection === 'steps' ? approvalStepType : approvalStageType;
    return getEntity(ctx, step, type, `${plane.base}('${String(approval.id)}')/${collection}`, () =>
      pimNotFound('approvalStep', stepId),
    );
  };
  const decide = async (ctx: GraphContext) => {
    requireScopes(ctx.caller, plane.write);
    const approval = approvalOf(ctx, plane);
    const body = await ctx.json();
    ctx.domain.decideApprovalStep(ctx.caller, String(approval.id), ctx.params.stepId ?? '', body);
    return noContent(ctx.ids);
  };
  return [
    {
      path: `${plane.base}/filterByCurrentUser(on)`,
      versions: ['beta'],
      methods: {
        GET: (ctx) => {
          requireScopes(ctx.caller, plane.read);
          filterOn(ctx, ['approver']);
          const { state } = ctx.domain;
          const me = ctx.caller.userId;
          const items = [...state.approvals.values()]
            .filter((a) => a.kind === plane.kind)
            .map((a) => a.approval as Entity)
            .filter((a) => ctx.domain.isApprover(text(a.id), me));
          return listCollection(ctx, {
            items,
            type: approvalBetaType,
            contextPath: plane.base,
            pageSize: ctx.paging.pimPageSize,
          });
        },
      },
    },
    {
      path: `${plane.base}/{id}`,
      versions,
      methods: {
        GET: (ctx) => {
          requireScopes(ctx.caller, plane.read);
          const approval = approvalOf(ctx, plane);
          authorizeApprovalRead(ctx, plane, approval);
          return renderApproval(ctx, plane, approval);
        },
      },
    },
    { path: `${plane.base}/{id}/steps`, versions, methods: { GET: listSteps('steps') } },
    {
      path: `${plane.base}/{id}/steps/{stepId}`,
      versions,
      methods: { GET: getStep('steps'), PATCH: decide },
    },
    { path: `${plane.base}/{id}/stages`, versions, methods: { GET: listSteps('stages') } },
    {
      path: `${plane.base}/{id}/stages/{stepId}`,
      versions,
      methods: { GET: getStep('stages'), PATCH: decide },
    },
  ];
}

export const approvalRoutes: Route[] = [
  // Role approvals exist only in beta (approval-list-steps, approvalstep-update).
  ...planeRoutes(
    {
      kind: 'role',
      base: 'roleManagement/directory/roleAssignmentApprovals',
      read: SCOPES.roleAssignmentRead,
      write: SCOPES.roleAssignmentWrite,
    },
    ['beta'],
  ),
  ...planeRoutes(
    {
      kind: 'group',
      base: 'identityGovernance/privilegedAccess/group/assignmentApprovals',
      read: SCOPES.groupAssignmentRead,
      write: SCOPES.groupAssignmentWrite,
    },
    ['v1.0', 'beta'],
  ),
];
