import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { mintToken, personaUpn } from './emulator.ts';

/** The Presets section of My roles, and the preset and link actions of the activation form. */
export class PresetsSection {
  constructor(private readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Presets' });
  }

  private get form(): Locator {
    return this.page.getByRole('dialog', { name: /^Activate \d+ roles?$/ });
  }

  /** From the open activation form: Save as preset, named. */
  async saveFromForm(name: string): Promise<void> {
    await this.form.getByRole('button', { name: 'Save as preset' }).click();
    const naming = this.page.getByRole('dialog', { name: 'Save as preset' });
    await naming.getByRole('textbox', { name: /Preset name/ }).fill(name);
    await naming.getByRole('button', { name: 'Save preset' }).click();
    await expect(naming).toBeHidden();
    await expect(this.form.getByRole('status').filter({ hasText: 'Saved preset' })).toBeVisible();
  }

  async activate(name: string): Promise<void> {
    await this.region.getByRole('button', { name: `Activate preset ${name}` }).click();
  }

  /** Exports the presets and answers the file's JSON. */
  async exportJson(): Promise<unknown> {
    const download = this.page.waitForEvent('download');
    await this.region.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await (await download).path();
    const { readFile } = await import('node:fs/promises');
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  }

  async importJson(fileName: string, contents: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.region.getByRole('button', { name: 'Import', exact: true }).click();
    await (
      await chooser
    ).setFiles({
      name: fileName,
      mimeType: 'application/json',
      buffer: Buffer.from(contents),
    });
  }

  /** Copy link in the open form; answers the link from the clipboard. */
  async copyLink(): Promise<string> {
    await this.form.getByRole('button', { name: 'Copy link' }).click();
    await expect(this.form.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}

interface WireRequest {
  action: string;
  roleDefinitionId?: string;
  groupId?: string;
  justification?: string | null;
  createdDateTime: string;
  scheduleInfo?: { expiration?: { duration?: string | null } };
}

/** The signed-in persona's own requests, read from the emulator through Graph. */
export async function myRequestsAtEmulator(
  request: APIRequestContext,
  displayName: string,
): Promise<WireRequest[]> {
  const token = await mintToken(request, await personaUpn(request, displayName), [
    'RoleAssignmentSchedule.ReadWrite.Directory',
  ]);
  const response = await request.get(
    "/emulator/graph/v1.0/roleManagement/directory/roleAssignmentScheduleRequests/filterByCurrentUser(on='principal')",
    { headers: { Authorization: `Bearer ${token}` } },
  );
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { value: WireRequest[] }).value;
}

/** Megan approves Adele's pending role request through Graph, as the Approvals screen would. */
export async function approveAsMegan(
  request: APIRequestContext,
  roleDefinitionId: string,
): Promise<void> {
  const token = await mintToken(request, await personaUpn(request, 'Megan Bowen'), [
    'RoleAssignmentSchedule.ReadWrite.Directory',
  ]);
  const headers = { Authorization: `Bearer ${token}` };
  const queue = await request.get(
    `/emulator/graph/v1.0/roleManagement/directory/roleAssignmentScheduleRequests/filterByCurrentUser(on='approver')?$filter=${encodeURIComponent("status eq 'PendingApproval'")}`,
    { headers },
  );
  const pending = (
    (await queue.json()) as { value: { id: string; roleDefinitionId: string }[] }
  ).value.find((r) => r.roleDefinitionId === roleDefinitionId);
  expect(pending).toBeDefined();
  const steps = `/emulator/graph/beta/roleManagement/directory/roleAssignmentApprovals/${pending?.id ?? ''}/steps`;
  const list = (await (await request.get(steps, { headers })).json()) as {
    value: { id: string; assignedToMe: boolean; status: string }[];
  };
  const step = list.value.find((s) => s.assignedToMe && s.status === 'InProgress');
  const decided = await request.patch(`${steps}/${step?.id ?? ''}`, {
    headers,
    data: { reviewResult: 'Approve', justification: 'Looks right' },
  });
  expect(decided.status()).toBe(204);
}

/** The collapsible My history section of My roles. */
export class MyHistorySection {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'My history' }).click();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'My recent requests' });
  }

  row(text: string | RegExp): Locator {
    return this.table.getByRole('row').filter({ hasText: text });
  }
}
