import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { ROLE_IDS } from '../emulator/tenant/role-catalog.ts';
import { graphUrls, HistoryPage, tokenFor } from './pages/history.ts';
import { SignInPage } from './pages/sign-in.ts';

const ADELE = 'AdeleV@contoso.onmicrosoft.com';

test.beforeEach(async ({ request }) => {
  expect(
    (await request.post('/emulator/_control/reset', { data: { scenario: 'default' } })).ok(),
  ).toBe(true);
});

test.describe('History (admins)', () => {
  test('Alex filters by requester and status; Graph does the filtering', async ({
    page,
    request,
  }) => {
    await new SignInPage(page).signIn('Alex Wilber');
    const history = new HistoryPage(page);
    await history.open();
    await expect(history.rows.first()).toBeVisible();

    // The requester of the newest request: their UPN is on the name's hover text.
    const requester = history.cell(history.rows.first(), 1);
    const name = (await requester.innerText()).trim();
    const upn = (await requester.locator('[title]').first().getAttribute('title')) ?? '';
    expect(upn).toContain('@');

    await history.applyFilters({ requester: upn, status: 'Provisioned' });
    await expect(history.status).toContainText(/^\d+ of \d+ loaded requests shown/);
    const count = await history.rows.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const row = history.rows.nth(i);
      await expect(history.cell(row, 1)).toHaveText(name);
      await expect(history.cell(row, 4)).toHaveText('Provisioned');
    }
    const urls = (await graphUrls(request)).map(decodeURIComponent);
    expect(
      urls.some((u) => u.includes('principalId eq') && u.includes("status eq 'Provisioned'")),
    ).toBe(true);
  });

  test('Alex opens an approved activation: timeline, approver and audit entries of its window', async ({
    page,
  }) => {
    await new SignInPage(page).signIn('Alex Wilber');
    const history = new HistoryPage(page);
    await history.open();
    await history.applyFilters({ role: 'Global Administrator', status: 'Provisioned' });
    await history.refineAction('Activate');
    await expect(history.rows.first()).toBeVisible();
    await expect(history.cell(history.rows.first(), 2)).toContainText('Global Administrator');
    // The approver is in the grid too, read in one $batch for the rows in view.
    await expect(history.cell(history.rows.first(), 5)).toContainText('(Approved)');

    const panel = await history.openDetails(history.rows.first());
    const facts = panel.getByRole('definition');
    await expect(facts.filter({ hasText: ': Approved' })).toHaveCount(1);
    const timeline = panel.getByRole('list', { name: 'Timeline' });
    await expect(timeline.getByRole('listitem').first()).toContainText('Requested');
    await expect(timeline).toContainText('Approved');
    await expect(timeline).toContainText('Active');
    await expect(timeline.getByRole('listitem').last()).toContainText(/Ended|Deactivated/);
    const audit = panel.getByRole('table', { name: 'Audit entries in the activation window' });
    await expect(audit).toContainText('Add member to role completed (PIM activation)');
  });

  test('the PIM audit tab pages through the log', async ({ page }) => {
    await new SignInPage(page).signIn('Alex Wilber');
    const history = new HistoryPage(page);
    await history.open();
    const table = await history.openAuditTab();
    await expect(table.getByRole('row')).toHaveCount(51);
    await expect(page.getByRole('status').filter({ hasText: 'entries shown' })).toHaveText(
      '50 entries shown',
    );
    await page.getByRole('button', { name: 'Load more entries' }).click();
    await expect(table.getByRole('row')).toHaveCount(101);
    await expect(table.getByRole('row').nth(1)).toContainText('PIM');
  });

  test('export a filtered view: rows, quoting and neutralised formula cells', async ({
    page,
    request,
  }) => {
    // Adele activates a role with a justification crafted to run as a spreadsheet formula.
    const token = await tokenFor(request, ADELE, ['RoleAssignmentSchedule.ReadWrite.Directory']);
    const me = (
      (await (await request.get('/emulator/_control/info')).json()) as {
        personas: { userPrincipalName: string; id: string }[];
      }
    ).personas.find((p) => p.userPrincipalName === ADELE);
    const justification = '=HYPERLINK("https://evil.example","Open, now")';
    const created = await request.post(
      '/emulator/graph/v1.0/roleManagement/directory/roleAssignmentScheduleRequests',
      {
        headers: { Authorization: `Bearer ${token}` },
        data: {
          action: 'selfActivate',
          principalId: me?.id,
          roleDefinitionId: ROLE_IDS.messageCenterReader,
          directoryScopeId: '/',
          justification,
          ticketInfo: { ticketNumber: '@SUM(1+1)', ticketSystem: 'ServiceNow' },
          scheduleInfo: {
            startDateTime: new Date().toISOString(),
            expiration: { type: 'afterDuration', duration: 'PT1H' },
          },
        },
      },
    );
    expect(created.status()).toBe(201);

    await new SignInPage(page).signIn('Alex Wilber');
    const history = new HistoryPage(page);
    await history.open();
    await history.applyFilters({ requester: ADELE });
    await expect(history.rows.first()).toBeVisible();
    const shown = Number(/^(\d+) of/.exec(await history.status.innerText())?.[1]);
    expect(shown).toBeGreaterThan(0);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /^Export CSV/ }).click();
    const file = await (await download).path();
    const csv = await readFile(file, 'utf8');
    expect(csv.startsWith('\uFEFFRequest ID,Kind,Requester,')).toBe(true);
    const lines = csv
      .slice(1)
      .split('\r\n')
      .filter((l) => l !== '');
    expect(lines).toHaveLength(shown + 1);
    expect(csv).toContain('"\'=HYPERLINK(""https://evil.example"",""Open, now"")"');
    expect(csv).toContain(",'@SUM(1+1),");
    expect(csv).not.toMatch(/,=HYPERLINK/);
  });

  test('sorting by a column orders every loaded row', async ({ page }) => {
    await new SignInPage(page).signIn('Alex Wilber');
    const history = new HistoryPage(page);
    await history.open();
    await expect(history.rows.first()).toBeVisible();
    const header = history.grid.getByRole('columnheader', { name: 'Requester' });
    await header.click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const names = await history.rows.evaluateAll((rows) =>
      rows.slice(0, 8).map((row) => row.querySelectorAll('[role=gridcell]')[1]?.textContent ?? ''),
    );
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names[0]?.localeCompare('Adele Vance')).toBeLessThanOrEqual(0);
  });

  test('charts of the shown requests, each with its table', async ({ page }) => {
    await new SignInPage(page).signIn('Alex Wilber');
    const history = new HistoryPage(page);
    await history.open();
    await expect(history.rows.first()).toBeVisible();
    await page.getByRole('button', { name: 'Charts of the shown requests' }).click();
    const perDay = page.getByRole('table', { name: 'Activations per day by outcome' });
    await expect(perDay.getByRole('row').nth(1)).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Most activated roles and groups' }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: 'Most active requesters' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Approval turnaround' })).toContainText('Median');
  });

  test('Adele opening History gets the permission explanation, not an error', async ({ page }) => {
    await new SignInPage(page).signIn('Adele Vance');
    await new HistoryPage(page).open();
    await expect(
      page.getByRole('heading', { name: /History is for people who may read/ }),
    ).toBeVisible();
    await expect(page.getByText(/Security Reader/)).toBeVisible();
    await expect(
      page.getByText(/Privileged Role Administrator or Global Administrator can assign/),
    ).toBeVisible();
  });
});
