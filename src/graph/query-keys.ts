/**
 * The one React Query key tree. Every query key in the app comes from here, so that one
 * mutation (an activation, a decision) can invalidate every view it touches with a prefix:
 * `queryClient.invalidateQueries({ queryKey: pimKeys.mine() })` refreshes all of "my" PIM data.
 */
export const pimKeys = {
  all: ['pim'] as const,

  /** Everything about the signed-in user's own roles and requests. */
  mine: () => [...pimKeys.all, 'mine'] as const,
  /** The first-screen snapshot of My roles (eligible, active, requests, policies in one batch). */
  myRoles: () => [...pimKeys.mine(), 'roles'] as const,
  myRequests: () => [...pimKeys.mine(), 'requests'] as const,
  myHistory: () => [...pimKeys.mine(), 'history'] as const,
  /** The requests behind some of my activations (by schedule id, sorted), for their defaults. */
  originRequests: (scheduleIds: readonly string[]) =>
    [...pimKeys.mine(), 'origin-requests', [...scheduleIds].sort().join(',')] as const,
  /** Who decided the user's own decided requests (My history), by request ids, sorted. */
  myApprovers: (requestIds: readonly string[]) =>
    [...pimKeys.myHistory(), 'approvers', [...requestIds].sort().join(',')] as const,

  /** Policies by scope: directory role or group, keyed by the ids Graph filters on. */
  policies: () => [...pimKeys.all, 'policies'] as const,
  rolePolicy: (roleDefinitionId: string, directoryScopeId: string) =>
    [...pimKeys.policies(), 'role', roleDefinitionId, directoryScopeId] as const,
  /** Policies of several groups, fetched together (the set is sorted so order does not matter). */
  groupPolicies: (groupIds: readonly string[]) =>
    [...pimKeys.policies(), 'groups', [...groupIds].sort().join(',')] as const,
  groupPolicy: (groupId: string, accessId: string) =>
    [...pimKeys.policies(), 'group', groupId, accessId] as const,

  /** Approval stage rules (timeouts, approver justification) of several policies, sorted. */
  approvalStages: (policyKeys: readonly string[]) =>
    [...pimKeys.policies(), 'approval-stages', [...policyKeys].sort()] as const,

  /** The approver's queue and single approvals. */
  approvals: () => [...pimKeys.all, 'approvals'] as const,
  approvalQueue: () => [...pimKeys.approvals(), 'queue'] as const,
  approval: (requestId: string) => [...pimKeys.approvals(), 'detail', requestId] as const,
  /** What became of a request an approver opened by link (decided, expired, not theirs). */
  requestFate: (requestId: string) => [...pimKeys.approval(requestId), 'fate'] as const,
  /** One requester's earlier role and group requests, shown beside a request for context. */
  requesterHistory: (principalId: string) =>
    [...pimKeys.approvals(), 'requester-history', principalId] as const,
  /** The decisions recorded on one approval (its steps or stages). */
  approvalDecisions: (approvalId: string) =>
    [...pimKeys.approval(approvalId), 'decisions'] as const,

  /** The tenant's history and audit log (admins). */
  tenant: () => [...pimKeys.all, 'tenant'] as const,
  roleDefinitions: () => [...pimKeys.tenant(), 'role-definitions'] as const,
  history: (filters: Readonly<Record<string, string | undefined>>) =>
    [...pimKeys.tenant(), 'history', filters] as const,
  audit: (filters: Readonly<Record<string, string | undefined>>) =>
    [...pimKeys.tenant(), 'audit', filters] as const,
  /** People found by the requester picker, by what was typed (trimmed, lower case). */
  userSearch: (text: string) => [...pimKeys.tenant(), 'user-search', text] as const,
  /** The policy that applies to a role or a group membership, as History's detail shows it. */
  appliedPolicy: (scopeType: string, scopeId: string, roleDefinitionId: string) =>
    [...pimKeys.tenant(), 'applied-policy', scopeType, scopeId, roleDefinitionId] as const,
  /** When an elevation really began and ended, read from the request's audit entries. */
  actualTimes: (requestId: string) => [...pimKeys.tenant(), 'actual-times', requestId] as const,

  /** The signed-in user's own profile (`/me`). */
  me: () => [...pimKeys.all, 'me'] as const,

  /** Users and groups looked up by id (names for display). */
  directoryObject: (id: string) => [...pimKeys.all, 'directory-object', id] as const,
};
