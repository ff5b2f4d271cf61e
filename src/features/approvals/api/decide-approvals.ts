import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BatchItemResult } from '../../../graph/batch.ts';
import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import { isRecord } from '../../../graph/graph-error.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import type { GraphVersion } from '../../../graph/types.ts';
import {
  outcomeOfAnswer,
  outcomeOfPick,
  pickStep,
  type ApprovalStepView,
  type Decision,
  type DecisionOutcome,
} from '../domain/decision.ts';
import type { Plane } from '../domain/queue.ts';
import { APPROVALS_SCOPES, PG, RD } from './approvals-scopes.ts';

export interface DecisionInput {
  requests: readonly { id: string; plane: Plane }[];
  decision: Decision;
  justification: string;
}

/**
 * Directory-role approvals exist only in beta (approval steps); group approvals are v1.0 and
 * call their steps stages when read, while the PATCH goes to `/steps/{id}` (approvalstage-update).
 */
const PLANES: Record<
  Plane,
  {
    version: GraphVersion;
    read: (id: string) => string;
    decide: (id: string, step: string) => string;
  }
> = {
  role: {
    version: 'beta',
    read: (id) => `${RD}/roleAssignmentApprovals/${encodeURIComponent(id)}/steps`,
    decide: (id, step) =>
      `${RD}/roleAssignmentApprovals/${encodeURIComponent(id)}/steps/${encodeURIComponent(step)}`,
  },
  group: {
    version: 'v1.0',
    read: (id) => `${PG}/assignmentApprovals/${encodeURIComponent(id)}`,
    decide: (id, step) =>
      `${PG}/assignmentApprovals/${encodeURIComponent(id)}/steps/${encodeURIComponent(step)}`,
  },
};

function toStepViews(body: unknown): ApprovalStepView[] {
  const list = isRecord(body)
    ? [body.value, body.stages, body.steps].find((candidate) => Array.isArray(candidate))
    : undefined;
  return (Array.isArray(list) ? (list as unknown[]) : []).filter(isRecord).map((step) => ({
    id: typeof step.id === 'string' ? step.id : '',
    assignedToMe: step.assignedToMe === true,
    status: typeof step.status === 'string' ? step.status : '',
    reviewResult: typeof step.reviewResult === 'string' ? step.reviewResult : '',
    reviewedBy:
      isRecord(step.reviewedBy) && typeof step.reviewedBy.displayName === 'string'
        ? step.reviewedBy.displayName
        : null,
  }));
}

function failureOutcome(result: BatchItemResult<unknown>, decision: Decision): DecisionOutcome {
  if (result.ok) return outcomeOfAnswer(decision, { status: result.status });
  return outcomeOfAnswer(decision, {
    status: result.status,
    code: result.error.code,
    message: result.error.message,
  });
}

/**
 * Decides one plane's requests: every approval read in `$batch` (20 a call), then one PATCH per
 * step that is still mine and open, also batched. Nothing is sent for a request someone else
 * already decided, and a PATCH is never resent except by the client's 429 handling.
 */
async function decidePlane(
  client: GraphClient,
  plane: Plane,
  ids: readonly string[],
  decision: Decision,
  justification: string,
  outcomes: Map<string, DecisionOutcome>,
): Promise<void> {
  if (ids.length === 0) return;
  const { version, read, decide } = PLANES[plane];
  const reads = await client.batch(
    ids.map((id, index) => ({
      id: `read-${String(index)}`,
      method: 'GET' as const,
      url: read(id),
    })),
    { scopes: APPROVALS_SCOPES, version },
  );
  const patches: { id: string; requestId: string; url: string }[] = [];
  reads.forEach((result, index) => {
    const requestId = ids[index];
    if (requestId === undefined) return;
    if (!result.ok) {
      outcomes.set(requestId, failureOutcome(result, decision));
      return;
    }
    const pick = pickStep(toStepViews(result.body));
    if (pick.kind === 'open') {
      patches.push({
        id: `decide-${String(index)}`,
        requestId,
        url: decide(requestId, pick.stepId),
      });
    } else {
      outcomes.set(requestId, outcomeOfPick(pick));
    }
  });
  if (patches.length === 0) return;
  const body = { reviewResult: decision, justification };
  const answers = await client.batch(
    patches.map(({ id, url }) => ({ id, method: 'PATCH' as const, url, body })),
    { scopes: APPROVALS_SCOPES, version },
  );
  answers.forEach((answer, index) => {
    const requestId = patches[index]?.requestId;
    if (requestId !== undefined) outcomes.set(requestId, failureOutcome(answer, decision));
  });
}

/** One outcome per request, in the order given. */
export async function decideApprovals(
  client: GraphClient,
  input: DecisionInput,
): Promise<{ id: string; outcome: DecisionOutcome }[]> {
  const outcomes = new Map<string, DecisionOutcome>();
  const idsOf = (plane: Plane) => input.requests.filter((r) => r.plane === plane).map((r) => r.id);
  const justification = input.justification.trim();
  await Promise.all(
    (['role', 'group'] as const).map((plane) =>
      decidePlane(client, plane, idsOf(plane), input.decision, justification, outcomes),
    ),
  );
  return input.requests.map(({ id }) => ({
    id,
    outcome: outcomes.get(id) ?? {
      kind: 'failed',
      code: 'MissingBatchResponse',
      message: 'Microsoft Graph did not answer for this request.',
    },
  }));
}

export function useDecideApprovals(client: GraphClient = graph) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DecisionInput) => decideApprovals(client, input),
    // Whatever happened, the queue changed (decided here or by someone else): read it again.
    onSettled: () => queryClient.invalidateQueries({ queryKey: pimKeys.approvals() }),
  });
}
