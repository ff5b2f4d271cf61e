import type { BatchRequestItem } from '../../../graph/batch-chunks.ts';
import type { BatchItemResult } from '../../../graph/batch.ts';
import type { GraphClient } from '../../../graph/client.ts';

export interface WriteItem extends BatchRequestItem {
  /** Claims known up front (the policy's authentication context), else undefined. */
  claims: string | undefined;
}

/**
 * Sends writes in `$batch`, one token per distinct claims set (a `$batch` call carries one
 * token). An item that comes back with a claims challenge is sent once more with those claims,
 * grouped so the user steps up once per claims set, not once per role; a second challenge is
 * the answer. The Graph client resends throttled items itself; nothing else is ever resent.
 */
export async function submitInBatch<T>(
  client: GraphClient,
  items: readonly WriteItem[],
  scopes: readonly string[],
): Promise<Map<string, BatchItemResult<T>>> {
  const results = new Map<string, BatchItemResult<T>>();
  const send = async (group: readonly WriteItem[], claims: string | undefined): Promise<void> => {
    const answers = await client.batch<T>(
      group.map(({ claims: _claims, ...item }) => item),
      { scopes, claims },
    );
    for (const answer of answers) results.set(answer.id, answer);
  };

  for (const [claims, group] of groupByClaims(items, (item) => item.claims)) {
    await send(group, claims);
  }
  const challenged = items.flatMap((item) => {
    const result = results.get(item.id);
    return result && !result.ok && result.error.claims !== undefined && item.claims === undefined
      ? [{ ...item, claims: result.error.claims }]
      : [];
  });
  for (const [claims, group] of groupByClaims(challenged, (item) => item.claims)) {
    await send(group, claims);
  }
  return results;
}

function groupByClaims<T>(
  items: readonly T[],
  claimsOf: (item: T) => string | undefined,
): Map<string | undefined, T[]> {
  const groups = new Map<string | undefined, T[]>();
  for (const item of items) {
    const key = claimsOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}
