import { policyRequirements } from './policy.ts';
import { roleState, type MyRole, type RoleState } from './my-role.ts';

export type Requirement = 'Justification' | 'Ticket' | 'MFA' | 'Auth context' | 'Approval' | 'None';

export interface RoleFilter {
  text: string;
  plane: 'all' | 'role' | 'group';
  state: 'all' | RoleState;
  requirement: 'all' | Requirement;
}

export const NO_FILTER: RoleFilter = { text: '', plane: 'all', state: 'all', requirement: 'all' };

/** Case-insensitive search over the name, scope and description, plus the three facets. */
export function filterRoles(roles: readonly MyRole[], filter: RoleFilter): MyRole[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return roles.filter((role) => {
    if (filter.plane !== 'all' && role.target.plane !== filter.plane) return false;
    if (filter.state !== 'all' && roleState(role) !== filter.state) return false;
    if (filter.requirement !== 'all') {
      if (!role.policy) return false;
      const needs = policyRequirements(role.policy);
      const matches =
        filter.requirement === 'None' ? needs.length === 0 : needs.includes(filter.requirement);
      if (!matches) return false;
    }
    const haystack =
      `${role.displayName} ${role.scope.displayName} ${role.description ?? ''}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

const STATE_ORDER: Record<RoleState, number> = {
  active: 0,
  activating: 1,
  pending: 2,
  scheduled: 3,
  eligible: 4,
  assigned: 5,
};

/** Active and in-flight roles first, then by name: what people look for in the morning. */
export function sortRoles(roles: readonly MyRole[]): MyRole[] {
  return [...roles].sort(
    (a, b) =>
      STATE_ORDER[roleState(a)] - STATE_ORDER[roleState(b)] ||
      a.displayName.localeCompare(b.displayName) ||
      a.scope.displayName.localeCompare(b.scope.displayName),
  );
}
