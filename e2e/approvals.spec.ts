import { expect, test } from '@playwright/test';
import {
  approveAs,
  ApprovalsPage,
  graphPatches,
  requestRole,
  requestLog,
  requestStatus,
  ROLES,
  UPN,
  userId,
} from './pages/approvals.ts';
import {
  GROUPS,
  holdsRole,
  SECURITY_READER,
  selfActivateGroup,
  selfActivateRole,
} from './pages/approvals-requests.ts';
import { SignInPage } from './pages/sign-in.ts';

test.beforeEach(async ({ request }) => {
  expect(
    (await request.post('/emulator/_control/reset', { data: { scenario: 'default' } })).ok(),
  ).toBe(true);
});

test.describe('Approvals', () => {
  test('the approver sees a request with its reason and ticket, approves it, the role is active', async ({
    page,
    request,
  }) => {
    const id = await requestRole(request, {
      roleDefinitionId: ROLES.globalAdministrator,
      justification: '<b>Investigate</b> incident 42',
      ticketNumber: 'INC-1001',
    });
    await new SignInPage(page).signIn('Megan Bowen', '/approvals');
    const approvals = new ApprovalsPage(page);
    const row = approvals.row('Adele Vance', 'Global Administrator');
    // The requester's words are shown as text, markup and all.
    await expect(row).toContainText('<b>Investigate</b> incident 42');
    await expect(row).toContainText('INC-1001');

    // Six colleagues' requests are seeded for Megan; Adele's makes seven.
    const navLink = page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Approvals/ });
    await expect(navLink).toContainText('7');

    await approvals.open('Adele Vance', 'Global Administrator');
    await expect(approvals.panel).toContainText('AdeleV@contoso.onmicrosoft.com');
    await approvals.decide('Approve', 'Incident confirmed with the SOC');
    await expect(approvals.results).toContainText('Approved.');
    await expect(row).toHaveCount(0);
    await expect(navLink).toContainText('6');
    await expect.poll(() => requestStatus(request, id)).toBe('Provisioned');
    expect(await graphPatches(request)).toHaveLength(1);
  });

  test('deny with a justification: the employee sees the request denied', async ({
    page,
    request,
  }) => {
    const id = await requestRole(request, {
      roleDefinitionId: ROLES.globalAdministrator,
      justification: 'Need to reset a password',
    });
    await new SignInPage(page).signIn('Megan Bowen', '/approvals');
    const approvals = new ApprovalsPage(page);
    await approvals.open('Adele Vance', 'Global Administrator');

    // The policy asks approvers for a reason: nothing is sent without one.
    await approvals.panel.getByRole('button', { name: 'Deny', exact: true }).click();
    await expect(approvals.panel).toContainText('Enter a justification');
    expect(await graphPatches(request)).toHaveLength(0);

    await approvals.decide('Deny', 'Helpdesk can reset passwords');
    await expect(approvals.results).toContainText('Denied.');
    await expect.poll(() => requestStatus(request, id)).toBe('Denied');
  });

  test('bulk approve five requests, one already approved by another approver', async ({
    page,
    request,
  }) => {
    const id = await requestRole(request, {
      roleDefinitionId: ROLES.privilegedRoleAdministrator,
      justification: 'Assign Helpdesk roles for the new hires',
    });
    await new SignInPage(page).signIn('Megan Bowen', '/approvals');
    const approvals = new ApprovalsPage(page);
    await expect(approvals.row('Adele Vance', 'Privileged Role Administrator')).toHaveCount(1);

    await approvals.grid
      .getByRole('checkbox', {
        name: 'Select the request of Adele Vance for Privileged Role Administrator',
      })
      .check();
    const others = approvals.grid
      .getByRole('row')
      .filter({ hasNotText: 'Adele Vance' })
      .getByRole('checkbox', { name: /^Select the request of/ });
    for (let i = 0; i < 4; i++) await others.nth(i).check();
    await page.getByRole('button', { name: 'Decide selected (5)' }).click();

    // Meanwhile Lynne, also in PIM Approvers, approves Adele's request.
    await approveAs(request, UPN.lynne, id);
    const before = (await graphPatches(request)).length;

    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /Your justification/ }).fill('Quarterly on-call');
    await dialog.getByRole('button', { name: 'Approve 5 requests' }).click();

    await expect(approvals.results).toContainText('4 of 5 decided');
    await expect(approvals.results).toContainText('Already approved by Lynne Robbins.');
    await expect(approvals.results.getByText('Approved.', { exact: true })).toHaveCount(4);
    // Four PATCHes, none for the request Lynne decided, none sent twice.
    const patches = (await graphPatches(request)).slice(before);
    expect(patches).toHaveLength(4);
    expect(new Set(patches).size).toBe(4);
    expect(patches.some((url) => url.includes(id))).toBe(false);
  });

  test('a deep link to one request survives sign-in', async ({ page, request }) => {
    const id = await requestRole(request, {
      roleDefinitionId: ROLES.globalAdministrator,
      justification: 'Deep link check',
    });
    await new SignInPage(page).signIn('Megan Bowen', `/approvals/${id}`);
    const approvals = new ApprovalsPage(page);
    await expect(approvals.panel).toContainText('Deep link check');
    await expect(approvals.panel).toContainText('Global Administrator');
  });

  test('a deep link to a request someone else decided says so plainly', async ({
    page,
    request,
  }) => {
    const id = await requestRole(request, {
      roleDefinitionId: ROLES.privilegedRoleAdministrator,
      justification: 'Decided elsewhere',
    });
    await approveAs(request, UPN.lynne, id);
    await new SignInPage(page).signIn('Megan Bowen', `/approvals/${id}`);
    await expect(page.getByText('This request was already approved.')).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('a request past its timeout is no longer offered for a decision', async ({
    page,
    request,
  }) => {
    await page.clock.install();
    await requestRole(request, {
      roleDefinitionId: ROLES.globalAdministrator,
      justification: 'About to time out',
    });
    await new SignInPage(page).signIn('Megan Bowen', '/approvals');
    const approvals = new ApprovalsPage(page);
    const row = approvals.row('Adele Vance', 'Global Administrator');
    await expect(row).toHaveCount(1);

    // A day later the stage has timed out (approvalStageTimeOutInDays: 1): PIM denies it.
    await page.clock.setSystemTime(Date.now() + 24 * 3_600_000 + 60_000);
    await page.clock.runFor(31_000);
    await expect(row).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'timed out' })).toBeVisible();
  });

  test('the panel shows the requester’s recent requests, once the approver may read them', async ({
    page,
    request,
  }) => {
    // Adele's earlier requests: a group membership she activated, a role Lynne denied.
    await selfActivateGroup(request, UPN.adele, GROUPS.financeAdmins, 'Quarter-end close');
    const denied = await requestRole(request, {
      roleDefinitionId: ROLES.privilegedRoleAdministrator,
      justification: '<i>Grant myself</i> more roles',
    });
    await approveAs(request, UPN.lynne, denied, 'Deny');
    const id = await requestRole(request, {
      roleDefinitionId: ROLES.globalAdministrator,
      justification: 'Rotate the break-glass credentials',
    });

    await new SignInPage(page).signIn('Megan Bowen', `/approvals/${id}`);
    const approvals = new ApprovalsPage(page);
    const history = approvals.history('Adele Vance');
    // Megan holds no reader role: the panel says which roles would let her see, and she can
    // still decide.
    await expect(history).toContainText('Directory role requests are hidden');
    await expect(history).toContainText('Security Reader');
    await expect(history).toContainText('Group requests are hidden');
    await expect(
      approvals.panel.getByRole('button', { name: 'Approve', exact: true }),
    ).toBeEnabled();

    // She is eligible for Security Reader: she activates it and asks again. It opens the role
    // plane only: other people's PIM for Groups requests need Global Reader or Privileged Role
    // Administrator (every seeded group is role-assignable), or membership of the group.
    await selfActivateRole(request, UPN.megan, SECURITY_READER, 'Check a requester history');
    await expect.poll(() => holdsRole(request, UPN.megan, SECURITY_READER)).toBe(true);
    await history.getByRole('button', { name: 'Try again' }).click();
    await expect(history).not.toContainText('Directory role requests are hidden');
    await expect(history).toContainText('Group requests are hidden');
    await expect(history).toContainText('Global Reader');
    const item = (name: string) => history.getByRole('listitem').filter({ hasText: name });
    await expect(item('Privileged Role Administrator')).toContainText('Denied or timed out');
    // Her words are text, markup and all.
    await expect(item('Privileged Role Administrator')).toContainText(
      '<i>Grant myself</i> more roles',
    );
    await expect(item('Finance Admins')).toHaveCount(0);
    await expect(item('Teams Administrator')).toContainText('Activated');
    // The request under review is not part of its own history.
    await expect(item('Global Administrator')).toHaveCount(0);

    // Each time, both planes' requests of Adele were asked in one $batch: both refused, then the
    // role plane read and the group plane still refused.
    const adele = await userId(request, UPN.adele);
    const batches = (await requestLog(request)).filter((entry) =>
      entry.items?.some((i) => decodeURIComponent(i.url).includes(`principalId eq '${adele}'`)),
    );
    expect(batches.map((b) => b.items?.map((i) => [i.url.split('?')[0], i.status]))).toEqual(
      [
        [403, 403],
        [200, 403],
      ].map(([role, group]) => [
        ['/roleManagement/directory/roleAssignmentScheduleRequests', role],
        ['/identityGovernance/privilegedAccess/group/assignmentScheduleRequests', group],
      ]),
    );
  });

  test('a user who approves nothing sees a friendly explanation', async ({ page }) => {
    await new SignInPage(page).signIn('Diego Siciliani', '/approvals');
    await expect(
      page.getByRole('heading', { name: 'Nothing is waiting for your approval' }),
    ).toBeVisible();
    await expect(page.getByRole('grid')).toHaveCount(0);
  });

  test('the keyboard alone works the queue: arrows move between requests, Enter opens one', async ({
    page,
  }) => {
    await new SignInPage(page).signIn('Megan Bowen', '/approvals');
    const approvals = new ApprovalsPage(page);
    const rows = approvals.grid.getByRole('row');
    await expect(rows.nth(2)).toBeVisible();
    const first = rows.nth(1);
    const second = rows.nth(2);
    await first.getByRole('checkbox').focus();
    await page.keyboard.press('ArrowDown');
    await expect(second.getByRole('checkbox')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    const review = second.getByRole('button', { name: /^Review / });
    await expect(review).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(first.getByRole('button', { name: /^Review / })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Space');
    await expect(second.getByRole('checkbox')).toBeChecked();
    await expect(first.getByRole('checkbox')).not.toBeChecked();
    await page.keyboard.press('ArrowRight');
    await expect(review).toBeFocused();
    const label = (await review.getAttribute('aria-label')) ?? '';
    const requester = /^Review the request of (.+) for /.exec(label)?.[1] ?? '';
    expect(requester).not.toBe('');
    await page.keyboard.press('Enter');
    // The request the keyboard was on opens in the panel.
    await expect(approvals.panel).toBeVisible();
    await expect(approvals.panel).toContainText(requester);
  });
});

