import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import type { MyRole } from '../../../domain/my-role.ts';
import { requestsPath } from './activate-roles.ts';
import { MY_ROLES_SCOPES } from './my-roles-scopes.ts';
import { toOutcome, type RequestOutcome } from './request-outcome.ts';
import { submitInBatch, type WriteItem } from './submit-in-batch.ts';

/**
 * `selfDeactivate` names the target and nothing else: Graph documents no deactivation sample,
 * and clients in the field send no `scheduleInfo` (GRAPH-PIM.md §3).
 */
export function deactivationBody(role: MyRole, principalId: string): Record<string, unknown> {
  const { target } = role;
  const common = { action: 'selfDeactivate', principalId };
  if (target.plane === 'group') {
    return { ...common, groupId: target.groupId, accessId: target.accessId };
  }
  return {
    ...common,
    roleDefinitionId: target.roleDefinitionId,
    ...(target.appScopeId
      ? { appScopeId: target.appScopeId }
      : { directoryScopeId: target.directoryScopeId }),
  };
}

export async function deactivateRoles(
  client: GraphClient,
  principalId: string,
  roles: readonly MyRole[],
): Promise<RequestOutcome[]> {
  const items: WriteItem[] = roles.map((role, index) => ({
    id: String(index + 1),
    method: 'POST',
    url: requestsPath(role),
    body: deactivationBody(role, principalId),
    claims: undefined,
  }));
  const results = await submitInBatch<{ id?: string; status?: string }>(
    client,
    items,
    MY_ROLES_SCOPES,
  );
  return roles.map((role, index) => toOutcome(role.key, results.get(String(index + 1))));
}

export function useDeactivateRoles(client: GraphClient = graph) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ principalId, roles }: { principalId: string; roles: readonly MyRole[] }) =>
      deactivateRoles(client, principalId, roles),
    // Not awaited: each role's outcome shows as soon as PIM answers; the list refreshes after.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: pimKeys.mine() });
    },
  });
}
