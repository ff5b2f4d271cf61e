import { expect as baseExpect, test } from '@playwright/test';
import { graphPosts, graphRequests, MyRolesPage } from './pages/my-roles.ts';
import {
  approveAsMegan,
  myRequestsAtEmulator,
  MyHistorySection,
  PresetsSection,
} from './pages/presets.ts';
import { Shell } from './pages/shell.ts';
import { SignInPage } from './pages/sign-in.ts';

const GLOBAL_READER = 'f2ef992c-3afb-46b9-b7cf-a126ee74c451';
const MESSAGE_CENTER_READER = '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b';
const GLOBAL_ADMINISTRATOR = '62e90394-69f5-4237-9190-012177145e10';
const USER_ADMINISTRATOR = 'fe930be7-5e62-47db-91af-98c3a49a38b1'; // at most 1 hour

// This machine is shared and often loaded: sign-in and reloads get more time than the default.
const expect = baseExpect.configure({ timeout: 15_000 });
test.slow();

test.beforeEach(async ({ request }) => {
  expect(
    (await request.post('/emulator/_control/reset', { data: { scenario: 'default' } })).ok(),
  ).toBe(true);
});

/** The requests this test made: self-activations after `since`, newest first. */
async function activationsSince(
  request: Parameters<typeof myRequestsAtEmulator>[0],
  since: string,
) {
  return (await myRequestsAtEmulator(request, 'Adele Vance')).filter(
    (r) => r.action.toLowerCase() === 'selfactivate' && r.createdDateTime >= since,
  );
}

async function emulatorNow(request: Parameters<typeof myRequestsAtEmulator>[0]): Promise<string> {
  return ((await (await request.get('/emulator/_control/clock')).json()) as { now: string }).now;
}

