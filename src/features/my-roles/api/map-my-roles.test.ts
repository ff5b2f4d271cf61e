import type { UnifiedRoleAssignmentScheduleRequest } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import { roleState } from '../../../domain/my-role.ts';
import {
  assignment,
  DIRECTORY_READERS,
  eligibility,
  GLOBAL_READER,
  groupEligibility,
  HELPDESK_ADMIN,
  ME,
  policyAssignment,
  SEATTLE,
  TEAMS_ADMIN,
} from './fixtures.ts';
import { toMyRoles, toRoleScope, type MyRolesWire } from './map-my-roles.ts';

const empty: MyRolesWire = {
  roleEligibilities: [],
  roleAssignments: [],
  groupEligibilities: [],
  groupAssignments: [],
  roleRequests: [],
  groupRequests: [],
  rolePolicies: [],
};

const byName = (wire: Partial<MyRolesWire>) =>
  new Map(
    toMyRoles({ ...empty, ...wire }).map((role) => [
      `${role.displayName} ${role.scope.displayName}`,
      role,
    ]),
  );

describe('toMyRoles', () => {
  it('makes one row per role and scope, with names, scope and policy', () => {
    const rows = byName({
      roleEligibilities: [
        eligibility(GLOBAL_READER, 'Global Reader'),
        eligibility(HELPDESK_ADMIN, 'Helpdesk Administrator', SEATTLE),
      ],
      rolePolicies: [policyAssignment(GLOBAL_READER, { max: 'PT4H', enabled: ['Justification'] })],
    });
    const reader = rows.get('Global Reader Tenant-wide');
    expect(reader).toMatchObject({
      target: { plane: 'role', roleDefinitionId: GLOBAL_READER, directoryScopeId: '/' },
      description: 'Global Reader can do things.',
      scope: { kind: 'tenant', displayName: 'Tenant-wide' },
      policy: { maximumMinutes: 240, requiresJustification: true, requiresApproval: false },
    });
    expect(reader?.eligibility?.endDateTime).toBeUndefined();
    expect(rows.get('Helpdesk Administrator Seattle Office')?.scope).toEqual({
      kind: 'administrativeUnit',
      displayName: 'Seattle Office',
    });
    expect(rows.get('Helpdesk Administrator Seattle Office')?.policy).toBeUndefined();
  });

  it('puts an activation next to its eligibility, and keeps permanent assignments apart', () => {
    const rows = byName({
      roleEligibilities: [eligibility(TEAMS_ADMIN, 'Teams Administrator')],
      roleAssignments: [
        assignment(
          TEAMS_ADMIN,
          'Teams Administrator',
          'Activated',
          '2026-03-02T08:30:00Z',
          '2026-03-02T12:30:00Z',
        ),
        assignment(
          DIRECTORY_READERS,
          'Directory Readers',
          'Assigned',
          '2025-11-02T08:00:00Z',
          null,
        ),
      ],
    });
    const teams = rows.get('Teams Administrator Tenant-wide');
    expect(teams?.eligibility).toBeDefined();
    expect(teams?.active).toEqual({
      instanceId: `inst-${TEAMS_ADMIN}`,
      assignmentType: 'Activated',
      startDateTime: new Date('2026-03-02T08:30:00Z'),
      endDateTime: new Date('2026-03-02T12:30:00Z'),
    });
    expect(teams && roleState(teams)).toBe('active');
    const readers = rows.get('Directory Readers Tenant-wide');
    expect(readers?.eligibility).toBeUndefined();
    expect(readers && roleState(readers)).toBe('assigned');
  });

  it('maps group membership and ownership as separate rows', () => {
    const rows = byName({
      groupEligibilities: [groupEligibility('member'), groupEligibility('owner')],
    });
    expect(rows.get('Finance Admins Group member')?.target).toMatchObject({
      plane: 'group',
      accessId: 'member',
    });
    expect(rows.get('Finance Admins Group owner')?.eligibility?.endDateTime).toEqual(
      new Date('2026-03-10T00:00:00Z'),
    );
  });

  it('marks rows with an open activation request, and ignores other actions', () => {
    const request = (
      action: NonNullable<UnifiedRoleAssignmentScheduleRequest['action']>,
      status: string,
    ): UnifiedRoleAssignmentScheduleRequest => ({
      id: `r-${action}`,
      action,
      status,
      principalId: ME,
      roleDefinitionId: GLOBAL_READER,
      directoryScopeId: '/',
      createdDateTime: '2026-03-02T08:59:00Z',
      justification: 'Audit',
      scheduleInfo: { startDateTime: '2026-03-02T10:00:00Z' },
    });
    const pending = byName({
      roleEligibilities: [eligibility(GLOBAL_READER, 'Global Reader')],
      roleRequests: [request('adminAssign', 'Granted'), request('selfActivate', 'PendingApproval')],
    }).get('Global Reader Tenant-wide');
    expect(pending?.pending).toMatchObject({
      requestId: 'r-selfActivate',
      status: 'PendingApproval',
    });
    expect(pending && roleState(pending)).toBe('pending');
  });
});

