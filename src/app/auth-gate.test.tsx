// @vitest-environment jsdom
import {
  InteractionStatus,
  Logger,
  stubbedPublicClientApplication,
  type AccountInfo,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { MsalContext, type IMsalContext } from '@azure/msal-react';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearAuthFailure, reportAuthFailure } from '../auth/auth-failure-store.ts';
import { pimKeys } from '../graph/query-keys.ts';
import { appRoutes } from './router.tsx';
import { THEME_STORAGE_KEY } from './theme/theme-choice.ts';
import { ThemeProvider } from './theme/theme-provider.tsx';

const ADELE: AccountInfo = {
  homeAccountId: '2a6b1c7e-8f3d-4a5b-9c0d-1e2f3a4b5c01.6b9b0c43-2c3a-4d1b-9c8e-5f2a7d1e0c11',
  environment: 'localhost:5173',
  tenantId: '6b9b0c43-2c3a-4d1b-9c8e-5f2a7d1e0c11',
  username: 'AdeleV@contoso.onmicrosoft.com',
  localAccountId: '2a6b1c7e-8f3d-4a5b-9c0d-1e2f3a4b5c01',
  name: 'Adele Vance',
  idTokenClaims: { tid: '6b9b0c43-2c3a-4d1b-9c8e-5f2a7d1e0c11' },
};

function renderAt(
  path: string,
  account: AccountInfo | null,
  inProgress: InteractionStatus = InteractionStatus.None,
) {
  const loginRedirect = vi.fn<IPublicClientApplication['loginRedirect']>(() => Promise.resolve());
  const logoutRedirect = vi.fn<IPublicClientApplication['logoutRedirect']>(() => Promise.resolve());
  const instance: IPublicClientApplication = {
    ...stubbedPublicClientApplication,
    getActiveAccount: () => account,
    getAllAccounts: () => (account ? [account] : []),
    loginRedirect,
    logoutRedirect,
  };
  const msal: IMsalContext = {
    instance,
    inProgress,
    accounts: account ? [account] : [],
    logger: new Logger({}),
  };
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // The account menu's profile, as /me would answer it: no network in these tests.
  queryClient.setQueryData(pimKeys.me(), { jobTitle: 'Cloud Engineer', mail: account?.username });
  render(
    <QueryClientProvider client={queryClient}>
      <ThemeProvider>
        <MsalContext.Provider value={msal}>
          <RouterProvider router={router} />
        </MsalContext.Provider>
      </ThemeProvider>
    </QueryClientProvider>,
  );
  return { loginRedirect, logoutRedirect, router };
}

beforeEach(() => {
  window.localStorage.clear();
  clearAuthFailure();
});
afterEach(cleanup);

describe('signed out', () => {
  it('shows the landing page on a deep link and signs in from there', async () => {
    const { loginRedirect, router } = renderAt('/approvals', null);
    expect(await screen.findByRole('heading', { level: 1, name: 'PIM Portal' })).toBeTruthy();
    expect(screen.getByText('Contoso (emulated tenant)')).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(loginRedirect).toHaveBeenCalledWith({ scopes: ['User.Read'] });
    // MSAL remembers the page that started the sign-in: it must still be the deep link.
    expect(router.state.location.pathname).toBe('/approvals');
    expect(document.title).toBe('Sign in · PIM Portal');
  });

  it('says that the last sign-in failed', async () => {
    reportAuthFailure('user_cancelled');
    renderAt('/', null);
    expect(await screen.findByText(/Sign-in was cancelled/)).toBeTruthy();
  });

  it('shows progress instead of the button while MSAL reads the response', async () => {
    renderAt('/', null, InteractionStatus.HandleRedirect);
    expect(await screen.findByText('Signing you in…')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
  });
});

describe('signed in', () => {
  it('renders the shell with landmarks, navigation and the user', async () => {
    renderAt('/approvals', ADELE);
    expect(await screen.findByRole('heading', { level: 1, name: 'Approvals' })).toBeTruthy();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['My roles', 'Approvals', 'History']);
    expect(within(nav).getByRole('link', { name: 'Approvals' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(
      within(nav).getByRole('link', { name: 'My roles' }).getAttribute('aria-current'),
    ).toBeNull();
    expect(screen.getByRole('button', { name: 'Account: Adele Vance' })).toBeTruthy();
    expect(screen.getByText('Contoso')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeTruthy();
    // The lazy route resolves outside act(): wait for React to finish the commit.
    await waitFor(() => {
      expect(document.title).toBe('Approvals · PIM Portal');
    });
  });

  it('moves between pages through the navigation', async () => {
    const { router } = renderAt('/', ADELE);
    expect(await screen.findByRole('heading', { level: 1, name: 'My roles' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await userEvent.click(within(nav).getByRole('link', { name: 'History' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'History' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/history');
    await waitFor(() => {
      expect(document.title).toBe('History · PIM Portal');
    });
  });

  it('shows a 404 page for an unknown address', async () => {
    renderAt('/no/such/page', ADELE);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByText(/no page at \/no\/such\/page/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to My roles' })).toBeTruthy();
  });

  it('offers the theme choice and sign-out in the account menu', async () => {
    // On a page of the shell alone, so no feature's data loading is part of this test.
    const { logoutRedirect } = renderAt('/no/such/page', ADELE);
    await userEvent.click(await screen.findByRole('button', { name: 'Account: Adele Vance' }));
    // The open menu is its own chunk, fetched on first use.
    expect(await screen.findByText('Cloud Engineer', {}, { timeout: 5000 })).toBeTruthy();
    expect(await screen.findByText('AdeleV@contoso.onmicrosoft.com')).toBeTruthy();
    const system = screen.getByRole('menuitemradio', { name: 'System' });
    expect(system.getAttribute('aria-checked')).toBe('true');
    await userEvent.click(screen.getByRole('menuitemradio', { name: 'High contrast' }));
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('high-contrast');
    expect(document.documentElement.style.colorScheme).toBe('dark');
    expect(
      screen.getByRole('menuitemradio', { name: 'High contrast' }).getAttribute('aria-checked'),
    ).toBe('true');
    await userEvent.click(screen.getByRole('menuitem', { name: 'Sign out' }));
    expect(logoutRedirect).toHaveBeenCalledWith(expect.objectContaining({ account: ADELE }));
  }, 15_000); // the open menu is fetched as a chunk on first use
});
