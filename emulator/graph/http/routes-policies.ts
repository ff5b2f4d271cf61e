import { getEntity, listCollection, pimNotFound } from './collection.ts';
import type { GraphContext, Route } from './context.ts';
import { badRequest } from './envelope.ts';
import { findById } from './entity-model.ts';
import { equalityValues } from './odata-filter-eval.ts';
import { policyAssignmentType, policyRuleType, policyType } from './entity-types-policy.ts';
import { pimFilter } from './route-helpers.ts';
import { SCOPES, requireScopes } from './scopes.ts';

const ASSIGNMENTS = 'policies/roleManagementPolicyAssignments';
const POLICIES = 'policies/roleManagementPolicies';

/**
 * Both lists require `$filter` on `scopeId` and `scopeType` (the docs' "Optional query
 * parameters"); the scope type decides which permission family applies.
 */
function requireScopeFilter(ctx: GraphContext): void {
  const scopeType = equalityValues(ctx.query.filter, 'scopeType');
  const scopeId = equalityValues(ctx.query.filter, 'scopeId');
  if (scopeType.length === 0 || scopeId.length === 0) {
    throw badRequest(
      "The filter must include 'scopeId eq' and 'scopeType eq' (for example, scopeId eq '/' and scopeType eq 'DirectoryRole').",
    );
  }
  const isGroup = scopeType.every((t) => t.toLowerCase() === 'group');
  requireScopes(ctx.caller, isGroup ? SCOPES.groupPolicyRead : SCOPES.rolePolicyRead);
}

/** For a single policy, the permission family follows the policy's own scope type. */
function requireScopesFor(
  ctx: GraphContext,
  entity: { scopeType?: string | null } | undefined,
): void {
  const isGroup = entity?.scopeType?.toLowerCase() === 'group';
  requireScopes(ctx.caller, isGroup ? SCOPES.groupPolicyRead : SCOPES.rolePolicyRead);
}

const filterCaps = pimFilter(['id', 'scopeId', 'scopeType', 'roleDefinitionId', 'policyId']);

export const policyRoutes: Route[] = [
  {
    path: ASSIGNMENTS,
    methods: {
      GET: (ctx) => {
        requireScopeFilter(ctx);
        return listCollection(ctx, {
          items: ctx.domain.state.roleManagementPolicyAssignments,
          type: policyAssignmentType,
          contextPath: ASSIGNMENTS,
          filter: filterCaps,
          pageSize: ctx.paging.pimPageSize,
        });
      },
    },
  },
  {
    path: `${ASSIGNMENTS}/{id}`,
    methods: {
      GET: (ctx) => {
        const id = ctx.params.id ?? '';
        const entity = findById(ctx.domain.state.roleManagementPolicyAssignments, id);
        requireScopesFor(ctx, entity);
        return getEntity(ctx, entity, policyAssignmentType, ASSIGNMENTS, () =>
          pimNotFound('unifiedRoleManagementPolicyAssignment', id),
        );
      },
    },
  },
  {
    path: POLICIES,
    methods: {
      GET: (ctx) => {
        requireScopeFilter(ctx);
        return listCollection(ctx, {
          items: ctx.domain.state.roleManagementPolicies,
          type: policyType,
          contextPath: POLICIES,
          filter: pimFilter(['id', 'scopeId', 'scopeType', 'displayName', 'isOrganizationDefault']),
          pageSize: ctx.paging.pimPageSize,
        });
      },
    },
  },
  {
    path: `${POLICIES}/{id}`,
    methods: {
      GET: (ctx) => {
        const id = ctx.params.id ?? '';
        const entity = findById(ctx.domain.state.roleManagementPolicies, id);
        requireScopesFor(ctx, entity);
        return getEntity(ctx, entity, policyType, POLICIES, () =>
          pimNotFound('unifiedRoleManagementPolicy', id),
        );
      },
    },
  },
  {
    path: `${POLICIES}/{id}/rules`,
    methods: {
      GET: (ctx) => {
        const id = ctx.params.id ?? '';
        const policy = findById(ctx.domain.state.roleManagementPolicies, id);
        requireScopesFor(ctx, policy);
        if (!policy) throw pimNotFound('unifiedRoleManagementPolicy', id);
        return listCollection(ctx, {
          items: policy.rules ?? [],
          type: policyRuleType,
          contextPath: `${POLICIES}('${id}')/rules`,
          pageSize: ctx.paging.pimPageSize,
        });
      },
    },
  },
  {
    path: `${POLICIES}/{id}/rules/{ruleId}`,
    methods: {
      GET: (ctx) => {
        const id = ctx.params.id ?? '';
        const ruleId = ctx.params.ruleId ?? '';
        const policy = findById(ctx.domain.state.roleManagementPolicies, id);
        requireScopesFor(ctx, policy);
        const rule = policy?.rules?.find((r) => r.id === ruleId);
        return getEntity(ctx, rule, policyRuleType, `${POLICIES}('${id}')/rules`, () =>
          pimNotFound('unifiedRoleManagementPolicyRule', ruleId),
        );
      },
    },
  },
];
