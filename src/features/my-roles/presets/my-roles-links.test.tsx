// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultGraphFake as fake } from '../../../graph/testing/default-graph-fake.ts';
import type { ItemAnswer, WireItem } from '../../../graph/testing/fake-batch-graph.ts';
import {
  eligibility,
  GLOBAL_READER,
  HELPDESK_ADMIN,
  ME,
  policyAssignment,
  SEATTLE,
} from '../api/fixtures.ts';
import { TEST_TENANT as TENANT } from '../testing/msal-fake.ts';
import { renderMyRolesPage as renderAt } from '../testing/render-my-roles-page.tsx';
import { presetStorageKey } from './preset-storage.ts';

vi.mock('../../../graph/default-client.ts', async () => ({
  graph: (await import('../../../graph/testing/default-graph-fake.ts')).defaultGraphFake.client,
}));

vi.mock('@azure/msal-react', async () => (await import('../testing/msal-fake.ts')).msalFake);

function tenant(item: WireItem): ItemAnswer {
  if (item.method === 'POST') {
    return { status: 201, body: { ...(item.body as object), id: 'new', status: 'Provisioned' } };
  }
  if (item.url.includes('roleEligibilityScheduleInstances')) {
    return {
      status: 200,
      body: {
        value: [
          eligibility(GLOBAL_READER, 'Global Reader'),
          eligibility(HELPDESK_ADMIN, 'Helpdesk Administrator', SEATTLE),
        ],
      },
    };
  }
  if (item.url.startsWith('/policies/')) {
    return {
      status: 200,
      body: {
        value: [
          policyAssignment(GLOBAL_READER, { max: 'PT8H', enabled: [] }),
          policyAssignment(HELPDESK_ADMIN, { max: 'PT1H', enabled: ['Justification'] }),
        ],
      },
    };
  }
  return { status: 200, body: { value: [] } };
}

const posts = fake.posts;

const HELPDESK_REF = `role:${HELPDESK_ADMIN}@${SEATTLE}`;

beforeEach(() => {
  fake.reset();
  fake.answer = tenant;
  localStorage.clear();
});
afterEach(() => {
  cleanup();
});

describe('activation links', () => {
  it('open the form filled in, explain what they could not use, and send nothing', async () => {
    renderAt(
      `/activate?role=role:${GLOBAL_READER}&role=${encodeURIComponent(HELPDESK_REF)}&role=role:unknown&duration=PT2H&justification=Incident%2042`,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Activate 2 roles' });
    expect(within(dialog).getByRole('textbox', { name: /Justification/ })).toHaveProperty(
      'value',
      'Incident 42',
    );
    expect(within(dialog).getByRole('combobox', { name: 'Duration' })).toHaveProperty(
      'value',
      '120',
    );
    expect(dialog.textContent).toContain('You are not eligible for role:unknown');
    expect(dialog.textContent).toContain(
      'Helpdesk Administrator (Seattle Office) can be active for at most 1 h: it gets 1 h instead of 2 h.',
    );
    expect(posts()).toHaveLength(0);
  });

  it('say plainly when nothing in them can be activated', async () => {
    renderAt('/activate?role=group:nope:member&duration=soon');
    expect(await screen.findByText('This activation link cannot be used.')).toBeTruthy();
    expect(screen.getByText(/duration "soon" is not one PIM understands/)).toBeTruthy();
    expect(screen.getByText(/You are not eligible for group:nope:member/)).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('presets', () => {
  it('activate in one click with the saved values, and remember them per role', async () => {
    const user = userEvent.setup();
    localStorage.setItem(
      presetStorageKey(TENANT, `${ME}.tenant-1`),
      JSON.stringify({
        version: 1,
        presets: [
          {
            id: 'p1',
            name: 'Morning',
            roles: [{ id: `role:${GLOBAL_READER}`, name: 'Global Reader' }],
            duration: 'PT3H',
            justification: 'Daily checks',
            ticketNumber: '',
            ticketSystem: '',
          },
        ],
        lastUsed: {},
      }),
    );
    renderAt('/');
    await user.click(await screen.findByRole('button', { name: 'Activate preset Morning' }));
    const results = await screen.findByRole('region', { name: 'Activation results' });
    expect(results.textContent).toContain('Global Reader');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(posts().map((p) => p.body)).toEqual([
      expect.objectContaining({
        action: 'selfActivate',
        roleDefinitionId: GLOBAL_READER,
        directoryScopeId: '/',
        justification: 'Daily checks',
        scheduleInfo: expect.objectContaining({
          expiration: { type: 'afterDuration', duration: 'PT3H' },
        }) as unknown,
      }),
    ]);
    const stored = JSON.parse(
      localStorage.getItem(presetStorageKey(TENANT, `${ME}.tenant-1`)) ?? '{}',
    ) as { lastUsed: Record<string, { duration: string; justification: string }> };
    expect(stored.lastUsed[`role:${GLOBAL_READER}`]).toMatchObject({
      duration: 'PT3H',
      justification: 'Daily checks',
    });
  });
});
