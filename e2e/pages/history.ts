import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { SignInPage } from './sign-in.ts';

/** The History screen: its two tabs, the filters, the grid and the detail panel. */
export class HistoryPage {
  constructor(private readonly page: Page) {}

  /** Signs in as a persona through the real redirect and opens History. */
  static async openAs(page: Page, displayName: string): Promise<HistoryPage> {
    await new SignInPage(page).signIn(displayName);
    const history = new HistoryPage(page);
    await history.open();
    return history;
  }

  async open(): Promise<void> {
    await this.page.goto('/history');
    await this.page.mouse.move(0, 0);
  }

  /**
   * Waits for the first rows. The first visit asks for History's permissions (a silent token
   * request through a hidden frame), which takes seconds on a busy machine: a bound, not a timing.
   */
  async waitForRows(): Promise<void> {
    await expect(this.rows.first()).toBeVisible({ timeout: 20_000 });
  }

  get grid(): Locator {
    return this.page.getByRole('grid', { name: 'Activation history' });
  }

  /** Data rows of the grid (the header row excluded). */
  get rows(): Locator {
    return this.grid.getByRole('row').filter({ has: this.page.getByRole('gridcell') });
  }

  cell(row: Locator, column: number): Locator {
    return row.getByRole('gridcell').nth(column);
  }

  get filtersForm(): Locator {
    return this.page.getByRole('form', { name: 'Filters applied by Microsoft Graph' });
  }

  /** Types part of a name in the people picker and picks the person offered. */
  async pickRequester(typed: string, name: string): Promise<void> {
    const box = this.filtersForm.getByRole('combobox', { name: 'Requester' });
    await box.click();
    await box.pressSequentially(typed, { delay: 30 });
    await this.page
      .getByRole('listbox')
      .getByRole('option', { name: new RegExp(`^${name}`) })
      .click({ timeout: 15_000 });
    await expect(box).toHaveValue(name);
  }

  async applyFilters(filters: { requester?: string; role?: string; status?: string }) {
    const form = this.filtersForm;
    if (filters.requester !== undefined) {
      await form.getByRole('combobox', { name: 'Requester' }).fill(filters.requester);
    }
    if (filters.role !== undefined) {
      await form.getByRole('combobox', { name: 'Role' }).selectOption({ label: filters.role });
    }
    if (filters.status !== undefined) {
      await form.getByRole('combobox', { name: 'Status' }).selectOption({ label: filters.status });
    }
    await form.getByRole('button', { name: 'Apply filters' }).click();
  }

  async apply(): Promise<void> {
    await this.filtersForm.getByRole('button', { name: 'Apply filters' }).click();
  }

  async refineAction(action: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Action' }).selectOption({ label: action });
  }

  async openDetails(row: Locator): Promise<Locator> {
    await row.getByRole('button', { name: /^Details:/ }).click();
    const panel = this.page.getByRole('dialog');
    await expect(panel).toBeVisible();
    return panel;
  }

  get status(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'loaded requests shown' });
  }

  async openAuditTab(): Promise<Locator> {
    await this.page.getByRole('tab', { name: 'PIM audit log' }).click();
    return this.page.getByRole('table', { name: 'PIM audit log' });
  }
}

/** A Graph token for a persona, minted by the emulator without a browser. */
export async function tokenFor(
  request: APIRequestContext,
  userPrincipalName: string,
  scopes: string[],
): Promise<string> {
  const reply = await request.post('/emulator/_control/token', {
    data: { userPrincipalName, scopes, mfa: true },
  });
  expect(reply.ok()).toBe(true);
  return ((await reply.json()) as { access_token: string }).access_token;
}

/** Rows of a downloaded CSV (BOM and the final line break dropped), split on unquoted commas. */
export function csvRows(csv: string): string[][] {
  return csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, '')) ?? []);
}

/** Graph requests the emulator saw, as its request log lists them (batch items included). */
export async function graphUrls(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/emulator/_control/requests');
  expect(response.ok()).toBe(true);
  const { requests } = (await response.json()) as {
    requests: { path: string; query?: string; items?: { url: string }[] }[];
  };
  return requests.flatMap((r) =>
    r.items ? r.items.map((i) => i.url) : [`${r.path}?${r.query ?? ''}`],
  );
}
