import { describe, expect, it } from 'vitest';
import { withoutLogoutState } from './logout-state.ts';

describe('withoutLogoutState', () => {
  it('drops the state echoed after sign-out', () => {
    expect(withoutLogoutState('https://localhost:5173/?state=eyJpZCI6IjEifQ%3D%3D')).toBe('/');
    expect(withoutLogoutState('https://localhost:5173/history?tab=mine&state=abc')).toBe(
      '/history?tab=mine',
    );
  });

  it('leaves sign-in responses and ordinary addresses alone', () => {
    expect(withoutLogoutState('https://localhost:5173/?code=xyz&state=abc')).toBeNull();
    expect(withoutLogoutState('https://localhost:5173/?error=access_denied&state=abc')).toBeNull();
    expect(withoutLogoutState('https://localhost:5173/?state=abc#code=xyz')).toBeNull();
    expect(withoutLogoutState('https://localhost:5173/approvals')).toBeNull();
  });
});
