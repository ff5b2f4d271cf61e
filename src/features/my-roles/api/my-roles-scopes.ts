/**
 * Least-privileged delegated permissions for My roles (GRAPH-PIM.md §2). Reading one's own
 * requests has no Read scope in the docs, so the ReadWrite one (also needed to activate) is used.
 */
export const MY_ROLES_SCOPES: readonly string[] = [
  'RoleEligibilitySchedule.Read.Directory',
  'RoleAssignmentSchedule.ReadWrite.Directory',
  'RoleManagementPolicy.Read.Directory',
  'PrivilegedEligibilitySchedule.Read.AzureADGroup',
  'PrivilegedAssignmentSchedule.ReadWrite.AzureADGroup',
  'RoleManagementPolicy.Read.AzureADGroup',
];

/** Builds `?a=b&c=d` with each value percent-encoded (spaces and `$` in OData options). */
export function odataQuery(options: Readonly<Record<string, string>>): string {
  const parts = Object.entries(options).map(
    ([name, value]) => `${name}=${encodeURIComponent(value)}`,
  );
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}
