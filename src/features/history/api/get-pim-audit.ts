import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';
import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import { HISTORY_SCOPES, odataQuery, odataString } from './history-scopes.ts';

export interface AuditFilters {
  /** ISO instants, inclusive. */
  from: string;
  to: string;
  /** An exact `activityDisplayName`, or empty for every PIM activity. */
  activity?: string;
}

export interface AuditPage {
  items: DirectoryAudit[];
  nextLink: string | undefined;
}

export const AUDIT_PAGE_SIZE = 50;

/** Every filter runs on the server (directoryaudit-list: `$filter` eq/ge/le, `$top`, `$orderby`). */
export function pimAuditUrl(filters: AuditFilters): string {
  const clauses = [
    "loggedByService eq 'PIM'",
    `activityDateTime ge ${filters.from}`,
    `activityDateTime le ${filters.to}`,
  ];
  if (filters.activity) clauses.push(`activityDisplayName eq ${odataString(filters.activity)}`);
  return `/auditLogs/directoryAudits${odataQuery({
    $filter: clauses.join(' and '),
    $top: String(AUDIT_PAGE_SIZE),
    $orderby: 'activityDateTime desc',
  })}`;
}

export async function getPimAuditPage(
  url: string,
  client: GraphClient = graph,
  signal?: AbortSignal,
): Promise<AuditPage> {
  const page = await client.get<{ value?: DirectoryAudit[]; '@odata.nextLink'?: string }>(url, {
    scopes: HISTORY_SCOPES,
    signal,
  });
  return { items: page.value ?? [], nextLink: page['@odata.nextLink'] };
}

export function pimAuditQueryOptions(filters: AuditFilters, client: GraphClient = graph) {
  return infiniteQueryOptions({
    queryKey: pimKeys.audit({ ...filters }),
    queryFn: ({ pageParam, signal }) => getPimAuditPage(pageParam, client, signal),
    initialPageParam: pimAuditUrl(filters),
    getNextPageParam: (last: AuditPage) => last.nextLink,
    staleTime: 5 * 60_000,
  });
}

export function usePimAudit(filters: AuditFilters) {
  return useInfiniteQuery(pimAuditQueryOptions(filters));
}
