import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { mintToken } from './emulator.ts';

/** Directory role ids of the emulated tenant (emulator/tenant/role-catalog.ts). */
export const ROLES = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  privilegedRoleAdministrator: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
};

export const UPN = {
  adele: 'AdeleV@contoso.onmicrosoft.com',
  megan: 'MeganB@contoso.onmicrosoft.com',
  /** Megan's fellow member of PIM Approvers. */
  lynne: 'LynneR@contoso.onmicrosoft.com',
};

const RD = '/emulator/graph/v1.0/roleManagement/directory';

export const token = (request: APIRequestContext, upn: string, scopes: string[]): Promise<string> =>
  mintToken(request, upn, scopes);

export async function userId(request: APIRequestContext, upn: string): Promise<string> {
  const info = (await (await request.get('/emulator/_control/info')).json()) as {
    personas: { userPrincipalName: string; id: string }[];
  };
  const found = info.personas.find((p) => p.userPrincipalName.toLowerCase() === upn.toLowerCase());
  if (!found) throw new Error(`No persona ${upn}`);
  return found.id;
}

/** The employee asks for a role through Graph, as any PIM client would. */
export async function requestRole(
  request: APIRequestContext,
  input: { roleDefinitionId: string; justification: string; ticketNumber?: string },
): Promise<string> {
  const bearer = await token(request, UPN.adele, ['RoleAssignmentSchedule.ReadWrite.Directory']);
  const reply = await request.post(`${RD}/roleAssignmentScheduleRequests`, {
    headers: { Authorization: `Bearer ${bearer}` },
    data: {
      action: 'selfActivate',
      principalId: await userId(request, UPN.adele),
      roleDefinitionId: input.roleDefinitionId,
      directoryScopeId: '/',
      justification: input.justification,
      ...(input.ticketNumber
        ? { ticketInfo: { ticketNumber: input.ticketNumber, ticketSystem: 'ServiceNow' } }
        : {}),
      scheduleInfo: {
        startDateTime: new Date().toISOString(),
        expiration: { type: 'afterDuration', duration: 'PT2H' },
      },
    },
  });
  expect(reply.status(), await reply.text()).toBe(201);
  const body = (await reply.json()) as { id: string; status: string };
  expect(body.status).toBe('PendingApproval');
  return body.id;
}

/** The employee's view of her own request. */
export async function requestStatus(request: APIRequestContext, id: string): Promise<string> {
  const bearer = await token(request, UPN.adele, ['RoleAssignmentSchedule.ReadWrite.Directory']);
  const filter = encodeURIComponent(`id eq '${id}'`);
  const reply = await request.get(
    `${RD}/roleAssignmentScheduleRequests/filterByCurrentUser(on='principal')?$filter=${filter}`,
    { headers: { Authorization: `Bearer ${bearer}` } },
  );
  expect(reply.ok()).toBe(true);
  const body = (await reply.json()) as { value: { status: string }[] };
  return body.value[0]?.status ?? 'missing';
}

/** Another approver decides through Graph (beta approval steps), outside the portal. */
export async function approveAs(
  request: APIRequestContext,
  upn: string,
  id: string,
  reviewResult: 'Approve' | 'Deny' = 'Approve',
) {
  const bearer = await token(request, upn, ['RoleAssignmentSchedule.ReadWrite.Directory']);
  const headers = { Authorization: `Bearer ${bearer}` };
  const base = `/emulator/graph/beta/roleManagement/directory/roleAssignmentApprovals/${id}/steps`;
  const steps = (await (await request.get(base, { headers })).json()) as {
    value: { id: string; assignedToMe: boolean; status: string }[];
  };
  const step = steps.value.find((s) => s.assignedToMe && s.status === 'InProgress');
  if (!step) throw new Error(`No open step of ${id} for ${upn}`);
  const reply = await request.patch(`${base}/${step.id}`, {
    headers,
    data: { reviewResult, justification: 'Checked with the requester' },
  });
  expect(reply.status()).toBe(204);
}

export interface LogEntry {
  method: string;
  path: string;
  status: number;
  items?: { method: string; url: string; status: number }[];
}

/** What the emulator received (its request log control). */
export async function requestLog(request: APIRequestContext): Promise<LogEntry[]> {
  const log = (await (await request.get('/emulator/_control/requests')).json()) as {
    requests: LogEntry[];
  };
  return log.requests;
}

/** Every PATCH that reached the emulator, batched or not. */
export async function graphPatches(request: APIRequestContext): Promise<string[]> {
  const log = (await (await request.get('/emulator/_control/requests')).json()) as {
    requests: { method: string; path: string; items?: { method: string; url: string }[] }[];
  };
  return log.requests.flatMap((entry) =>
    entry.items
      ? entry.items.filter((item) => item.method === 'PATCH').map((item) => item.url)
      : entry.method === 'PATCH'
        ? [entry.path]
        : [],
  );
}

/** The Approvals screen. */
export class ApprovalsPage {
  constructor(private readonly page: Page) {}

  get grid(): Locator {
    return this.page.getByRole('grid', { name: 'Requests waiting for you' });
  }

  get panel(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The requester's recent requests, in the detail panel. */
  history(requester: string): Locator {
    return this.panel.getByRole('region', { name: `Recent requests by ${requester}` });
  }

  get results(): Locator {
    return this.page.getByRole('region', { name: 'Decision results' });
  }

  row(requester: string, target: string): Locator {
    return this.grid.getByRole('row').filter({ hasText: requester }).filter({ hasText: target });
  }

  async open(requester: string, target: string): Promise<void> {
    await this.grid
      .getByRole('button', { name: `Review the request of ${requester} for ${target}` })
      .click();
    await expect(this.panel).toBeVisible();
  }

  async decide(verb: 'Approve' | 'Deny', justification: string, label = verb): Promise<void> {
    await this.panel.getByRole('textbox', { name: /Your justification/ }).fill(justification);
    await this.panel.getByRole('button', { name: label, exact: true }).click();
  }
}
