import { expect, test } from '@playwright/test';
import { graphAsAdele, graphPosts, graphRequests, MyRolesPage } from './pages/my-roles.ts';
import { approveAsMegan } from './pages/presets.ts';
import { SignInPage } from './pages/sign-in.ts';

const GLOBAL_ADMINISTRATOR = '62e90394-69f5-4237-9190-012177145e10';

test.beforeEach(async ({ request }) => {
  expect(
    (await request.post('/emulator/_control/reset', { data: { scenario: 'default' } })).ok(),
  ).toBe(true);
});

test.describe('My roles', () => {
  test('the first screen costs one Graph round trip after the token', async ({ page, request }) => {
    await new SignInPage(page).signIn('Adele Vance');
    const myRoles = new MyRolesPage(page);
    await myRoles.waitForList();
    await expect(myRoles.row('Teams Administrator')).toContainText('Active');
    await expect(myRoles.row('Helpdesk Administrator')).toContainText('Seattle Office');
    await expect(myRoles.row('Finance Admins').first()).toBeVisible();

    const pim = (await graphRequests(request)).filter((entry) => entry.path !== '/v1.0/me');
    const [first, ...rest] = pim;
    // Eligibility, activity, requests and directory policies: one $batch.
    expect(first?.path).toBe('/v1.0/$batch');
    expect(first?.items?.map((item) => item.status)).toEqual([200, 200, 200, 200, 200, 200, 200]);
    // Group policies can only be listed per group, so on a first visit they follow in one more
    // $batch, once the group ids are known.
    expect(rest).toHaveLength(1);
    const groupItems = rest[0]?.items ?? [];
    expect(groupItems.length).toBeGreaterThan(0);
    for (const item of groupItems)
      expect(decodeURIComponent(item.url)).toContain("scopeType eq 'Group'");

    // A returning user: the last visit's groups ride in the first $batch, and nothing follows.
    await request.delete('/emulator/_control/requests');
    await page.reload();
    await myRoles.waitForList();
    await expect(myRoles.grid).toHaveAttribute('aria-busy', 'false');
    await expect(myRoles.row('Finance Admins').first()).not.toContainText('Loading policy');
    const again = (await graphRequests(request)).filter((entry) => entry.path !== '/v1.0/me');
    expect(again).toHaveLength(1);
    const items = again[0]?.items ?? [];
    expect(items.map((item) => item.status)).toEqual(items.map(() => 200));
    expect(
      items
        .slice(7)
        .map((item) => item.url)
        .sort(),
    ).toEqual(groupItems.map((item) => item.url).sort());
  });

  test('activate a role with no requirements, watch it count down, deactivate it', async ({
    page,
    request,
  }) => {
    await page.clock.install();
    await new SignInPage(page).signIn('Adele Vance');
    const myRoles = new MyRolesPage(page);
    await myRoles.waitForList();
    await expect(myRoles.row('Message Center Reader')).toContainText('Eligible');

    await myRoles.select('Message Center Reader');
    await myRoles.openActivation(1);
    await myRoles.submitActivation();
    await expect(myRoles.results('Activation')).toContainText('Message Center Reader');
    await expect(myRoles.row('Message Center Reader')).toContainText('Active');
    await expect(myRoles.row('Message Center Reader')).toContainText(/\d+ h|\d+ min/);
    expect(await graphPosts(request)).toHaveLength(1);

    // Entra refuses deactivation in the first five minutes; the portal says so.
    await myRoles.select('Message Center Reader');
    await expect(page.getByRole('button', { name: 'Deactivate' })).toBeDisabled();

    await request.post('/emulator/_control/clock', { data: { advance: 'PT5M' } });
    await page.clock.fastForward('05:05');
    await page.getByRole('button', { name: 'Deactivate (1)' }).click();
    await expect(myRoles.results('Deactivation')).toContainText('is deactivated.');
    await expect(myRoles.row('Message Center Reader')).toContainText('Eligible');
    const posts = await graphPosts(request);
    expect(posts).toHaveLength(2);
  });

  test('missing justification and ticket: clear messages, nothing sent', async ({
    page,
    request,
  }) => {
    await new SignInPage(page).signIn('Adele Vance');
    const myRoles = new MyRolesPage(page);
    await myRoles.waitForList();
    await myRoles.select('Global Reader');
    await myRoles.select('Exchange Administrator');
    await myRoles.openActivation(2);
    await expect(myRoles.dialog.getByRole('textbox', { name: /Ticket number/ })).toBeVisible();
    await myRoles.submitActivation();

    await expect(myRoles.dialog).toContainText('Nothing was sent.');
    await expect(
      myRoles.dialog.getByRole('list', { name: 'Global Reader still needs' }),
    ).toContainText('its policy requires a justification');
    await expect(
      myRoles.dialog.getByRole('list', { name: 'Exchange Administrator still needs' }),
    ).toContainText('Enter a ticket number');
    expect(await graphPosts(request)).toHaveLength(0);

    // What was typed stays; completing it sends each role once.
    await myRoles.dialog.getByRole('textbox', { name: /Justification/ }).fill('Mailbox restore');
    await myRoles.dialog.getByRole('textbox', { name: /Ticket number/ }).fill('INC-1001');
    await myRoles.dialog.getByRole('textbox', { name: /Ticket system/ }).fill('ServiceNow');
    await myRoles.submitActivation();
    await expect(myRoles.results('Activation')).toContainText('Exchange Administrator');
    expect(await graphPosts(request)).toHaveLength(2);
  });

  test('bulk-activate three roles with mixed policies; cancel the one awaiting approval', async ({
    page,
    request,
  }) => {
    await new SignInPage(page).signIn('Adele Vance');
    const myRoles = new MyRolesPage(page);
    await myRoles.waitForList();
    await myRoles.select('Global Reader');
    await myRoles.select('Exchange Administrator');
    await myRoles.select('Global Administrator');
    await myRoles.openActivation(3);
    await myRoles.dialog.getByRole('textbox', { name: /Justification/ }).fill('Quarterly audit');
    await myRoles.dialog.getByRole('textbox', { name: /Ticket number/ }).fill('CHG-77');
    await myRoles.dialog.getByRole('textbox', { name: /Ticket system/ }).fill('ServiceNow');
    await myRoles.submitActivation();

    const results = myRoles.results('Activation');
    await expect(results.getByText(/Global Reader/)).toBeVisible();
    await expect(results).toContainText('waits for approval');
    await expect(myRoles.row('Global Administrator')).toContainText('Pending approval');
    await expect(myRoles.row('Global Reader')).toContainText('Active');
    await expect(myRoles.row('Exchange Administrator')).toContainText('Active');
    expect(await graphPosts(request)).toHaveLength(3);

    await myRoles.select('Global Administrator');
    await page.getByRole('button', { name: 'Cancel request (1)' }).click();
    await expect(myRoles.results('Cancellation')).toContainText('request is cancelled.');
    await expect(myRoles.row('Global Administrator')).toContainText('Eligible');
    const posts = await graphPosts(request);
    expect(posts).toHaveLength(4);
    expect(posts[3]?.url).toMatch(/roleAssignmentScheduleRequests\/[^/]+\/cancel$/);
  });

  test('a role guarded by an authentication context: step up, then active', async ({
    page,
    request,
  }) => {
    await new SignInPage(page).signIn('Adele Vance');
    const myRoles = new MyRolesPage(page);
    await myRoles.waitForList();
    await myRoles.activateWithVerification('Security Administrator', 'Incident 4711');

    await expect(myRoles.results('Activation')).toContainText('Security Administrator');
    await expect(myRoles.row('Security Administrator')).toContainText('Active');
    const posts = await graphPosts(request);
    expect(posts).toHaveLength(1);
  });

  test('a partly throttled batch completes with no duplicate POST', async ({ page, request }) => {
    await new SignInPage(page).signIn('Adele Vance');
    const myRoles = new MyRolesPage(page);
    await myRoles.waitForList();
    const fault = await request.post('/emulator/_control/faults', {
      data: {
        method: 'POST',
        path: '/roleManagement/directory/roleAssignmentScheduleRequests',
        status: 429,
        retryAfter: 1,
        times: 1,
      },
    });
    expect(fault.ok()).toBe(true);

    await myRoles.select('Message Center Reader');
    await myRoles.select('Global Reader');
    await myRoles.openActivation(2);
    await myRoles.dialog.getByRole('textbox', { name: /Justification/ }).fill('Morning checks');
    await myRoles.submitActivation();
    await expect(myRoles.results('Activation')).not.toContainText('Code:');
    await expect(myRoles.row('Message Center Reader')).toContainText('Active');
    await expect(myRoles.row('Global Reader')).toContainText('Active');

    // One item was throttled and resent; each role reached PIM exactly once.
    const statuses = (await graphPosts(request)).map((post) => post.status).sort();
    expect(statuses).toEqual([201, 201, 429]);
  });

  test('an approver decides: the employee sees the role active without reloading', async ({
    page,
    request,
  }) => {
    test.setTimeout(60_000);
    await new SignInPage(page).signIn('Adele Vance');
    const myRoles = new MyRolesPage(page);
    await myRoles.waitForList();
    await myRoles.select('Global Administrator');
    await myRoles.openActivation(1);
    await myRoles.dialog.getByRole('textbox', { name: /Justification/ }).fill('Tenant migration');
    await myRoles.submitActivation();
    await expect(myRoles.row('Global Administrator')).toContainText('Pending approval');

    await approveAsMegan(request, GLOBAL_ADMINISTRATOR);
    // The list polls while a request waits for approval (every 15 s while the tab is visible).
    await expect(page.getByText('Your request was approved.')).toBeVisible({ timeout: 25_000 });
    await expect(myRoles.row('Global Administrator')).toContainText('Active');
  });

  test('a role that requires MFA: verified before the request, accepted first time', async ({
    page,
    request,
  }) => {
    await new SignInPage(page).signIn('Adele Vance');
    const myRoles = new MyRolesPage(page);
    await myRoles.waitForList();
    await myRoles.activateWithVerification('SharePoint Administrator', 'Site recovery');

    await expect(myRoles.row('SharePoint Administrator')).toContainText('Active');
    expect((await graphPosts(request)).map((post) => post.status)).toEqual([201]);
  });
});