test.describe('My roles: presets and links', () => {
  test('a preset saved, reloaded, activated in one click', async ({ page, request }) => {
    const since = await emulatorNow(request);
    await new SignInPage(page).signIn('Adele Vance');
    const myRoles = new MyRolesPage(page);
    const presets = new PresetsSection(page);
    await page.mouse.move(0, 0);
    await expect(myRoles.grid).toBeVisible();
    await expect(presets.region).toContainText('No presets yet');

    await myRoles.select('Global Reader');
    await myRoles.select('Message Center Reader');
    await myRoles.openActivation(2);
    await myRoles.dialog.getByRole('combobox', { name: 'Duration' }).selectOption({ label: '2 h' });
    await myRoles.dialog.getByRole('textbox', { name: /Justification/ }).fill('Morning checks');
    await presets.saveFromForm('Morning');
    await myRoles.dialog.getByRole('button', { name: 'Close' }).click();
    expect(await graphPosts(request)).toHaveLength(0);

    await page.reload();
    await expect(myRoles.grid).toBeVisible();
    await expect(presets.region).toContainText('Morning');
    await expect(presets.region).toContainText('2 roles · 2 h');

    await presets.activate('Morning');
    const results = myRoles.results('Activation');
    await expect(results).toContainText('Global Reader');
    await expect(results).toContainText('Message Center Reader');
    await expect(myRoles.dialog).toBeHidden();
    await expect(myRoles.row('Global Reader')).toContainText('Active');
    await expect(myRoles.row('Message Center Reader')).toContainText('Active');

    const posts = await graphPosts(request);
    expect(posts).toHaveLength(2);
    for (const post of posts) expect(post.url).toContain('roleAssignmentScheduleRequests');
    const sent = await activationsSince(request, since);
    expect(sent.map((r) => r.roleDefinitionId).sort()).toEqual(
      [GLOBAL_READER, MESSAGE_CENTER_READER].sort(),
    );
    for (const r of sent) {
      expect(r.justification).toBe('Morning checks');
      expect(r.scheduleInfo?.expiration?.duration).toBe('PT2H');
    }
  });

  test('a preset whose role can no longer be activated is explained, not sent', async ({
    page,
    request,
  }) => {
    await new SignInPage(page).signIn('Adele Vance');
    const myRoles = new MyRolesPage(page);
    const presets = new PresetsSection(page);
    await page.mouse.move(0, 0);
    await expect(myRoles.grid).toBeVisible();
    const file = {
      format: 'pim-portal/presets',
      version: 1,
      presets: [
        {
          name: 'Team on-call',
          roles: [
            { id: `role:${MESSAGE_CENTER_READER}`, name: 'Message Center Reader' },
            { id: 'role:00000000-0000-4000-8000-000000000000', name: 'Retired Role' },
          ],
          duration: 'PT1H',
          justification: 'On call',
        },
      ],
    };
    await presets.importJson('broken.json', '{"format":"pim-portal/presets","version":3}');
    await expect(presets.region.getByRole('alert')).toContainText('newer PIM Portal');
    await presets.importJson('team.json', JSON.stringify(file));
    await expect(presets.region.getByRole('status')).toContainText('1 added');

    await presets.activate('Team on-call');
    await expect(myRoles.dialog).toContainText(
      'You are not eligible for Retired Role (role:00000000-0000-4000-8000-000000000000)',
    );
    await expect(myRoles.dialog.getByRole('textbox', { name: /Justification/ })).toHaveValue(
      'On call',
    );
    expect(await graphPosts(request)).toHaveLength(0);
    await myRoles.submitActivation();
    await expect(myRoles.results('Activation')).toContainText('Message Center Reader');
    expect(await graphPosts(request)).toHaveLength(1);

    const exported = (await presets.exportJson()) as { version: number; presets: unknown[] };
    expect(exported.version).toBe(1);
    expect(exported.presets).toEqual([expect.objectContaining({ name: 'Team on-call' })]);
  });

  test('a deep link pre-fills the form after sign-in', async ({ page, request }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const link =
      `/activate?role=role:${GLOBAL_READER}&role=role:${MESSAGE_CENTER_READER}` +
      '&role=role:nope@bad&duration=PT2H&justification=Incident%20512';
    await new SignInPage(page).startFromLanding(link);
    await new SignInPage(page).choosePersona('Adele Vance');

    const myRoles = new MyRolesPage(page);
    await new Shell(page).expectSignedInAs('Adele Vance');
    await expect(myRoles.dialog).toBeVisible();
    await expect(page).toHaveURL(/\/activate\?role=/);
    const planned = myRoles.dialog.getByRole('list', { name: 'Roles to activate' });
    await expect(planned).toContainText('Global Reader');
    await expect(planned).toContainText('Message Center Reader');
    await expect(myRoles.dialog).toContainText('"role:nope@bad" is not a role id');
    await expect(myRoles.dialog.getByRole('combobox', { name: 'Duration' })).toHaveValue('120');
    await expect(myRoles.dialog.getByRole('textbox', { name: /Justification/ })).toHaveValue(
      'Incident 512',
    );
    // Filled, never sent.
    expect(await graphPosts(request)).toHaveLength(0);

    // Copy link rebuilds an equivalent link from the form.
    const copied = new URL(await new PresetsSection(page).copyLink());
    expect(copied.pathname).toBe('/activate');
    expect(copied.searchParams.getAll('role')).toEqual([
      `role:${GLOBAL_READER}`,
      `role:${MESSAGE_CENTER_READER}`,
    ]);
    expect(copied.searchParams.get('duration')).toBe('PT2H');
    expect(copied.searchParams.get('justification')).toBe('Incident 512');

    await myRoles.submitActivation();
    await expect(myRoles.results('Activation')).toContainText('Global Reader');
    expect(await graphPosts(request)).toHaveLength(2);
  });

  test('My history shows my recent requests with outcome and justification', async ({
    page,
    request,
  }) => {
    await new SignInPage(page).signIn('Adele Vance');
    const myRoles = new MyRolesPage(page);
    await expect(myRoles.grid).toBeVisible();
    await myRoles.select('Message Center Reader');
    await myRoles.select('Global Administrator');
    await myRoles.openActivation(2);
    await myRoles.dialog.getByRole('textbox', { name: /Justification/ }).fill('Tenant review');
    await myRoles.submitActivation();
    await expect(myRoles.row('Global Administrator')).toContainText('Pending approval');
    await expect(myRoles.row('Message Center Reader')).toContainText('Active');
    await approveAsMegan(request, GLOBAL_ADMINISTRATOR);
    // Nothing of My history is fetched until it is opened.
    const before = await graphRequests(request);
    const historyItem = (url: string): boolean => url.includes('createdDateTime');
    expect(before.flatMap((e) => e.items ?? []).filter((i) => historyItem(i.url))).toEqual([]);

    const history = new MyHistorySection(page);
    await history.open();
    const reader = history.row(/Message Center Reader/);
    await expect(reader.first()).toContainText('Activation');
    await expect(reader.first()).toContainText('Activated');
    await expect(reader.first()).toContainText('Tenant review');
    const admin = history.row(/Global Administrator/).first();
    await expect(admin).toContainText('Tenant review');
    await expect(admin).toContainText('Megan Bowen');

    // Both planes came in one $batch; approvers in one more, from beta.
    const after = (await graphRequests(request)).slice(before.length);
    const lists = after.filter((e) => e.items?.some((i) => historyItem(i.url)));
    expect(lists).toHaveLength(1);
    expect(lists[0]?.items?.map((i) => i.url.split('?')[0])).toEqual([
      "/roleManagement/directory/roleAssignmentScheduleRequests/filterByCurrentUser(on='principal')",
      "/identityGovernance/privilegedAccess/group/assignmentScheduleRequests/filterByCurrentUser(on='principal')",
    ]);
    expect(
      after.some(
        (e) => e.path === '/beta/$batch' && e.items?.some((i) => i.url.includes('/steps')),
      ),
    ).toBe(true);
  });

  test("a duration over the role's maximum is said plainly, and the role gets its maximum", async ({
    page,
    request,
  }) => {
    await new SignInPage(page).signIn('Adele Vance');
    await expect(new MyRolesPage(page).grid).toBeVisible();
    await page.goto(
      `/activate?role=role:${USER_ADMINISTRATOR}&duration=PT3H&justification=Password%20resets`,
    );
    const myRoles = new MyRolesPage(page);
    await expect(myRoles.dialog).toBeVisible();
    await expect(myRoles.dialog).toContainText(
      'User Administrator (Tenant-wide) can be active for at most 1 h: it gets 1 h instead of 3 h.',
    );
    // Explained, never sent on its own.
    expect(await graphPosts(request)).toHaveLength(0);

    const since = await emulatorNow(request);
    await myRoles.submitActivation();
    await expect(myRoles.results('Activation')).toContainText('User Administrator');
    const sent = await activationsSince(request, since);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.scheduleInfo?.expiration?.duration).toBe('PT1H');
  });
});
