import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_RULES, type PendingApproval } from '../domain/queue.ts';
import type { QueueRow } from './queue-columns.tsx';
import { allState, toggleAll } from './queue-selection.ts';

const row = (id: string): QueueRow => ({
  item: { id } as PendingApproval,
  rules: DEFAULT_STAGE_RULES,
  now: new Date(0),
});

describe('queue selection', () => {
  const rows = ['a', 'b', 'c', 'd'].map(row);

  it('selects every filtered row from the header, or clears them when all were selected', () => {
    expect([...toggleAll(new Set(['b']), rows)].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(toggleAll(new Set(['a', 'b', 'c', 'd']), rows).size).toBe(0);
    expect(toggleAll(new Set(), []).size).toBe(0);
  });

  it('shows the header as all, some or none of the filtered rows', () => {
    expect(allState(new Set(['a', 'b', 'c', 'd']), rows)).toBe(true);
    expect(allState(new Set(['b', 'x']), rows)).toBe('mixed');
    expect(allState(new Set(['x']), rows)).toBe(false);
    expect(allState(new Set(), rows)).toBe(false);
  });
});
