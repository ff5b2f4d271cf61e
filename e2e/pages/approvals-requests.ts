import { expect, type APIRequestContext } from '@playwright/test';
import { token, userId } from './approvals.ts';

/** Group ids of the emulated tenant (emulator/tenant/population.ts). */
export const GROUPS = { financeAdmins: '3f1a8c2e-6b4d-4e7f-9a0b-1c2d3e4f5a02' };

export const SECURITY_READER = '5d6b6bb7-de71-4623-b4af-96380a352509';

const V1 = '/emulator/graph/v1.0';
const schedule = () => ({
  startDateTime: new Date().toISOString(),
  expiration: { type: 'afterDuration', duration: 'PT1H' },
});

/** A persona activates a role for themselves through Graph; answers the request's status. */
export async function selfActivateRole(
  request: APIRequestContext,
  upn: string,
  roleDefinitionId: string,
  justification: string,
): Promise<string> {
  const bearer = await token(request, upn, ['RoleAssignmentSchedule.ReadWrite.Directory']);
  const reply = await request.post(
    `${V1}/roleManagement/directory/roleAssignmentScheduleRequests`,
    {
      headers: { Authorization: `Bearer ${bearer}` },
      data: {
        action: 'selfActivate',
        principalId: await userId(request, upn),
        roleDefinitionId,
        directoryScopeId: '/',
        justification,
        scheduleInfo: schedule(),
      },
    },
  );
  expect(reply.status(), await reply.text()).toBe(201);
  return ((await reply.json()) as { status: string }).status;
}

/** A persona activates a group membership for themselves through Graph. */
export async function selfActivateGroup(
  request: APIRequestContext,
  upn: string,
  groupId: string,
  justification: string,
): Promise<void> {
  const bearer = await token(request, upn, ['PrivilegedAssignmentSchedule.ReadWrite.AzureADGroup']);
  const reply = await request.post(
    `${V1}/identityGovernance/privilegedAccess/group/assignmentScheduleRequests`,
    {
      headers: { Authorization: `Bearer ${bearer}` },
      data: {
        action: 'selfActivate',
        accessId: 'member',
        groupId,
        principalId: await userId(request, upn),
        justification,
        scheduleInfo: schedule(),
      },
    },
  );
  expect(reply.status(), await reply.text()).toBe(201);
}

/** Whether the persona holds the role right now (their active instances, as My roles reads them). */
export async function holdsRole(
  request: APIRequestContext,
  upn: string,
  roleDefinitionId: string,
): Promise<boolean> {
  const bearer = await token(request, upn, ['RoleAssignmentSchedule.ReadWrite.Directory']);
  const reply = await request.get(
    `${V1}/roleManagement/directory/roleAssignmentScheduleInstances/filterByCurrentUser(on='principal')`,
    { headers: { Authorization: `Bearer ${bearer}` } },
  );
  expect(reply.ok(), await reply.text()).toBe(true);
  const body = (await reply.json()) as { value: { roleDefinitionId: string }[] };
  return body.value.some((instance) => instance.roleDefinitionId === roleDefinitionId);
}
