import { beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator.ts';
import { GROUP_IDS } from '../../tenant/population.ts';
import { PERSONAS } from '../../tenant/personas.ts';
import { ROLE_IDS } from '../../tenant/role-catalog.ts';
import * as DOC from './doc-examples-schedules.ts';
import * as GROUPS from './doc-examples-groups.ts';
import { shapeMismatches } from './doc-shape.ts';
import { graphCaller, testEmulator } from './graph-caller.ts';

/** Schedules, role definitions, group requests and directory objects against their doc pages. */
const [ADELE, , ALEX] = PERSONAS;
const RD = '/v1.0/roleManagement/directory';
const PG = '/v1.0/identityGovernance/privilegedAccess/group';
const PERMISSIONS = [
  'User.Read',
  'User.ReadBasic.All',
  'GroupMember.Read.All',
  'RoleManagement.ReadWrite.Directory',
  'PrivilegedAccess.ReadWrite.AzureADGroup',
];

let emulator: Emulator;
const call = graphCaller(() => emulator, PERMISSIONS, { mfa: true });

function upn(p: (typeof PERSONAS)[number] | undefined): string {
  if (!p) throw new Error('persona missing');
  return p.userPrincipalName;
}

function first(body: Record<string, unknown>): Record<string, unknown> {
  const [item] = body.value as Record<string, unknown>[];
  if (!item) throw new Error('empty collection');
  return item;
}

beforeAll(async () => {
  emulator = await testEmulator();
});

describe('schedules and definitions match the Graph docs examples', () => {
  it('roleEligibilitySchedules list and get (rbacapplication-list-roleeligibilityschedules, unifiedroleeligibilityschedule-get)', async () => {
    const list = await call(upn(ALEX), `${RD}/roleEligibilitySchedules`);
    expect(list.status).toBe(200);
    expect(shapeMismatches(list.body, DOC.LIST_ROLE_ELIGIBILITY_SCHEDULES)).toEqual([]);
    const one = await call(
      upn(ALEX),
      `${RD}/roleEligibilitySchedules/${String(first(list.body).id)}`,
    );
    expect(one.status).toBe(200);
    expect(shapeMismatches(one.body, DOC.GET_ROLE_ELIGIBILITY_SCHEDULE)).toEqual([]);
  });

  it('beta roleEligibilitySchedules/{id} (beta unifiedroleeligibilityschedule-get)', async () => {
    const list = await call(upn(ALEX), `/beta/roleManagement/directory/roleEligibilitySchedules`);
    const id = String(first(list.body).id);
    const one = await call(
      upn(ALEX),
      `/beta/roleManagement/directory/roleEligibilitySchedules/${id}`,
    );
    expect(one.status).toBe(200);
    expect(shapeMismatches(one.body, DOC.GET_ROLE_ELIGIBILITY_SCHEDULE_BETA)).toEqual([]);
  });

  it('roleAssignmentSchedules list and get (rbacapplication-list-roleassignmentschedules, unifiedroleassignmentschedule-get)', async () => {
    const list = await call(upn(ALEX), `${RD}/roleAssignmentSchedules`);
    expect(list.status).toBe(200);
    expect(shapeMismatches(list.body, DOC.LIST_ROLE_ASSIGNMENT_SCHEDULES)).toEqual([]);
    const one = await call(
      upn(ALEX),
      `${RD}/roleAssignmentSchedules/${String(first(list.body).id)}`,
    );
    expect(one.status).toBe(200);
    expect(shapeMismatches(one.body, DOC.GET_ROLE_ASSIGNMENT_SCHEDULE)).toEqual([]);
  });

  it('roleDefinitions list (rbacapplication-list-roledefinitions)', async () => {
    const { status, body } = await call(upn(ADELE), `${RD}/roleDefinitions`);
    expect(status).toBe(200);
    expect((body.value as unknown[]).length).toBeGreaterThanOrEqual(25);
    expect(shapeMismatches(body, DOC.LIST_ROLE_DEFINITIONS)).toEqual([]);
  });

  it('cancel answers 204 with no body, then the request reads Canceled (unifiedroleassignmentschedulerequest-cancel)', async () => {
    const created = await call(upn(ADELE), `${RD}/roleAssignmentScheduleRequests`, {
      method: 'POST',
      body: {
        action: 'selfActivate',
        principalId: ADELE?.id,
        roleDefinitionId: ROLE_IDS.messageCenterReader,
        directoryScopeId: '/',
        justification: 'Start tomorrow',
        scheduleInfo: {
          startDateTime: '2026-03-03T09:00:00Z',
          expiration: { type: 'afterDuration', duration: 'PT1H' },
        },
        ticketInfo: { ticketNumber: 'CONTOSO:1', ticketSystem: 'MS Project' },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('Granted');
    const path = `${RD}/roleAssignmentScheduleRequests/${String(created.body.id)}`;
    const cancel = await call(upn(ADELE), `${path}/cancel`, { method: 'POST' });
    expect(cancel.status).toBe(204);
    expect(cancel.text).toBe('');
    expect((await call(upn(ADELE), path)).body.status).toBe('Canceled');
  });
});

describe('group requests and directory objects match the Graph docs examples', () => {
  let requestId = '';

  beforeAll(async () => {
    const created = await call(upn(ADELE), `${PG}/assignmentScheduleRequests`, {
      method: 'POST',
      body: {
        accessId: 'member',
        principalId: ADELE?.id,
        groupId: GROUP_IDS.financeAdmins,
        action: 'selfActivate',
        scheduleInfo: { expiration: { type: 'afterDuration', duration: 'PT2H' } },
        justification: 'Close the books',
      },
    });
    expect(created.status).toBe(201);
    requestId = String(created.body.id);
  });

  it('assignmentScheduleRequests list by group and principal (privilegedaccessgroup-list-assignmentschedulerequests)', async () => {
    const { status, body } = await call(
      upn(ADELE),
      `${PG}/assignmentScheduleRequests?$filter=groupId eq '${GROUP_IDS.financeAdmins}' and principalId eq '${ADELE?.id ?? ''}'`,
    );
    expect(status).toBe(200);
    expect(shapeMismatches(body, GROUPS.LIST_GROUP_ASSIGNMENT_REQUESTS)).toEqual([]);
  });

  it('assignmentScheduleRequests/{id} (privilegedaccessgroupassignmentschedulerequest-get)', async () => {
    const { status, body } = await call(
      upn(ADELE),
      `${PG}/assignmentScheduleRequests/${requestId}`,
    );
    expect(status).toBe(200);
    expect(shapeMismatches(body, GROUPS.GET_GROUP_ASSIGNMENT_REQUEST)).toEqual([]);
  });

  it("assignmentScheduleRequests/filterByCurrentUser(on='principal') (privilegedaccessgroupassignmentschedulerequest-filterbycurrentuser)", async () => {
    const { status, body } = await call(
      upn(ADELE),
      `${PG}/assignmentScheduleRequests/filterByCurrentUser(on='principal')?$filter=groupId eq '${GROUP_IDS.financeAdmins}'`,
    );
    expect(status).toBe(200);
    expect(shapeMismatches(body, GROUPS.GROUP_REQUESTS_FOR_CURRENT_USER)).toEqual([]);
  });

  it('users/{id} with and without $select (user-get examples 1 and 3)', async () => {
    const { GET_ME } = await import('./doc-examples-more.ts');
    const plain = await call(upn(ALEX), `/v1.0/users/${ADELE?.id ?? ''}`);
    expect(plain.status).toBe(200);
    expect(plain.body['@odata.context']).toBe(
      'https://graph.microsoft.com/v1.0/$metadata#users/$entity',
    );
    expect(shapeMismatches(plain.body, GET_ME)).toEqual([]);
    const selected = await call(
      upn(ALEX),
      `/v1.0/users/${ADELE?.id ?? ''}?$select=displayName,givenName,postalCode,identities`,
    );
    expect(shapeMismatches(selected.body, GROUPS.GET_USER_SELECT)).toEqual([]);
    expect(Object.keys(selected.body).sort()).toEqual(
      ['@odata.context', 'displayName', 'givenName', 'identities', 'postalCode'].sort(),
    );
  });

  it('groups/{id} (group-get example 1)', async () => {
    const { status, body } = await call(upn(ADELE), `/v1.0/groups/${GROUP_IDS.financeAdmins}`);
    expect(status).toBe(200);
    expect(shapeMismatches(body, GROUPS.GET_GROUP)).toEqual([]);
  });
});
