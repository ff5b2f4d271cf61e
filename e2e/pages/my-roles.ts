import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { mintToken } from './emulator.ts';

interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  items?: { method: string; url: string; status: number }[];
}

/** The emulator's request log, as the `/emulator/_control/requests` control answers it. */
export async function graphRequests(request: APIRequestContext): Promise<LoggedRequest[]> {
  const response = await request.get('/emulator/_control/requests');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { requests: LoggedRequest[] }).requests;
}

/** Every write that reached the emulator, batched or not. */
export async function graphPosts(
  request: APIRequestContext,
): Promise<{ url: string; status: number }[]> {
  return (await graphRequests(request)).flatMap((entry) =>
    entry.items
      ? entry.items.filter((item) => item.method === 'POST')
      : entry.method === 'POST'
        ? [{ url: entry.path, status: entry.status }]
        : [],
  );
}

/** Reads Graph as Adele (a token minted by the emulator), to see what PIM stored. */
export async function graphAsAdele<T>(request: APIRequestContext, path: string): Promise<T> {
  const token = await mintToken(request, 'AdeleV@contoso.onmicrosoft.com', [
    'RoleAssignmentSchedule.ReadWrite.Directory',
  ]);
  const reply = await request.get(`/emulator/graph/v1.0${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(reply.ok(), await reply.text()).toBe(true);
  return (await reply.json()) as T;
}

/** The My roles screen. */
export class MyRolesPage {
  constructor(private readonly page: Page) {}

  /**
   * Waits for the list. The mouse is first parked in a corner: sign-in leaves it where the
   * persona button was, which can be over a countdown whose hover tooltip would then open.
   */
  async waitForList(): Promise<void> {
    await this.page.mouse.move(0, 0);
    await expect(this.grid).toBeVisible();
  }

  get grid(): Locator {
    return this.page.getByRole('grid', { name: 'Eligible roles' });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  row(name: string): Locator {
    return this.grid.getByRole('row', { name: new RegExp(name) });
  }

  async select(name: string, scope = 'Tenant-wide'): Promise<void> {
    await this.grid.getByRole('checkbox', { name: `Select ${name} (${scope})` }).check();
  }

  /** Types in the role search, reaching it with its "/" shortcut. */
  async search(text: string): Promise<void> {
    await this.page.keyboard.press('/');
    await this.page.keyboard.type(text);
  }

  /** The header checkbox: every role the filters show, drawn or not. */
  async selectAllShown(): Promise<void> {
    await this.grid.getByRole('checkbox', { name: 'Select all roles shown' }).check();
  }

  async openActivation(count: number): Promise<void> {
    await this.page.getByRole('button', { name: `Activate (${String(count)})` }).click();
    await expect(this.dialog).toBeVisible();
  }

  async submitActivation(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^Activate \d+ roles?$/ }).click();
  }

  /** One role whose policy asks for a step-up: the form says so, the pop-up verifies. */
  async activateWithVerification(name: string, justification: string): Promise<void> {
    await this.select(name);
    await this.openActivation(1);
    await expect(this.dialog).toContainText('You will be asked to verify your identity.');
    await this.dialog.getByRole('textbox', { name: /Justification/ }).fill(justification);
    const popup = this.page.waitForEvent('popup');
    await this.submitActivation();
    await (await popup).getByRole('button', { name: 'Verify' }).click();
  }

  results(verb: string): Locator {
    return this.page.getByRole('region', { name: `${verb} results` });
  }

  /** One role with no requirements activated now, with a justification to carry over. */
  async activateNow(name: string, justification: string): Promise<void> {
    await this.select(name);
    await this.openActivation(1);
    await this.dialog.getByRole('textbox', { name: /Justification/ }).fill(justification);
    await this.submitActivation();
    await expect(this.row(name)).toContainText('Active');
  }

  /** One role scheduled to start at a local `datetime-local` value. */
  async scheduleActivation(name: string, startLocal: string, justification: string): Promise<void> {
    await this.select(name);
    await this.openActivation(1);
    await this.dialog.getByRole('radio', { name: 'Later' }).check();
    await this.dialog.getByLabel(/Start time/).fill(startLocal);
    await this.dialog.getByRole('textbox', { name: /Justification/ }).fill(justification);
    await this.submitActivation();
  }

  /** Warnings before roles end, roles that ended, and what Extend did. */
  get endingSoon(): Locator {
    return this.page.getByRole('region', { name: 'Roles ending soon' });
  }

  async extend(name: string, scope = 'Tenant-wide'): Promise<void> {
    await this.endingSoon.getByRole('button', { name: `Extend ${name} (${scope})` }).click();
  }

  get pendingRequests(): Locator {
    return this.page.getByRole('table', { name: 'Pending and scheduled requests' });
  }

  async cancelRequest(name: string, scope = 'Tenant-wide'): Promise<void> {
    await this.pendingRequests
      .getByRole('button', { name: `Cancel request for ${name} (${scope})` })
      .click();
  }
}
