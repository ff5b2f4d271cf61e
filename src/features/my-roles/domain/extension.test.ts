import { describe, expect, it } from 'vitest';
import type { MyRole } from '../../../domain/my-role.ts';
import type { ActivationPolicy } from '../../../domain/policy.ts';
import { extensionDefaults, extensionRoute } from './extension.ts';

const now = new Date('2026-03-02T09:50:00Z');
const policy = (changes: Partial<ActivationPolicy> = {}): ActivationPolicy => ({
  maximumMinutes: 120,
  requiresJustification: true,
  requiresTicket: false,
  requiresMfa: false,
  authContext: undefined,
  requiresApproval: false,
  approvalRequiredForExtension: false,
  ...changes,
});
const role = (
  changes: Partial<MyRole> = {},
  type: 'Activated' | 'Assigned' = 'Activated',
): MyRole => ({
  key: 'k',
  target: { plane: 'role', roleDefinitionId: 'r', directoryScopeId: '/' },
  displayName: 'Global Reader',
  description: undefined,
  scope: { kind: 'tenant', displayName: 'Tenant-wide' },
  eligibility: { instanceId: 'e', startDateTime: undefined, endDateTime: undefined },
  active: {
    instanceId: 'i',
    assignmentType: type,
    startDateTime: new Date('2026-03-02T09:00:00Z'),
    endDateTime: new Date('2026-03-02T10:00:00Z'),
  },
  pending: undefined,
  policy: policy(),
  ...changes,
});

describe('extensionRoute', () => {
  it('activates again an activation; self-extends an assignment of a directory role', () => {
    expect(extensionRoute(role(), now)).toEqual({ kind: 'reactivate' });
    expect(extensionRoute(role({}, 'Assigned'), now)).toEqual({ kind: 'selfExtend' });
  });

  it('offers nothing that would leave a gap or that PIM refuses', () => {
    expect(extensionRoute(role({ policy: policy({ requiresApproval: true }) }), now).kind).toBe(
      'unavailable',
    );
    expect(
      extensionRoute(
        role({ target: { plane: 'group', groupId: 'g', accessId: 'member' } }, 'Assigned'),
        now,
      ).kind,
    ).toBe('unavailable');
    expect(extensionRoute(role({ eligibility: undefined }), now).kind).toBe('unavailable');
    expect(extensionRoute(role(), new Date('2026-03-02T09:03:00Z')).kind).toBe('unavailable');
  });
});

describe('extensionDefaults', () => {
  it('takes duration, justification and ticket from the request that created the activation', () => {
    const defaults = extensionDefaults(
      role(),
      {
        durationMinutes: 90,
        justification: 'Incident 12',
        ticketNumber: 'T-1',
        ticketSystem: 'SN',
      },
      now,
    );
    expect(defaults.input).toMatchObject({
      durationMinutes: 90,
      justification: 'Incident 12',
      ticketNumber: 'T-1',
    });
    expect(defaults.problems).toEqual([]);
  });

  it('falls back to the activation’s own length, capped at the maximum, and says what is missing', () => {
    const long = role({
      active: {
        instanceId: 'i',
        assignmentType: 'Activated',
        startDateTime: new Date('2026-03-02T06:00:00Z'),
        endDateTime: new Date('2026-03-02T10:00:00Z'),
      },
    });
    const defaults = extensionDefaults(long, undefined, now);
    expect(defaults.input.durationMinutes).toBe(120);
    expect(defaults.problems).toEqual([
      'Say why you need the role: its policy requires a justification.',
    ]);
  });
});
