import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BatchItemResult } from '../../../graph/batch.ts';
import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import type { MyRole } from '../../../domain/my-role.ts';
import { stepUpClaims } from '../../../domain/policy.ts';
import type { ActivationInput } from '../../../domain/validation.ts';
import { activationBody, requestsPath } from './activate-roles.ts';
import { deactivationBody } from './deactivate-roles.ts';
import { MY_ROLES_SCOPES } from './my-roles-scopes.ts';
import { toOutcome } from './request-outcome.ts';
import { submitInBatch, type WriteItem } from './submit-in-batch.ts';

export interface ExtensionItem {
  role: MyRole;
  route: 'selfExtend' | 'reactivate';
  input: ActivationInput;
}

type Failure = Extract<ReturnType<typeof toOutcome>, { kind: 'failed' }>;

/** What became of one extension, in the words the warning shows. */
export type ExtensionOutcome =
  | { key: string; kind: 'extended'; end: Date; requestId: string }
  | { key: string; kind: 'pending'; requestId: string }
  /** `ended`: the old activation was ended but the new one refused; the role is off now. */
  | (Failure & { ended: boolean });

interface RequestReply {
  id?: string;
  status?: string | null;
  scheduleInfo?: { startDateTime?: string | null } | null;
}

/** `selfExtend` asks for the assignment to run on for the given duration from now. */
export function selfExtendBody(
  role: MyRole,
  principalId: string,
  input: ActivationInput,
  now: Date,
): Record<string, unknown> {
  const body = activationBody(role, principalId, input.durationMinutes, input, now);
  return { ...body, action: 'selfExtend' };
}

/** PIM may refuse a new activation while the ended one is still being removed: wait, once. */
export const REACTIVATE_RETRY_MS = 2000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function outcomeOf(
  item: ExtensionItem,
  result: BatchItemResult<RequestReply> | undefined,
  sentAt: Date,
  ended: boolean,
): ExtensionOutcome {
  const outcome = toOutcome(item.role.key, result);
  if (outcome.kind === 'failed') return { ...outcome, ended };
  if (outcome.kind === 'pending')
    return { key: outcome.key, kind: 'pending', requestId: outcome.requestId };
  const reply = result?.ok ? result.body : undefined;
  const start = new Date(reply?.scheduleInfo?.startDateTime ?? sentAt.toISOString());
  const end = new Date(start.getTime() + item.input.durationMinutes * 60_000);
  return { key: outcome.key, kind: 'extended', end, requestId: outcome.requestId };
}

/**
 * Extends each role by its route (see `extensionRoute`): `selfExtend` requests and the
 * deactivations of re-activations go in one `$batch`; then, for each activation that ended, the
 * new activation in a second one. A role whose deactivation fails keeps its activation and says
 * why. Nothing is sent twice, except an activation PIM refused as `RoleAssignmentExists` right
 * after the old one ended (removal is asynchronous in Entra), which is tried once more.
 */
export async function extendRoles(
  client: GraphClient,
  principalId: string,
  items: readonly ExtensionItem[],
  clock: () => Date = () => new Date(),
  wait: (ms: number) => Promise<unknown> = sleep,
): Promise<ExtensionOutcome[]> {
  const claimsOf = (role: MyRole) => (role.policy ? stepUpClaims(role.policy) : undefined);
  const first = clock();
  const firstItems: WriteItem[] = items.map(({ role, route, input }, index) => ({
    id: String(index + 1),
    method: 'POST',
    url: requestsPath(role),
    body:
      route === 'selfExtend'
        ? selfExtendBody(role, principalId, input, first)
        : deactivationBody(role, principalId),
    claims: route === 'selfExtend' ? claimsOf(role) : undefined,
  }));
  const firstResults = await submitInBatch<RequestReply>(client, firstItems, MY_ROLES_SCOPES);

  const outcomes = new Map<string, ExtensionOutcome>();
  const toActivate: ExtensionItem[] = [];
  items.forEach((item, index) => {
    const result = firstResults.get(String(index + 1));
    if (item.route === 'selfExtend') {
      outcomes.set(item.role.key, outcomeOf(item, result, first, false));
      return;
    }
    const alreadyEnded = result && !result.ok && result.error.code === 'RoleAssignmentDoesNotExist';
    if (result?.ok || alreadyEnded) toActivate.push(item);
    else outcomes.set(item.role.key, outcomeOf(item, result, first, false));
  });

  const activate = async (batch: readonly ExtensionItem[]) => {
    const sentAt = clock();
    const results = await submitInBatch<RequestReply>(
      client,
      batch.map(({ role, input }, index) => ({
        id: String(index + 1),
        method: 'POST',
        url: requestsPath(role),
        body: activationBody(role, principalId, input.durationMinutes, input, sentAt),
        claims: claimsOf(role),
      })),
      MY_ROLES_SCOPES,
    );
    return batch.map((item, index) => ({ item, result: results.get(String(index + 1)), sentAt }));
  };
  let answers = toActivate.length > 0 ? await activate(toActivate) : [];
  const refused = answers.filter(
    ({ result }) => result && !result.ok && result.error.code === 'RoleAssignmentExists',
  );
  if (refused.length > 0) {
    await wait(REACTIVATE_RETRY_MS);
    const again = await activate(refused.map(({ item }) => item));
    answers = [...answers.filter((a) => !refused.includes(a)), ...again];
  }
  for (const { item, result, sentAt } of answers) {
    outcomes.set(item.role.key, outcomeOf(item, result, sentAt, true));
  }
  return items.flatMap((item) => {
    const outcome = outcomes.get(item.role.key);
    return outcome ? [outcome] : [];
  });
}

export function useExtendRoles(client: GraphClient = graph) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      principalId,
      items,
    }: {
      principalId: string;
      items: readonly ExtensionItem[];
    }) => extendRoles(client, principalId, items),
    onSettled: () => queryClient.invalidateQueries({ queryKey: pimKeys.mine() }),
  });
}