test.describe('Approvals at scale', () => {
  test('5,000 waiting requests: one round trip, a windowed grid, filters on the loaded queue', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const reset = await request.post('/emulator/_control/reset', { data: { scenario: 'large' } });
    expect(reset.ok()).toBe(true);
    await new SignInPage(page).signIn('Megan Bowen', '/approvals');
    const approvals = new ApprovalsPage(page);
    // The first page shows at once; the rest streams in behind it.
    await expect(approvals.grid.getByRole('row').nth(1)).toBeVisible({ timeout: 10_000 });
    await expect(page.getByText('5000 requests waiting')).toBeVisible({ timeout: 60_000 });
    // Only the rows in view are in the document.
    expect(await approvals.grid.getByRole('row').count()).toBeLessThan(60);
    await expect(approvals.grid).toHaveAttribute('aria-rowcount', '5001');
    // Scrolling to the end draws the last rows, in their place.
    await approvals.grid.locator('xpath=..').evaluate((scroller) => {
      scroller.scrollTop = scroller.scrollHeight;
    });
    await expect(approvals.grid.locator('[aria-rowindex="5001"]')).toBeVisible();
    expect(await approvals.grid.getByRole('row').count()).toBeLessThan(60);

    // The filter runs on the loaded queue: every row it leaves is a Global Administrator request.
    await page.getByRole('searchbox').fill('Global Administrator');
    await expect(page.getByText(/^\d+ of 5000 requests shown/)).toBeVisible();
    const shown = approvals.grid
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: /^Review / }) });
    for (const text of await shown.allTextContents())
      expect(text).toContain('Global Administrator');

    // The queue came in one $batch of both planes (plus next pages of a long list).
    const log = (await (await request.get('/emulator/_control/requests')).json()) as {
      requests: { path: string; items?: { url: string }[] }[];
    };
    const queueBatches = log.requests.filter((entry) =>
      entry.items?.some((item) => item.url.includes("filterByCurrentUser(on='approver')")),
    );
    expect(queueBatches).toHaveLength(1);
    expect(queueBatches[0]?.items).toHaveLength(2);
  });

  test('rows the approver is looking at stay in place while older pages land above them', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    expect(
      (await request.post('/emulator/_control/reset', { data: { scenario: 'large' } })).ok(),
    ).toBe(true);
    await new SignInPage(page).signIn('Megan Bowen', '/');
    // Slow Graph down so the queue is still paging in while the approver reads it.
    const latency = { graphMs: 150, identityMs: 0 };
    expect((await request.post('/emulator/_control/latency', { data: latency })).ok()).toBe(true);
    await request.delete('/emulator/_control/requests');
    await page.goto('/approvals');
    const approvals = new ApprovalsPage(page);
    const status = page.getByRole('status').filter({ hasText: /requests/ });
    await expect(status).toContainText('Loading more…', { timeout: 15_000 });

    // The approver points into the grid and scrolls three rows down; the row at the top of the
    // view is the one they are reading (found by position: pages keep landing meanwhile).
    const scroller = approvals.grid.locator('xpath=..');
    await scroller.hover({ position: { x: 300, y: 200 } });
    const label = await scroller.evaluate(async (element) => {
      element.scrollTop = 3 * 56;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const top = element.getBoundingClientRect().top + 56; // below the sticky header
      const rows = [...element.querySelectorAll('[role="row"][aria-rowindex]')];
      const reading = rows.find((row) => row.getBoundingClientRect().top >= top - 1);
      return reading?.querySelector('button[aria-label^="Review"]')?.getAttribute('aria-label');
    });
    expect(label).toBeTruthy();
    const before = Number(
      await approvals.grid
        .getByRole('row')
        .filter({ has: page.getByRole('button', { name: label ?? '', exact: true }) })
        .getAttribute('aria-rowindex'),
    );

    await expect(page.getByText('5000 requests waiting')).toBeVisible({ timeout: 90_000 });
    // Older requests landed above it (its position grew), and it is still in view.
    const row = approvals.grid.getByRole('row').filter({
      has: page.getByRole('button', { name: label ?? '', exact: true }),
    });
    await expect(row).toBeInViewport();
    expect(Number(await row.getAttribute('aria-rowindex'))).toBeGreaterThan(before);
    // It really paged in behind the first screen: pages after the first batch reached Graph.
    const pages = (await requestLog(request)).filter(
      (entry) => entry.method === 'GET' && entry.path.includes('filterByCurrentUser'),
    );
    expect(pages.length).toBeGreaterThan(10);
    await request.post('/emulator/_control/latency', { data: { graphMs: 0, identityMs: 0 } });
  });
});