describe('toMyRoles, for expiry and the requests section', () => {
  it('keeps the schedule behind an activation, to find the request that created it', () => {
    const rows = byName({
      roleEligibilities: [eligibility(TEAMS_ADMIN, 'Teams Administrator')],
      roleAssignments: [
        {
          ...assignment(
            TEAMS_ADMIN,
            'Teams Administrator',
            'Activated',
            '2026-03-02T08:30:00Z',
            '2026-03-02T09:30:00Z',
          ),
          roleAssignmentScheduleId: 'req-42',
        },
      ],
    });
    expect(rows.get('Teams Administrator Tenant-wide')?.active?.scheduleId).toBe('req-42');
  });

  it('says how long a pending or scheduled request asked for', () => {
    const rows = byName({
      roleEligibilities: [eligibility(GLOBAL_READER, 'Global Reader')],
      roleRequests: [
        {
          id: 'r1',
          action: 'selfActivate',
          status: 'Granted',
          principalId: ME,
          roleDefinitionId: GLOBAL_READER,
          directoryScopeId: '/',
          scheduleInfo: {
            startDateTime: '2026-03-03T09:30:00Z',
            expiration: { type: 'afterDuration', duration: 'PT1H30M' },
          },
        },
      ],
    });
    expect(rows.get('Global Reader Tenant-wide')?.pending).toMatchObject({
      status: 'Granted',
      startDateTime: new Date('2026-03-03T09:30:00Z'),
      durationMinutes: 90,
    });
  });
});

describe('toMyRoles, an extension on its way', () => {
  const extend = (status: string): UnifiedRoleAssignmentScheduleRequest => ({
    id: `x-${status}`,
    action: 'selfExtend',
    status,
    principalId: ME,
    roleDefinitionId: DIRECTORY_READERS,
    directoryScopeId: '/',
    createdDateTime: '2026-03-02T08:59:00Z',
    scheduleInfo: { expiration: { type: 'afterDuration', duration: 'P180D' } },
  });
  const assigned = assignment(
    DIRECTORY_READERS,
    'Directory Readers',
    'Assigned',
    '2026-01-01T00:00:00Z',
    '2026-03-10T00:00:00Z',
  );

  it('keeps a pending selfExtend on the still-active assignment it extends', () => {
    const row = byName({
      roleAssignments: [assigned],
      roleRequests: [extend('PendingApproval')],
    }).get('Directory Readers Tenant-wide');
    expect(row?.pending).toMatchObject({ requestId: 'x-PendingApproval', extension: true });
    expect(row && roleState(row)).toBe('assigned');
  });

  it('does not hang an activation request on a role that is already active', () => {
    const row = byName({
      roleAssignments: [assigned],
      roleRequests: [{ ...extend('PendingApproval'), action: 'selfActivate' }],
    }).get('Directory Readers Tenant-wide');
    expect(row?.pending).toBeUndefined();
  });
});

describe('toRoleScope', () => {
  it('tells tenant, administrative unit and app scopes apart', () => {
    expect(toRoleScope('/', undefined, undefined).kind).toBe('tenant');
    expect(toRoleScope(SEATTLE, undefined, undefined).kind).toBe('administrativeUnit');
    expect(toRoleScope('/6c2d9e8f-7a1b-4c3d-9e5f-0a1b2c3d4e11', undefined, 'Expenses')).toEqual({
      kind: 'app',
      displayName: 'Expenses',
    });
    expect(toRoleScope('', 'app-1', undefined).kind).toBe('app');
  });
});
