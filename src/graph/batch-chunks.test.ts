import { describe, expect, it } from 'vitest';
import { chunkBatchItems, validateBatchItems, type BatchRequestItem } from './batch-chunks.ts';

const item = (id: string, dependsOn?: string[]): BatchRequestItem => ({
  id,
  method: 'GET',
  url: `/x/${id}`,
  dependsOn,
});
const ids = (chunks: BatchRequestItem[][]) => chunks.map((chunk) => chunk.map((i) => i.id));

describe('chunkBatchItems', () => {
  it('keeps a dependency chain in one batch even when it would straddle a boundary', () => {
    const loose = Array.from({ length: 18 }, (_, index) => item(`n${index}`));
    const chain = [item('a'), item('b', ['a']), item('c', ['b'])];
    const chunks = chunkBatchItems([...loose, ...chain, item('z')]);
    expect(chunks.map((chunk) => chunk.length)).toEqual([18, 4]);
    expect(ids(chunks)[1]).toEqual(['a', 'b', 'c', 'z']);
  });

  it('groups items linked only through a shared dependency', () => {
    const chunks = chunkBatchItems([item('x', ['root']), item('root'), item('y', ['root'])]);
    expect(ids(chunks)).toEqual([['x', 'root', 'y']]);
  });

  it('refuses a dependency group larger than one batch', () => {
    const chain = Array.from({ length: 21 }, (_, index) =>
      item(`s${index}`, index === 0 ? undefined : [`s${index - 1}`]),
    );
    expect(() => chunkBatchItems(chain)).toThrow(/at most 20/);
  });
});

describe('validateBatchItems', () => {
  it('rejects ids that differ only in case, unknown dependencies and self-dependency', () => {
    expect(() => {
      validateBatchItems([item('A'), item('a')]);
    }).toThrow(/Duplicate/);
    expect(() => {
      validateBatchItems([item('a', ['nope'])]);
    }).toThrow(/unknown/);
    expect(() => {
      validateBatchItems([item('a', ['a'])]);
    }).toThrow(/unknown/);
    expect(() => {
      validateBatchItems([item('a'), item('b', ['A'])]);
    }).not.toThrow();
  });
});
