/**
 * Why an approver cannot see a requester's earlier requests, in words: which permission or
 * role is missing and who can grant it. Branches on Graph's error code, never on its message.
 */
import type { Plane } from './queue.ts';

export interface AccessFailure {
  status: number;
  code: string;
  innerCode?: string;
}

/** The documented least-privileged delegated permission of each list (covered by our ReadWrite). */
export const HISTORY_PERMISSION: Record<Plane, string> = {
  role: 'RoleAssignmentSchedule.Read.Directory',
  group: 'PrivilegedAssignmentSchedule.Read.AzureADGroup',
};

/** The Entra roles the docs accept for reading other people's requests (RBAC notes of each list). */
export const HISTORY_READER_ROLES: Record<Plane, string> = {
  role: 'Global Reader, Security Reader, Security Operator, Security Administrator or Privileged Role Administrator',
  group:
    'Global Reader or Privileged Role Administrator (role-assignable groups), or Groups Administrator, Identity Governance Administrator, User Administrator or Directory Writers (other groups), unless you own or belong to the group',
};

const PLANE_NOUN: Record<Plane, string> = { role: 'directory role', group: 'group' };

export type AccessProblem =
  | { kind: 'consent'; text: string }
  | { kind: 'role'; text: string }
  | { kind: 'other'; text: string };

export function historyAccessProblem(failure: AccessFailure, plane: Plane): AccessProblem {
  const noun = PLANE_NOUN[plane];
  if (failure.innerCode === 'PermissionScopeNotGranted') {
    return {
      kind: 'consent',
      text: `The portal has not been granted ${HISTORY_PERMISSION[plane]} in your tenant, so it cannot read ${noun} requests. A Global Administrator or Privileged Role Administrator can grant admin consent to the portal.`,
    };
  }
  if (failure.status === 403) {
    return {
      kind: 'role',
      text: `Reading another person's ${noun} requests needs an active Microsoft Entra role: ${HISTORY_READER_ROLES[plane]}. A Privileged Role Administrator can assign one; if you are eligible, activate it in My roles and try again.`,
    };
  }
  return {
    kind: 'other',
    text: `The ${noun} requests could not be read (code ${failure.innerCode ?? failure.code}).`,
  };
}
