import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import type { MyRole } from '../../../domain/my-role.ts';
import { requestsPath } from './activate-roles.ts';
import { MY_ROLES_SCOPES } from './my-roles-scopes.ts';
import { toOutcome, type RequestOutcome } from './request-outcome.ts';
import { submitInBatch, type WriteItem } from './submit-in-batch.ts';

/** `POST …/{id}/cancel` (no body, 204) withdraws a pending or scheduled request. */
export async function cancelRequests(
  client: GraphClient,
  roles: readonly MyRole[],
): Promise<RequestOutcome[]> {
  const withRequest = roles.flatMap((role) =>
    role.pending ? [{ role, pending: role.pending }] : [],
  );
  const items: WriteItem[] = withRequest.map(({ role, pending }, index) => ({
    id: String(index + 1),
    method: 'POST',
    url: `${requestsPath(role)}/${encodeURIComponent(pending.requestId)}/cancel`,
    claims: undefined,
  }));
  const results = await submitInBatch<undefined>(client, items, MY_ROLES_SCOPES);
  return withRequest.map(({ role, pending }, index) => {
    const result = results.get(String(index + 1));
    return result?.ok
      ? { key: role.key, kind: 'done', requestId: pending.requestId }
      : toOutcome(role.key, result);
  });
}

export function useCancelRequests(client: GraphClient = graph) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (roles: readonly MyRole[]) => cancelRequests(client, roles),
    // Not awaited: each role's outcome shows as soon as PIM answers; the list refreshes after.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: pimKeys.mine() });
    },
  });
}
