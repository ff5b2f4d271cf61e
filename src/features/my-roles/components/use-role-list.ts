import { useMemo } from 'react';
import type { MyRole } from '../../../domain/my-role.ts';
import { useGroupPolicies } from '../api/get-group-policies.ts';
import { useMyRoles } from '../api/get-my-roles.ts';
import { groupPolicyKey } from '../api/map-my-roles.ts';

/** My roles with group policies filled in as soon as their follow-up batch answers. */
export function useRoleList(pollEvery: (roles: MyRole[] | undefined) => number | false) {
  const query = useMyRoles(pollEvery);
  const groupIds = useMemo(() => {
    const ids = new Set<string>();
    for (const role of query.data ?? []) {
      if (role.target.plane === 'group') ids.add(role.target.groupId);
    }
    return [...ids].sort();
  }, [query.data]);
  const groupPolicies = useGroupPolicies(groupIds);
  const roles = useMemo<MyRole[] | undefined>(() => {
    const policies = groupPolicies.data;
    if (!query.data || !policies) return query.data;
    return query.data.map((role) =>
      role.target.plane === 'group' && !role.policy
        ? {
            ...role,
            policy: policies.get(groupPolicyKey(role.target.groupId, role.target.accessId)),
          }
        : role,
    );
  }, [query.data, groupPolicies.data]);
  const policiesPending = groupIds.length > 0 && groupPolicies.isPending;
  return {
    query,
    roles,
    groupPoliciesError: groupPolicies.error,
    /** The list is usable while group policies are still on their way; the grid says so. */
    policiesPending,
    // Presets and links wait for group policies, so each role's cap is known before the form opens.
    policiesSettled: !policiesPending,
  };
}
