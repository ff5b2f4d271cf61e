import { describe, expect, it } from 'vitest';
import { capNotices, planLaunch, resolveRoles } from './launch.ts';
import { testRole } from './test-roles.ts';

const GA = '62e90394-69f5-4237-9190-012177145e10';
const HA = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const ga = testRole(
  { plane: 'role', roleDefinitionId: GA, directoryScopeId: '/' },
  'Global Administrator',
);
const ha = testRole(
  { plane: 'role', roleDefinitionId: HA, directoryScopeId: '/' },
  'Helpdesk Administrator',
  {
    maximumMinutes: 60,
    active: {
      instanceId: 'i',
      assignmentType: 'Activated',
      startDateTime: undefined,
      endDateTime: undefined,
    },
  },
);
const finance = testRole({ plane: 'group', groupId: 'g1', accessId: 'member' }, 'Finance Admins', {
  maximumMinutes: 120,
});

describe('resolveRoles', () => {
  it('finds the roles and explains each one left out', () => {
    const { found, notices } = resolveRoles(
      [
        { ref: `role:${GA}` },
        { ref: `ROLE:${GA}` },
        { ref: 'group:G1:member' },
        { ref: `role:${HA}` },
        { ref: 'role:00000000-0000-0000-0000-000000000000', name: 'Old role' },
        { ref: 'nonsense' },
      ],
      [ga, ha, finance],
    );
    expect(found).toEqual([ga, finance]);
    expect(notices).toEqual([
      'Helpdesk Administrator (Tenant-wide) is already active; it was left out.',
      'You are not eligible for Old role (role:00000000-0000-0000-0000-000000000000); it was left out.',
      '"nonsense" is not a role id PIM Portal understands; it was left out.',
    ]);
  });
});

describe('capNotices', () => {
  it("explains a duration over a role's cap", () => {
    expect(capNotices([ga, finance], 240)).toEqual([
      'Finance Admins (Tenant-wide) can be active for at most 2 h: it gets 2 h instead of 4 h.',
    ]);
    expect(capNotices([ga, finance], 120)).toEqual([]);
  });
});

describe('planLaunch', () => {
  it('does not explain again a cap the preset was saved with, only a lower one', () => {
    const requests = [
      { ref: `role:${GA}`, durationMinutes: 240 },
      { ref: 'group:g1:member', durationMinutes: 180 },
    ];
    const plan = planLaunch(requests, 240, [ga, finance]);
    expect(plan.roles).toEqual([ga, finance]);
    expect(plan.durationMinutes).toBe(240);
    expect(plan.notices).toEqual([
      'Finance Admins (Tenant-wide) can be active for at most 2 h: it gets 2 h instead of 3 h.',
    ]);
    expect(
      planLaunch([{ ref: 'group:g1:member', durationMinutes: 120 }], 240, [finance]).notices,
    ).toEqual([]);
  });
});
