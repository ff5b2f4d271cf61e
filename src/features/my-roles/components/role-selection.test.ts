import { describe, expect, it } from 'vitest';
import { headerState, nextRowSelection, toggleAllShown } from './role-selection.ts';

describe('role selection in a windowed grid', () => {
  it('applies a row change to the drawn rows and keeps the others', () => {
    const next = nextRowSelection(new Set(['a', 'z']), ['a', 'b', 'c'], ['z', 'b']);
    expect([...next].sort()).toEqual(['b', 'z']);
  });

  it('selects every shown role, however many are drawn, and keeps hidden ones', () => {
    const shown = Array.from({ length: 300 }, (_, i) => `r${String(i)}`);
    const next = toggleAllShown(new Set(['hidden', 'r3']), shown);
    expect(next.size).toBe(301);
    expect(next.has('hidden')).toBe(true);
  });

  it('clears the shown roles when they are all selected', () => {
    const next = toggleAllShown(new Set(['a', 'b', 'hidden']), ['a', 'b']);
    expect([...next]).toEqual(['hidden']);
  });

  it('says all, some or none of the shown roles are selected', () => {
    expect(headerState(new Set(['a', 'b']), ['a', 'b'])).toBe(true);
    expect(headerState(new Set(['a', 'x']), ['a', 'b'])).toBe('mixed');
    expect(headerState(new Set(['x']), ['a', 'b'])).toBe(false);
    expect(headerState(new Set(), [])).toBe(false);
  });
});
