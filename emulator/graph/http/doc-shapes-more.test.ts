import { beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator.ts';
import { GROUP_IDS } from '../../tenant/population.ts';
import { PERSONAS } from '../../tenant/personas.ts';
import { ROLE_IDS } from '../../tenant/role-catalog.ts';
import * as DOC from './doc-examples-more.ts';
import { shapeMismatches } from './doc-shape.ts';
import { graphCaller, testEmulator } from './graph-caller.ts';

/** More documented requests answered with the docs' example shapes (doc-examples-more.ts). */
const adele = PERSONAS[0];
let emulator: Emulator;
const asAdele = graphCaller(
  () => emulator,
  ['User.Read', 'RoleManagement.Read.Directory', 'PrivilegedAccess.ReadWrite.AzureADGroup'],
);
const call = (path: string, body?: unknown) =>
  asAdele(adele?.userPrincipalName ?? '', path, { body });

beforeAll(async () => {
  emulator = await testEmulator();
});

describe('answers match the Graph docs examples', () => {
  it('GET /me (user-get)', async () => {
    const { status, body } = await call('/v1.0/me');
    expect(status).toBe(200);
    expect(shapeMismatches(body, DOC.GET_ME)).toEqual([]);
  });

  it('GET roleDefinitions/{id} (unifiedroledefinition-get)', async () => {
    const { body } = await call(
      `/v1.0/roleManagement/directory/roleDefinitions/${ROLE_IDS.globalAdministrator}`,
    );
    expect(body.displayName).toBe('Global Administrator');
    expect(shapeMismatches(body, DOC.GET_BUILT_IN_ROLE_DEFINITION)).toEqual([]);
  });

  it('POST group assignmentScheduleRequests selfActivate (privilegedaccessgroup-post-assignmentschedulerequests)', async () => {
    const { status, body } = await call(
      '/v1.0/identityGovernance/privilegedAccess/group/assignmentScheduleRequests',
      {
        accessId: 'member',
        principalId: adele?.id,
        groupId: GROUP_IDS.financeAdmins,
        action: 'selfActivate',
        scheduleInfo: { expiration: { type: 'afterDuration', duration: 'PT2H' } },
        justification: 'Activate assignment.',
      },
    );
    expect(status).toBe(201);
    expect(shapeMismatches(body, DOC.POST_GROUP_ASSIGNMENT_REQUEST_SELF_ACTIVATE)).toEqual([]);
  });
});
