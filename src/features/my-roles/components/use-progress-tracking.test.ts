// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MyRole } from '../../../domain/my-role.ts';
import { pollInterval, useProgressTracking } from './use-progress-tracking.ts';

const role = (changes: Partial<MyRole> = {}): MyRole => ({
  key: 'ga',
  target: { plane: 'role', roleDefinitionId: 'ga', directoryScopeId: '/' },
  displayName: 'Global Administrator',
  description: undefined,
  scope: { kind: 'tenant', displayName: 'Tenant-wide' },
  eligibility: { instanceId: 'e', startDateTime: undefined, endDateTime: undefined },
  active: undefined,
  pending: undefined,
  policy: undefined,
  ...changes,
});
const pending = role({
  pending: {
    requestId: 'r1',
    status: 'PendingApproval',
    createdDateTime: undefined,
    startDateTime: undefined,
    justification: undefined,
  },
});
const active = role({
  active: {
    instanceId: 'i1',
    assignmentType: 'Activated',
    startDateTime: undefined,
    endDateTime: undefined,
  },
});

describe('useProgressTracking', () => {
  it('tells the user once when an approver decided', () => {
    const { result, rerender } = renderHook(({ roles }) => useProgressTracking(roles), {
      initialProps: { roles: [pending] },
    });
    expect(result.current.notices).toEqual([]);
    rerender({ roles: [pending] });
    expect(result.current.notices).toEqual([]);
    rerender({ roles: [active] });
    expect(result.current.notices).toEqual([
      { key: 'ga', name: 'Global Administrator', approved: true },
    ]);
    rerender({ roles: [active] });
    expect(result.current.notices).toHaveLength(1);
  });

  it('reports a request that left pending without activation as not approved', () => {
    const { result, rerender } = renderHook(({ roles }) => useProgressTracking(roles), {
      initialProps: { roles: [pending] },
    });
    rerender({ roles: [role()] });
    expect(result.current.notices[0]?.approved).toBe(false);
  });

  it('says nothing about a request the user withdrew', () => {
    const { result, rerender } = renderHook(({ roles }) => useProgressTracking(roles), {
      initialProps: { roles: [pending] },
    });
    act(() => {
      result.current.markWithdrawn(['ga']);
    });
    rerender({ roles: [role()] });
    expect(result.current.notices).toEqual([]);
  });

  it('keeps a role "activating" until its instance is listed', () => {
    const { result, rerender } = renderHook(({ roles }) => useProgressTracking(roles), {
      initialProps: { roles: [role()] },
    });
    act(() => {
      result.current.markActivating(['ga']);
    });
    rerender({ roles: [role()] });
    expect(result.current.activating.has('ga')).toBe(true);
    rerender({ roles: [active] });
    expect(result.current.activating.has('ga')).toBe(false);
  });
});

describe('pollInterval', () => {
  it('polls fast while activating, gently while pending, not at all otherwise', () => {
    expect(pollInterval([role()], 1)).toBe(3000);
    expect(pollInterval([pending], 0)).toBe(15_000);
    expect(pollInterval([active], 0)).toBe(false);
  });

  it('backs off while the tab is hidden, without stopping', () => {
    expect(pollInterval([pending], 0, true)).toBe(60_000);
    expect(pollInterval([role()], 1, true)).toBe(12_000);
    expect(pollInterval([active], 0, true)).toBe(false);
  });
});
