import { beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../emulator.ts';
import { GROUP_IDS } from '../../tenant/population.ts';
import { PERSONAS } from '../../tenant/personas.ts';
import { ROLE_IDS } from '../../tenant/role-catalog.ts';
import * as DOC from './doc-examples-more.ts';
import { shapeMismatches } from './doc-shape.ts';

/** More documented requests answered with the docs' example shapes (doc-examples-more.ts). */
const ORIGIN = 'https://localhost:5173';
const adele = PERSONAS[0];
let emulator: Emulator;
let token = '';

beforeAll(async () => {
  emulator = await createEmulator({ keyFile: null, frozenAt: new Date('2026-03-02T09:00:00Z') });
  const scopes = [
    'User.Read',
    'RoleManagement.Read.Directory',
    'PrivilegedAccess.ReadWrite.AzureADGroup',
  ];
  const reply = await emulator.identity.mintAccessToken({
    origin: ORIGIN,
    userPrincipalName: adele?.userPrincipalName ?? '',
    scopes: scopes.map((s) => `https://graph.microsoft.com/${s}`),
  });
  token = reply.access_token;
});

async function call(path: string, body?: unknown) {
  const res = await emulator.fetch(
    new Request(`${ORIGIN}/emulator/graph${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  if (!res) throw new Error('no answer');
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

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
