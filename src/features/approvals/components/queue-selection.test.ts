import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_RULES, type PendingApproval } from '../domain/queue.ts';
import type { QueueRow } from './queue-columns.tsx';
import { nextSelection } from './queue-selection.ts';

const row = (id: string): QueueRow => ({
  item: { id } as PendingApproval,
  rules: DEFAULT_STAGE_RULES,
  now: new Date(0),
});

describe('nextSelection', () => {
  const rows = ['a', 'b', 'c', 'd'].map(row);
  const drawn = rows.slice(1, 3); // b, c are on screen

  it('applies a row change to the drawn rows and keeps the rest', () => {
    const next = nextSelection(new Set(['a', 'b']), rows, drawn, new Set(['c']), false);
    expect([...next].sort()).toEqual(['a', 'c']);
  });

  it('selects every filtered row from the header, or clears them when all were selected', () => {
    expect([...nextSelection(new Set(['b']), rows, drawn, new Set(), true)].sort()).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(nextSelection(new Set(['a', 'b', 'c', 'd']), rows, drawn, new Set(), true).size).toBe(0);
  });
});
