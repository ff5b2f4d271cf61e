import { useMsal } from '@azure/msal-react';
import { useMemo } from 'react';
import type { MyRole } from '../../../domain/my-role.ts';
import { useGroupPolicies } from '../api/get-group-policies.ts';
import { useMyRoles } from '../api/get-my-roles.ts';
import { accountKnownGroupsKey, localGroupMemory, type GroupMemory } from '../api/known-groups.ts';
import { groupIdsOfRoles, groupPolicyKey } from '../api/map-my-roles.ts';

/** The signed-in user's remembered PIM groups in this tenant (none when nobody is known). */
function useGroupMemory(): GroupMemory | undefined {
  const { instance } = useMsal();
  const key = accountKnownGroupsKey(instance.getActiveAccount());
  return useMemo(() => localGroupMemory(key), [key]);
}

/** My roles with group policies filled in as soon as their follow-up batch answers. */
export function useRoleList(pollEvery: (roles: MyRole[] | undefined) => number | false) {
  const query = useMyRoles(pollEvery, useGroupMemory());
  const data = query.data;
  const groupIds = useMemo(() => groupIdsOfRoles(data?.roles ?? []), [data]);
  // While only the first page is in, the group ids may not all be known yet: wait for them.
  const groupPolicies = useGroupPolicies(groupIds, data?.complete === true);
  const roles = useMemo<MyRole[] | undefined>(() => {
    const policies = groupPolicies.data;
    if (!data || !policies) return data?.roles;
    return data.roles.map((role) =>
      role.target.plane === 'group' && !role.policy
        ? {
            ...role,
            policy: policies.get(groupPolicyKey(role.target.groupId, role.target.accessId)),
          }
        : role,
    );
  }, [data, groupPolicies.data]);
  const policiesPending = groupIds.length > 0 && groupPolicies.data === undefined;
  return {
    query,
    roles,
    /** Only the first page is shown; the rest of the list is on its way. */
    loadingMore: data?.complete === false,
    groupPoliciesError: groupPolicies.error,
    /** The list is usable while group policies are still on their way; the grid says so. */
    policiesPending: policiesPending && !groupPolicies.error,
    // Presets and links wait for group policies, so each role's cap is known before the form opens.
    policiesSettled: data?.complete === true && (!policiesPending || !!groupPolicies.error),
  };
}
