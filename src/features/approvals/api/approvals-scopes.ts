/**
 * Least-privileged delegated permissions for the approval queue (GRAPH-PIM.md §2, §6). Listing
 * role requests for the approver has no Read scope in the docs, and deciding needs ReadWrite on
 * both planes; the policies say how long a stage lasts and whether a decision needs a reason.
 */
export const APPROVALS_SCOPES: readonly string[] = [
  'RoleAssignmentSchedule.ReadWrite.Directory',
  'PrivilegedAssignmentSchedule.ReadWrite.AzureADGroup',
  'RoleManagementPolicy.Read.Directory',
  'RoleManagementPolicy.Read.AzureADGroup',
];

/** Builds `?a=b&c=d` with each value percent-encoded (spaces and `$` in OData options). */
export function odataQuery(options: Readonly<Record<string, string>>): string {
  const parts = Object.entries(options).map(
    ([name, value]) => `${name}=${encodeURIComponent(value)}`,
  );
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

export const RD = '/roleManagement/directory';
export const PG = '/identityGovernance/privilegedAccess/group';
