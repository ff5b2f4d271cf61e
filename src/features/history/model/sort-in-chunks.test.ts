import { describe, expect, it } from 'vitest';
import type { HistoryRequest } from './history-request.ts';
import { sortHistory } from './refine.ts';
import { sortHistoryInChunks } from './sort-in-chunks.ts';

const NAMES = ['Émile', 'adele', 'Zoë', 'Megan', 'alex', 'Diego', 'Megan', 'ben 10', 'ben 9'];

const row = (i: number): HistoryRequest => ({
  id: `r${String(i)}`,
  plane: 'role',
  requesterId: `u${String(i)}`,
  requesterName: NAMES[i % NAMES.length] ?? '',
  requesterUpn: '',
  targetId: 't',
  targetName: `Role ${String(i % 7)}`,
  scope: 'Directory',
  action: 'selfActivate',
  status: 'Provisioned',
  createdAt: new Date(Date.UTC(2026, 0, 1) + ((i * 7919) % 1000) * 60_000).toISOString(),
  completedAt: null,
  requestedStart: null,
  requestedEnd: null,
  justification: '',
  ticketNumber: '',
  ticketSystem: '',
  approvalId: null,
  createdById: '',
});

describe('sortHistoryInChunks', () => {
  const rows = Array.from({ length: 1003 }, (_, i) => row(i));

  it.each([
    ['requester', 'ascending'],
    ['requester', 'descending'],
    ['created', 'ascending'],
    ['target', 'descending'],
  ] as const)('orders by %s %s exactly as the one-go sort does (stable)', async (column, dir) => {
    let yields = 0;
    const sorted = await sortHistoryInChunks(rows, column, dir, {
      runSize: 64,
      stepsPerSlice: 500,
      yieldToEventLoop: () => {
        yields += 1;
        return Promise.resolve();
      },
    });
    expect(sorted.map((r) => r.id)).toEqual(sortHistory(rows, column, dir).map((r) => r.id));
    // The work was cut into slices with the event loop free between them.
    expect(yields).toBeGreaterThan(10);
  });

  it('takes rows already newest first as they are, without sorting', async () => {
    const newestFirst = sortHistory(rows, 'created', 'descending');
    let yields = 0;
    const sorted = await sortHistoryInChunks(newestFirst, 'created', 'descending', {
      yieldToEventLoop: () => {
        yields += 1;
        return Promise.resolve();
      },
    });
    expect(sorted).toEqual(newestFirst);
    expect(sorted).not.toBe(newestFirst);
    expect(yields).toBe(0);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const run = sortHistoryInChunks(rows, 'requester', 'ascending', {
      stepsPerSlice: 100,
      signal: controller.signal,
      yieldToEventLoop: () => {
        controller.abort();
        return Promise.resolve();
      },
    });
    await expect(run).rejects.toThrow();
  });
});
