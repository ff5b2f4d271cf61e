import { describe, expect, it } from 'vitest';
import { headerState, toggleAllShown, toggleOne } from './selection.ts';

describe('selection in a windowed grid', () => {
  it('toggles one role and keeps every other one as it was', () => {
    expect([...toggleOne(new Set(['a', 'z']), 'b')].sort()).toEqual(['a', 'b', 'z']);
    expect([...toggleOne(new Set(['a', 'z']), 'a')]).toEqual(['z']);
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
