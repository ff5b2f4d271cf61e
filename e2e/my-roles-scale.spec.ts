import { expect, test, type APIRequestContext } from '@playwright/test';
import { graphPosts, graphRequests, MyRolesPage } from './pages/my-roles.ts';
import { SignInPage } from './pages/sign-in.ts';

async function reset(request: APIRequestContext, scenario: string): Promise<void> {
  expect((await request.post('/emulator/_control/reset', { data: { scenario } })).ok()).toBe(true);
}

test.beforeEach(async ({ request }) => {
  await reset(request, 'default');
});

test.describe('My roles at speed and scale', () => {
  test('search, select all shown, activate them with one justification', async ({
    page,
    request,
  }) => {
    await new SignInPage(page).signIn('Adele Vance');
    const myRoles = new MyRolesPage(page);
    await myRoles.waitForList();
    await myRoles.search('reader');
    // Message Center Reader and Global Reader are eligible; Directory Readers is assigned.
    await expect(myRoles.grid.getByRole('row')).toHaveCount(4);
    await myRoles.selectAllShown();
    await expect(page.getByText('3 selected')).toBeVisible();
    await myRoles.openActivation(2);
    await myRoles.dialog.getByRole('textbox', { name: /Justification/ }).fill('Monthly report');
    await myRoles.submitActivation();

    const results = myRoles.results('Activation');
    await expect(results.getByText(/is active\.|is being activated\./)).toHaveCount(2);
    await expect(myRoles.row('Global Reader')).toContainText('Active');
    await expect(myRoles.row('Message Center Reader')).toContainText('Active');
    // Both in one $batch, each sent once, with the one justification.
    const batches = (await graphRequests(request)).filter((entry) =>
      entry.items?.some((item) => item.method === 'POST'),
    );
    expect(batches).toHaveLength(1);
    const posts = await graphPosts(request);
    expect(posts.map((post) => post.status)).toEqual([201, 201]);

    // The activated roles leave the selection; the assigned one stays. The header checkbox
    // selects all shown again, then clears them.
    await expect(page.getByText('1 selected')).toBeVisible();
    const all = myRoles.grid.getByRole('checkbox', { name: 'Select all roles shown' });
    await all.click();
    await expect(page.getByText('3 selected')).toBeVisible();
    await all.click();
    await expect(page.getByText('Select roles to act on them.')).toBeVisible();
  });

  test('300 eligible roles: the list draws what is in view and selects all 300', async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    await reset(request, 'large');
    // Each page of the list takes a while: the first one shows while the others come.
    await request.post('/emulator/_control/latency', { data: { graphMs: 400 } });
    await new SignInPage(page).signIn('Adele Vance');
    const myRoles = new MyRolesPage(page);
    await myRoles.waitForList();
    const loadingMore = page.getByText(/Loading more roles \(\d+ so far\)/);
    await expect(loadingMore).toBeVisible();
    await expect(myRoles.grid).toHaveAttribute('aria-busy', 'true');
    expect(Number(await myRoles.grid.getAttribute('aria-rowcount')) - 1).toBeLessThan(300);
    await expect(loadingMore).toBeHidden({ timeout: 20_000 });
    await request.post('/emulator/_control/latency', { data: { graphMs: 0 } });
    const total = Number(await myRoles.grid.getAttribute('aria-rowcount')) - 1;
    expect(total).toBeGreaterThanOrEqual(300);
    const drawn = await myRoles.grid.getByRole('row').count();
    expect(drawn).toBeLessThan(60);

    // Scrolling to the end draws the last rows, in place (aria-rowindex says where).
    await myRoles.grid.evaluate((grid) => {
      grid.parentElement?.scrollTo({ top: grid.parentElement.scrollHeight });
    });
    await expect(myRoles.grid.locator(`[aria-rowindex="${String(total + 1)}"]`)).toBeVisible();

    // Group policies follow the first batch (they can only be asked for by group id) and fill
    // in: the grid is busy until they have.
    await expect(myRoles.grid).not.toHaveAttribute('aria-busy', 'true');
    const log = await graphRequests(request);
    const batches = log.filter((entry) => entry.path === '/v1.0/$batch');
    expect(batches).toHaveLength(2);
    expect(batches[1]?.items?.every((item) => item.url.includes("scopeType%20eq%20'Group'"))).toBe(
      true,
    );

    await myRoles.selectAllShown();
    await expect(page.getByText(`${String(total)} selected`)).toBeVisible();
  });
});