const GLOBAL_READER = 'f2ef992c-3afb-46b9-b7cf-a126ee74c451';
const MY_REQUESTS =
  "/roleManagement/directory/roleAssignmentScheduleRequests/filterByCurrentUser(on='principal')";
const MY_INSTANCES =
  "/roleManagement/directory/roleAssignmentScheduleInstances/filterByCurrentUser(on='principal')";

interface StoredRequest {
  id: string;
  action: string;
  status: string;
  roleDefinitionId: string;
  justification: string | null;
  createdDateTime: string;
  scheduleInfo: { expiration: { duration: string | null } };
}

test.describe('My roles: before it ends, and requests on their way', () => {
  // A reset reseeds the tenant but keeps the clock: give the next spec today's time back.
  test.afterEach(async ({ request }) => {
    await request.post('/emulator/_control/clock', { data: { set: new Date().toISOString() } });
  });

  test('expiry warning at 5 minutes → Extend → new end time', async ({ page, request }) => {
    await page.clock.install();
    await new SignInPage(page).signIn('Adele Vance');
    const myRoles = new MyRolesPage(page);
    await myRoles.waitForList();
    await myRoles.activateNow('Global Reader', 'Quarterly access review');
    await expect(myRoles.endingSoon).toBeHidden();

    // 55 of its 60 minutes pass, in the tenant and in the browser.
    await request.post('/emulator/_control/clock', { data: { advance: 'PT55M' } });
    await page.clock.fastForward('55:00');
    await expect(myRoles.endingSoon).toContainText('Global Reader (Tenant-wide) ends at');
    await expect(myRoles.endingSoon).toContainText('with the same justification');
    await myRoles.extend('Global Reader');

    // PIM cannot extend an activation: the portal ended it and activated it again, once each.
    await expect(myRoles.endingSoon).toContainText('Extended: now ends at');
    const posts = await graphPosts(request);
    expect(posts.map((post) => post.status)).toEqual([201, 201, 201]);
    const mine = await graphAsAdele<{ value: StoredRequest[] }>(request, MY_REQUESTS);
    const reader = mine.value
      .filter((r) => r.roleDefinitionId === GLOBAL_READER)
      .sort((a, b) => a.createdDateTime.localeCompare(b.createdDateTime));
    expect(reader.map((r) => r.action.toLowerCase())).toEqual([
      'selfactivate',
      'selfdeactivate',
      'selfactivate',
    ]);
    expect(reader[2]?.justification).toBe('Quarterly access review');
    expect(reader[2]?.scheduleInfo.expiration.duration).toBe('PT1H');

    // The end on screen is the end PIM gave the new activation.
    // PIM provisions the new activation asynchronously: wait for its instance.
    let end: string | undefined;
    await expect
      .poll(async () => {
        const instances = await graphAsAdele<{
          value: { roleDefinitionId: string; endDateTime: string }[];
        }>(request, MY_INSTANCES);
        end = instances.value.find((i) => i.roleDefinitionId === GLOBAL_READER)?.endDateTime;
        return end;
      })
      .toBeDefined();
    const shown = await page.evaluate(
      (iso) => new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(new Date(iso)),
      end ?? '',
    );
    await expect(myRoles.endingSoon).toContainText(`Extended: now ends at ${shown}.`);
    await expect(myRoles.endingSoon).not.toContainText('Global Reader (Tenant-wide) ends at');
    await expect(myRoles.row('Global Reader')).toContainText('Active');
  });

  test('a scheduled activation appears in the pending and scheduled section and can be cancelled', async ({
    page,
    request,
  }) => {
    await new SignInPage(page).signIn('Adele Vance');
    const myRoles = new MyRolesPage(page);
    await myRoles.waitForList();
    const tomorrow = await page.evaluate(() => {
      const at = new Date(Date.now() + 24 * 60 * 60_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${String(at.getFullYear())}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T09:30`;
    });
    await myRoles.scheduleActivation('Message Center Reader', tomorrow, 'Release night');
    await expect(myRoles.results('Activation')).toContainText('is scheduled.');

    const row = myRoles.pendingRequests.getByRole('row', { name: /Message Center Reader/ });
    await expect(row).toContainText('Scheduled');
    await expect(row).toContainText(/asked (now|this minute|\d+ minutes? ago)/);
    await expect(row).toContainText('1 h');
    await myRoles.cancelRequest('Message Center Reader');

    await expect(myRoles.results('Cancellation')).toContainText('request is cancelled.');
    await expect(myRoles.pendingRequests).toBeHidden();
    await expect(myRoles.row('Message Center Reader')).toContainText('Eligible');
    const posts = await graphPosts(request);
    expect(posts).toHaveLength(2);
    expect(posts[1]?.url).toMatch(/roleAssignmentScheduleRequests\/[^/]+\/cancel$/);
    expect(posts[1]?.status).toBe(204);
  });
});
