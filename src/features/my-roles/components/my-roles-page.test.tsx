// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultGraphFake as fake } from '../../../graph/testing/default-graph-fake.ts';
import type { ItemAnswer, WireItem } from '../../../graph/testing/fake-batch-graph.ts';
import {
  assignment,
  eligibility,
  GLOBAL_READER,
  HELPDESK_ADMIN,
  policyAssignment,
  SEATTLE,
  TEAMS_ADMIN,
} from '../api/fixtures.ts';
import { renderMyRolesPage as renderPage } from '../testing/render-my-roles-page.tsx';

vi.mock('../../../graph/default-client.ts', async () => ({
  graph: (await import('../../../graph/testing/default-graph-fake.ts')).defaultGraphFake.client,
}));

vi.mock('@azure/msal-react', async () => (await import('../testing/msal-fake.ts')).msalFake);

const soon = new Date(Date.now() + 2 * 60 * 60_000).toISOString();
const started = new Date(Date.now() - 30 * 60_000).toISOString();

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
          eligibility(TEAMS_ADMIN, 'Teams Administrator'),
        ],
      },
    };
  }
  if (item.url.includes('roleAssignmentScheduleInstances')) {
    return {
      status: 200,
      body: { value: [assignment(TEAMS_ADMIN, 'Teams Administrator', 'Activated', started, soon)] },
    };
  }
  if (item.url.startsWith('/policies/')) {
    return {
      status: 200,
      body: {
        value: [
          policyAssignment(GLOBAL_READER, { max: 'PT8H', enabled: [] }),
          policyAssignment(HELPDESK_ADMIN, { max: 'PT4H', enabled: ['Justification'] }),
        ],
      },
    };
  }
  return { status: 200, body: { value: [] } };
}

const posts = fake.posts;

beforeEach(() => {
  fake.reset();
  fake.answer = tenant;
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('MyRolesPage', () => {
  it('lists eligible and active roles from one batch, with policy at a glance', async () => {
    renderPage();
    const grid = await screen.findByRole('grid', { name: 'Eligible roles' });
    expect(fake.batches).toHaveLength(1);
    const teams = within(grid).getByRole('row', { name: /Teams Administrator/ });
    expect(within(teams).getByText('Active')).toBeTruthy();
    expect(within(teams).getByText(/left/)).toBeTruthy();
    const helpdesk = within(grid).getByRole('row', { name: /Helpdesk Administrator/ });
    expect(within(helpdesk).getByText('Seattle Office')).toBeTruthy();
    expect(within(helpdesk).getByText('4 h')).toBeTruthy();
    expect(within(helpdesk).getByText('Justification')).toBeTruthy();
  });

  it('says what each role still needs and sends nothing until it is there', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('grid', { name: 'Eligible roles' });
    await user.click(screen.getByRole('checkbox', { name: /Select Helpdesk Administrator/ }));
    await user.click(screen.getByRole('checkbox', { name: /Select Global Reader/ }));
    await user.click(screen.getByRole('button', { name: 'Activate (2)' }));
    // The form is its own chunk, loaded on first opening.
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Activate 2 roles' },
      { timeout: 5000 },
    );
    await user.click(within(dialog).getByRole('button', { name: 'Activate 2 roles' }));
    expect(within(dialog).getByText('Nothing was sent.')).toBeTruthy();
    expect(
      within(dialog).getByText('Say why you need the role: its policy requires a justification.'),
    ).toBeTruthy();
    expect(posts()).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /Justification/ }), 'INC-7');
    await user.click(within(dialog).getByRole('button', { name: 'Activate 2 roles' }));
    const results = await screen.findByRole('region', { name: 'Activation results' });
    expect(within(results).getAllByText('is active.')).toHaveLength(2);
    expect(posts()).toHaveLength(2);
    expect(posts().map((item) => (item.body as { justification?: string }).justification)).toEqual([
      'INC-7',
      'INC-7',
    ]);
  });
});
