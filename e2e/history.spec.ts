import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { ROLE_IDS } from '../emulator/tenant/role-catalog.ts';
import { csvRows, graphUrls, HistoryPage, tokenFor } from './pages/history.ts';

const ADELE = 'AdeleV@contoso.onmicrosoft.com';

test.beforeEach(async ({ request }) => {
  expect(
    (await request.post('/emulator/_control/reset', { data: { scenario: 'default' } })).ok(),
  ).toBe(true);
});

test.describe('History (admins)', () => {
  // Each story signs in and asks for History's permissions first; on a busy two-core machine
  // that alone can take ten seconds. A bound on the whole story, not a timing assertion.
  test.describe.configure({ timeout: 90_000 });

  test('Alex filters by requester and status; Graph does the filtering', async ({
    page,
    request,
  }) => {
    const history = await HistoryPage.openAs(page, 'Alex Wilber');
    await history.waitForRows();

    // The requester of the newest request: their UPN is on the name's hover text.
    const requester = history.cell(history.rows.first(), 1);
    const name = (await requester.innerText()).trim();
    const upn = (await requester.locator('[title]').first().getAttribute('title')) ?? '';
    expect(upn).toContain('@');

    await history.applyFilters({ requester: upn, status: 'Provisioned' });
    await expect(history.status).toContainText(/^\d+ of \d+ loaded requests shown/);
    // Alex is a Security Reader: Graph refuses him this person's group requests, and the page
    // says so instead of failing.
    await expect(page.getByText(/group requests are not shown/)).toBeVisible();
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
    const history = await HistoryPage.openAs(page, 'Alex Wilber');
    await history.applyFilters({ role: 'Global Administrator', status: 'Provisioned' });
    await history.refineAction('Activate');
    await history.waitForRows();
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
    const history = await HistoryPage.openAs(page, 'Alex Wilber');
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

    const history = await HistoryPage.openAs(page, 'Alex Wilber');
    await history.applyFilters({ requester: ADELE });
    await history.waitForRows();
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

  test('the export reads the requests not loaded yet from Graph, page by page', async ({
    page,
    request,
  }) => {
    // Small pages, so the screen holds only part of the list and the export must read the rest.
    await request.post('/emulator/_control/reset', {
      data: { scenario: 'default', paging: { pimPageSize: 20 } },
    });
    // What Graph holds: every role request of the tenant, read through the list's own links.
    const token = await tokenFor(request, 'AlexW@contoso.onmicrosoft.com', [
      'RoleAssignmentSchedule.Read.Directory',
    ]);
    const ids: string[] = [];
    let next: string | undefined =
      '/emulator/graph/v1.0/roleManagement/directory/roleAssignmentScheduleRequests';
    while (next) {
      const reply = await request.get(next, { headers: { Authorization: `Bearer ${token}` } });
      const body = (await reply.json()) as { value: { id: string }[]; '@odata.nextLink'?: string };
      ids.push(...body.value.map((r) => r.id));
      next = body['@odata.nextLink'];
    }

    const history = await HistoryPage.openAs(page, 'Alex Wilber');
    await history.waitForRows();
    const exportButton = page.getByRole('button', { name: 'Export CSV (all matching requests)' });
    await expect(exportButton).toBeVisible();
    // The screen may still be reading a page ahead of the rows shown: let it land, so the count
    // read below is where the export starts.
    await page.waitForLoadState('networkidle');
    await request.delete('/emulator/_control/requests');
    const loaded = Number(
      /of ([\d,]+) loaded/.exec(await history.status.innerText())?.[1]?.replace(/,/g, ''),
    );
    expect(loaded).toBeLessThan(ids.length);

    const download = page.waitForEvent('download');
    await exportButton.click();
    const rows = csvRows(await readFile(await (await download).path(), 'utf8'));
    await expect(
      page.getByText(`Exported ${ids.length.toLocaleString('en-US')} rows.`),
    ).toBeVisible();
    // Every request once, newest first as on screen.
    const exported = rows.slice(1).map((r) => r[0] ?? '');
    expect([...exported].sort()).toEqual([...ids].sort());
    const created = rows.slice(1).map((r) => r[9] ?? '');
    expect(created).toEqual([...created].sort().reverse());
    // The export followed the list's links from where the screen stopped, one page at a time.
    const pages = (await graphUrls(request)).filter((u) =>
      u.includes('roleAssignmentScheduleRequests'),
    );
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil((ids.length - loaded) / 20));
    expect(pages.every((u) => /skiptoken=/i.test(u))).toBe(true);
  });

  test('a running export can be canceled', async ({ page, request }) => {
    await request.post('/emulator/_control/reset', {
      data: { scenario: 'default', paging: { pimPageSize: 2 } },
    });
    const history = await HistoryPage.openAs(page, 'Alex Wilber');
    await history.waitForRows();
    // Slow pages, so the export is still reading when the user changes their mind.
    await request.post('/emulator/_control/latency', { data: { graphMs: 400 } });
    let downloaded = false;
    page.on('download', () => {
      downloaded = true;
    });
    await page.getByRole('button', { name: 'Export CSV (all matching requests)' }).click();
    await expect(page.getByText(/^Reading the rest from Microsoft Graph/)).toBeVisible();
    await page.getByRole('button', { name: 'Cancel export' }).click();
    await expect(page.getByText('Export canceled.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Cancel export' })).toBeHidden();
    expect(downloaded).toBe(false);
  });

  test('sorting by a column orders every loaded row', async ({ page }) => {
    const history = await HistoryPage.openAs(page, 'Alex Wilber');
    await history.waitForRows();
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
    // The chart library reports a bar it cannot draw (e.g. a negative height) on the console.
    const complaints: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        complaints.push(message.text());
      }
    });
    const history = await HistoryPage.openAs(page, 'Alex Wilber');
    await history.waitForRows();
    await page.getByRole('button', { name: 'Charts of the shown requests' }).click();
    const perDay = page.getByRole('table', { name: 'Activations per day by outcome' });
    // The chart library loads when the charts are opened, not with the page.
    await expect(perDay.getByRole('row').nth(1)).toBeVisible({ timeout: 20_000 });
    await expect(
      page.getByRole('figure', { name: 'Activations per day by outcome' }),
    ).toBeVisible();
    await expect(page.locator('figure svg').first()).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Most activated roles and groups' }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: 'Most active requesters' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Approval turnaround' })).toContainText('Median');
    expect(complaints.filter((text) => /chart|svg|<rect>|height|width|NaN/i.test(text))).toEqual(
      [],
    );
  });

  test('Adele opening History gets the permission explanation, not an error', async ({ page }) => {
    await HistoryPage.openAs(page, 'Adele Vance');
    await expect(
      page.getByRole('heading', { name: /History is for people who may read/ }),
    ).toBeVisible();
    await expect(page.getByText(/Security Reader/)).toBeVisible();
    await expect(
      page.getByText(/Privileged Role Administrator or Global Administrator can assign/),
    ).toBeVisible();
  });

  test('a filtered view lives in the URL: it survives a reload, and back returns to the previous one', async ({
    page,
    request,
  }) => {
    const history = await HistoryPage.openAs(page, 'Alex Wilber');
    await history.waitForRows();
    await history.applyFilters({ status: 'Denied' });
    await expect(page).toHaveURL(/[?&]status=Denied/);
    await page.getByRole('searchbox', { name: 'Search' }).fill('Administrator');
    await expect(page).toHaveURL(/[?&]q=Administrator/);
    await expect(history.cell(history.rows.first(), 4)).toHaveText('Denied');

    await page.reload();
    await history.waitForRows();
    await expect(history.filtersForm.getByRole('combobox', { name: 'Status' })).toHaveValue(
      'Denied',
    );
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('Administrator');
    await history.waitForRows();
    const count = Math.min(await history.rows.count(), 10);
    for (let i = 0; i < count; i++) {
      await expect(history.cell(history.rows.nth(i), 4)).toHaveText('Denied');
      await expect(history.cell(history.rows.nth(i), 2)).toContainText('Administrator');
    }
    // After the reload Graph was asked again with the status filter, not everything downloaded.
    const urls = (await graphUrls(request)).map(decodeURIComponent);
    expect(urls.filter((u) => u.includes("status eq 'Denied'")).length).toBeGreaterThanOrEqual(2);

    await page.goBack();
    await expect(page).not.toHaveURL(/status=Denied/);
    await expect(history.filtersForm.getByRole('combobox', { name: 'Status' })).toHaveValue('');
  });

  test('the people picker finds a requester by part of the name and filters by that person', async ({
    page,
    request,
  }) => {
    const history = await HistoryPage.openAs(page, 'Alex Wilber');
    await history.waitForRows();
    const name = (await history.cell(history.rows.first(), 1).innerText()).trim();
    const surname = name.split(' ').at(-1) ?? name;

    // A word inside the name is enough: the directory is searched, not just name prefixes.
    await history.pickRequester(surname.slice(0, 3), name);
    await history.apply();
    await expect(page).toHaveURL(/[?&]requester=[0-9a-f-]{36}/);
    await history.waitForRows();
    const count = Math.min(await history.rows.count(), 10);
    for (let i = 0; i < count; i++) {
      await expect(history.cell(history.rows.nth(i), 1)).toHaveText(name);
    }
    const id = /requester=([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    const urls = (await graphUrls(request)).map(decodeURIComponent);
    expect(
      urls.some((u) => u.startsWith('/v1.0/users?') && u.includes('$search="displayName:')),
    ).toBe(true);
    expect(urls.some((u) => u.includes(`principalId eq '${id}'`))).toBe(true);
    // Filtered by the picked object id: no lookup of a typed name was needed.
    expect(urls.some((u) => u.startsWith(`/v1.0/users/${surname}`))).toBe(false);
  });

  test('the detail panel shows the policy that applied and the actual start', async ({
    page,
    request,
  }) => {
    const history = await HistoryPage.openAs(page, 'Alex Wilber');
    await history.applyFilters({ role: 'Global Administrator', status: 'Provisioned' });
    await history.refineAction('Activate');
    await expect(history.cell(history.rows.first(), 2)).toContainText('Global Administrator');

    const panel = await history.openDetails(history.rows.first());
    const policy = panel.getByRole('region', { name: 'Policy that applied' });
    const rules = policy
      .getByRole('list', { name: 'Policy rules' })
      .or(policy.locator('dl[aria-label="Policy rules"]'));
    await expect(rules).toContainText('Maximum duration');
    await expect(rules).toContainText(/Approval\s*Required — by /);
    const facts = panel.locator('dl[aria-label="Request details"]');
    await expect(facts).toContainText('Actual start');
    await expect(facts).toContainText('Assignment completed (PIM audit log)');

    const urls = (await graphUrls(request)).map(decodeURIComponent);
    expect(
      urls.some(
        (u) =>
          u.includes('/policies/roleManagementPolicyAssignments') &&
          u.includes("scopeType eq 'DirectoryRole' and roleDefinitionId eq") &&
          u.includes('$expand=policy($expand=rules)'),
      ),
    ).toBe(true);
  });

  test('the CSV carries the approver with the decision, and the actual times', async ({ page }) => {
    const history = await HistoryPage.openAs(page, 'Alex Wilber');
    await history.applyFilters({ role: 'Global Administrator', status: 'Provisioned' });
    await history.refineAction('Activate');
    await expect(history.cell(history.rows.first(), 5)).toContainText('(Approved)');
    // The refinement has reached the rows (and so the count) once no other action is in view.
    await expect(history.rows.filter({ hasNotText: 'Activate' })).toHaveCount(0);
    const shown = Number(
      /^([\d,]+) of/.exec(await history.status.innerText())?.[1]?.replace(/,/g, ''),
    );

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /^Export CSV/ }).click();
    const rows = csvRows(await readFile(await (await download).path(), 'utf8'));
    const header = rows[0] ?? [];
    const approver = header.indexOf('Approver (decision)');
    const start = header.indexOf('Actual start (UTC)');
    expect(approver).toBeGreaterThan(0);
    expect(header).toContain('Approver comment');
    // Every matching request, the pages not loaded yet included (read by the export itself).
    const exported = Number(
      /^Exported ([\d,]+) rows\.$/
        .exec(await page.getByText(/^Exported [\d,]+ rows\.$/).innerText())?.[1]
        ?.replace(/,/g, ''),
    );
    expect(rows).toHaveLength(exported + 1);
    expect(exported).toBeGreaterThanOrEqual(shown);
    expect(rows.slice(1).every((r) => r[7] === 'Activate' && r[8] === 'Provisioned')).toBe(true);
    const body = rows.slice(1);
    // Global Administrator needs approval: every provisioned activation names its approver.
    expect(body.every((r) => / \(Approved\)/.test(r[approver] ?? ''))).toBe(true);
    expect(body.some((r) => /^\d{4}-\d{2}-\d{2}T/.test(r[start] ?? ''))).toBe(true);
  });
});
