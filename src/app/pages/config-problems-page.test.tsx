// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ThemeProvider } from '../theme/theme-provider.tsx';
import { ConfigProblemsPage } from './config-problems-page.tsx';

afterEach(cleanup);

describe('ConfigProblemsPage', () => {
  it('lists every problem in words and names the page', () => {
    const problems = ['VITE_ENTRA_CLIENT_ID is missing.', 'VITE_GRAPH_BASE_URL must use https://.'];
    render(
      <ThemeProvider>
        <ConfigProblemsPage problems={problems} />
      </ThemeProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'PIM Portal cannot start' })).toBeTruthy();
    expect(screen.getByText('The sign-in configuration has 2 problems.')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Configuration problems' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(problems);
    expect(document.title).toBe('Configuration problem · PIM Portal');
  });
});
