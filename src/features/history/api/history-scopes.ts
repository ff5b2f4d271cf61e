/**
 * Delegated permissions of the History page, least privileged per API (GRAPH-PIM.md §2, §8).
 * Asked for together when an admin opens History (incremental consent), never at sign-in, so
 * one consent covers the page: the tenant's role and group requests, their approvals, the audit
 * log (which needs AuditLog.Read.All and Directory.Read.All together), and names of people.
 */
export const HISTORY_SCOPES: readonly string[] = [
  'RoleAssignmentSchedule.Read.Directory',
  'PrivilegedAssignmentSchedule.Read.AzureADGroup',
  'AuditLog.Read.All',
  'Directory.Read.All',
];

/** `?a=b&c=d`, each value percent-encoded (spaces, quotes and `$` in OData options). */
export function odataQuery(options: Readonly<Record<string, string | undefined>>): string {
  const parts = Object.entries(options)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/** An OData string literal: single quotes doubled, so a value can never end the literal. */
export function odataString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
