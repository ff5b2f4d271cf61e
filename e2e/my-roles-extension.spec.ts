import { expect, test, type APIRequestContext } from '@playwright/test';
import { mintToken } from './pages/emulator.ts';
import { graphAsAdele, graphPosts, MyRolesPage } from './pages/my-roles.ts';
import { SignInPage } from './pages/sign-in.ts';

const ADELE = '2a6b1c7e-8f3d-4a5b-9c0d-1e2f3a4b5c01';
/** Assigned to Adele by an administrator until ten days from now; extensions need approval. */
const KNOWLEDGE_ADMINISTRATOR = 'b5a8dcf3-09d5-43a9-a639-8e29ef291470';
const REQUESTS = '/roleManagement/directory/roleAssignmentScheduleRequests';

interface StoredRequest {
  id: string;
  action: string;
  status: string;
  roleDefinitionId: string;
}

/** Adele asks PIM to extend her assignment (as the Entra admin center would), as herself. */
async function requestExtension(request: APIRequestContext): Promise<string> {
  const token = await mintToken(request, 'AdeleV@contoso.onmicrosoft.com', [
    'RoleAssignmentSchedule.ReadWrite.Directory',
  ]);
  const reply = await request.post(`/emulator/graph/v1.0${REQUESTS}`, {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      action: 'selfExtend',
      principalId: ADELE,
      roleDefinitionId: KNOWLEDGE_ADMINISTRATOR,
      directoryScopeId: '/',
      justification: 'Knowledge base migration runs on',
      scheduleInfo: {
        startDateTime: new Date().toISOString(),
        expiration: { type: 'afterDuration', duration: 'P90D' },
      },
    },
  });
  expect(reply.status(), await reply.text()).toBe(201);
  const created = (await reply.json()) as StoredRequest;
  expect(created.status).toBe('PendingApproval');
  return created.id;
}

test.beforeEach(async ({ request }) => {
  expect(
    (await request.post('/emulator/_control/reset', { data: { scenario: 'default' } })).ok(),
  ).toBe(true);
});

test('a pending extension of a still-active role is listed, and can be cancelled', async ({
  page,
  request,
}) => {
  const requestId = await requestExtension(request);
  await new SignInPage(page).signIn('Adele Vance');
  const myRoles = new MyRolesPage(page);
  await myRoles.waitForList();

  // The role is still active (assigned) while its extension waits for an approver.
  await expect(myRoles.row('Knowledge Administrator')).toContainText('Assigned');
  await expect(myRoles.row('Knowledge Administrator')).toContainText('extension pending approval');
  const row = myRoles.pendingRequests.getByRole('row', { name: /Knowledge Administrator/ });
  await expect(row).toContainText('Extension pending approval');
  await expect(row).toContainText(/asked (now|this minute|\d+ minutes? ago)/);
  await request.delete('/emulator/_control/requests');
  await myRoles.cancelRequest('Knowledge Administrator');

  await expect(myRoles.results('Cancellation')).toContainText('request is cancelled.');
  await expect(myRoles.pendingRequests).toBeHidden();
  await expect(myRoles.row('Knowledge Administrator')).toContainText('Assigned');
  await expect(myRoles.row('Knowledge Administrator')).not.toContainText('extension');
  const posts = await graphPosts(request);
  expect(posts).toHaveLength(1);
  expect(posts[0]?.url).toContain(`${REQUESTS}/${requestId}/cancel`);
  expect(posts[0]?.status).toBe(204);
  const mine = await graphAsAdele<{ value: StoredRequest[] }>(
    request,
    `${REQUESTS}/filterByCurrentUser(on='principal')`,
  );
  expect(mine.value.find((r) => r.id === requestId)?.status).toBe('Canceled');
});
