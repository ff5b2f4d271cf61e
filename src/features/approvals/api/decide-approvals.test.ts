import { describe, expect, it, vi } from 'vitest';
import { decideApprovals } from './decide-approvals.ts';
import {
  createBatchGraph,
  graphFailure,
  type WireItem,
} from '../../../graph/testing/fake-batch-graph.ts';

// The app's client reads the browser's location; these tests pass their own client.
vi.mock('../../../graph/default-client.ts', () => ({ graph: {} }));

const step = (id: string, changes: Record<string, unknown> = {}) => ({
  id,
  assignedToMe: true,
  status: 'InProgress',
  reviewResult: 'NotReviewed',
  reviewedBy: null,
  ...changes,
});

/** Role approvals answer steps (beta list), group approvals answer the approval with stages. */
function answer(item: WireItem) {
  if (item.method === 'PATCH') {
    return item.url.includes('gone-on-patch') ? graphFailure(409, 'Conflict') : { status: 204 };
  }
  if (item.url.includes('decided-role')) {
    return {
      status: 200,
      body: {
        value: [
          step('s1', {
            status: 'Completed',
            reviewResult: 'Approved',
            reviewedBy: { displayName: 'Lynne Robbins' },
          }),
        ],
      },
    };
  }
  if (item.url.includes('missing')) return graphFailure(404, 'ResourceNotFound');
  if (item.url.includes('assignmentApprovals')) {
    return { status: 200, body: { id: 'g1', stages: [step('stage-1')] } };
  }
  return {
    status: 200,
    body: {
      value: [step('done', { status: 'Completed', reviewResult: 'Approved' }), step('mine')],
    },
  };
}

describe('decideApprovals', () => {
  it('reads every approval in one batch per plane, then PATCHes only open steps of mine', async () => {
    const { client, batches } = createBatchGraph(answer);
    const outcomes = await decideApprovals(client, {
      requests: [
        { id: 'r1', plane: 'role' },
        { id: 'decided-role', plane: 'role' },
        { id: 'g1', plane: 'group' },
        { id: 'gone-on-patch', plane: 'role' },
        { id: 'missing', plane: 'group' },
      ],
      decision: 'Approve',
      justification: '  Quarterly on-call  ',
    });

    expect(outcomes).toEqual([
      { id: 'r1', outcome: { kind: 'approved' } },
      {
        id: 'decided-role',
        outcome: { kind: 'alreadyDecided', by: 'Lynne Robbins', result: 'Approved' },
      },
      { id: 'g1', outcome: { kind: 'approved' } },
      { id: 'gone-on-patch', outcome: { kind: 'alreadyDecided', by: null, result: null } },
      { id: 'missing', outcome: { kind: 'gone' } },
    ]);

    const all = batches.flat();
    const reads = all.filter((i) => i.method === 'GET');
    expect(reads.filter((i) => i.version === 'beta').map((i) => i.url)).toEqual([
      '/roleManagement/directory/roleAssignmentApprovals/r1/steps',
      '/roleManagement/directory/roleAssignmentApprovals/decided-role/steps',
      '/roleManagement/directory/roleAssignmentApprovals/gone-on-patch/steps',
    ]);
    expect(reads.filter((i) => i.version === 'v1.0').map((i) => i.url)).toEqual([
      '/identityGovernance/privilegedAccess/group/assignmentApprovals/g1',
      '/identityGovernance/privilegedAccess/group/assignmentApprovals/missing',
    ]);
    const patches = all.filter((i) => i.method === 'PATCH');
    expect(patches.map((i) => [i.version, i.url])).toEqual([
      ['beta', '/roleManagement/directory/roleAssignmentApprovals/r1/steps/mine'],
      ['beta', '/roleManagement/directory/roleAssignmentApprovals/gone-on-patch/steps/mine'],
      ['v1.0', '/identityGovernance/privilegedAccess/group/assignmentApprovals/g1/steps/stage-1'],
    ]);
    expect(patches[0]?.body).toEqual({
      reviewResult: 'Approve',
      justification: 'Quarterly on-call',
    });
    // Reads, then writes: two batches per plane, nothing sent twice.
    expect(batches).toHaveLength(4);
  });

  it('chunks 45 decisions into batches of 20', async () => {
    const { client, batches } = createBatchGraph(answer);
    const requests = Array.from({ length: 45 }, (_, i) => ({
      id: `r${String(i)}`,
      plane: 'role' as const,
    }));
    const outcomes = await decideApprovals(client, {
      requests,
      decision: 'Deny',
      justification: 'No',
    });
    expect(outcomes.every((o) => o.outcome.kind === 'denied')).toBe(true);
    expect(batches.map((b) => b.length)).toEqual([20, 20, 5, 20, 20, 5]);
  });
});
