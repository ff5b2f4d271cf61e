import { describe, expect, it } from 'vitest';
import type { HistoryRequest } from '../model/history-request.ts';
import { createApprovalLoader } from './approval-loader.ts';
import { createBatchGraph } from '../../../graph/testing/fake-batch-graph.ts';

const row = (id: string, plane: 'role' | 'group', approvalId: string | null = id) =>
  ({ id, plane, approvalId }) as HistoryRequest;

const step = (name: string, result: string) => ({
  id: 's',
  reviewResult: result,
  status: 'Completed',
  reviewedBy: { id: 'm', displayName: name },
  reviewedDateTime: '2026-11-01T10:00:00Z',
  justification: 'Looks good',
});

describe('createApprovalLoader', () => {
  it('batches the approvals asked for in one tick, per Graph version', async () => {
    const { client, batches } = createBatchGraph((item) => {
      if (item.url.includes('/missing/'))
        return { status: 404, body: { error: { code: 'NotFound', message: 'gone' } } };
      return item.version === 'beta'
        ? { status: 200, body: { value: [step('Megan Bowen', 'Approved')] } }
        : { status: 200, body: { id: 'g', stages: [step('Alex Wilber', 'Denied')] } };
    });
    const loader = createApprovalLoader(client);
    const [a, b, c, d, none] = await Promise.all([
      loader.load(row('a', 'role')),
      loader.load(row('b', 'role')),
      loader.load(row('missing', 'role')),
      loader.load(row('g', 'group')),
      loader.load(row('n', 'role', null)),
    ]);
    expect(batches.map((b) => [b[0]?.version, b.length])).toEqual([
      ['beta', 3],
      ['v1.0', 1],
    ]);
    expect(batches[0]?.[0]?.url).toBe('/roleManagement/directory/roleAssignmentApprovals/a/steps');
    expect(batches[1]?.[0]?.url).toBe(
      '/identityGovernance/privilegedAccess/group/assignmentApprovals/g',
    );
    expect(a).toEqual([
      {
        reviewResult: 'Approved',
        status: 'Completed',
        reviewerName: 'Megan Bowen',
        reviewedAt: '2026-11-01T10:00:00Z',
        justification: 'Looks good',
      },
    ]);
    expect(b).toHaveLength(1);
    expect(c).toEqual([]);
    expect(d[0]?.reviewResult).toBe('Denied');
    expect(none).toEqual([]);
  });

  it('rejects an item that failed for another reason', async () => {
    const { client } = createBatchGraph(() => ({
      status: 403,
      body: { error: { code: 'Authorization_RequestDenied', message: 'no' } },
    }));
    await expect(createApprovalLoader(client).load(row('a', 'role'))).rejects.toMatchObject({
      code: 'Authorization_RequestDenied',
    });
  });
});
