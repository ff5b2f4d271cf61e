import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UnifiedRoleDefinition } from '@microsoft/microsoft-graph-types';
import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import { HISTORY_SCOPES } from './history-scopes.ts';

export interface RoleOption {
  id: string;
  displayName: string;
}

/** The tenant's role definitions, for the role filter (its id is what Graph filters on). */
export async function getRoleDefinitions(
  client: GraphClient = graph,
  signal?: AbortSignal,
): Promise<RoleOption[]> {
  const roles = await client.getAll<UnifiedRoleDefinition>(
    '/roleManagement/directory/roleDefinitions?$select=id,displayName',
    { scopes: HISTORY_SCOPES, signal },
  );
  return roles
    .map((r) => ({ id: r.id ?? '', displayName: r.displayName ?? r.id ?? '' }))
    .filter((r) => r.id !== '')
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export function roleDefinitionsQueryOptions(client: GraphClient = graph) {
  return queryOptions({
    queryKey: pimKeys.roleDefinitions(),
    queryFn: ({ signal }) => getRoleDefinitions(client, signal),
    staleTime: 60 * 60_000,
  });
}

export function useRoleDefinitions() {
  return useQuery(roleDefinitionsQueryOptions());
}
