import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { reportAuthFailure } from '../auth/auth-failure-store.ts';
import { withoutLogoutState } from '../auth/logout-state.ts';
import { msalInstance } from '../auth/msal-instance.ts';
import { registerMsalEvents, restoreActiveAccount } from '../auth/msal-events.ts';
import { App } from './app.tsx';
import { prefetchPageData } from './page-data.ts';
import { createQueryClient } from './query-client.ts';
import { createAppRouter } from './router.tsx';
import { RouterNavigationClient } from './router-navigation-client.ts';

/**
 * Starts MSAL the way the MSAL React samples do (initialize, active account, events), then
 * renders. MsalProvider runs handleRedirectPromise, which reads a sign-in response in the URL.
 */
export async function startApp(root: Root): Promise<void> {
  const tidy = withoutLogoutState(window.location.href);
  if (tidy !== null) window.history.replaceState(window.history.state, '', tidy);
  // The router loads the current route's module as it is made (the entry has already started
  // that download): made first, the module arrives while MSAL starts.
  const router = createAppRouter();
  await msalInstance.initialize();
  const account = restoreActiveAccount(msalInstance);
  registerMsalEvents(msalInstance, reportAuthFailure);
  msalInstance.setNavigationClient(new RouterNavigationClient(router));
  const queryClient = createQueryClient();
  // A signed-in user's page shows at once (AuthGate): its data can leave before React renders.
  if (account) prefetchPageData(window.location.pathname, queryClient, account);
  root.render(
    <StrictMode>
      <App msal={msalInstance} router={router} queryClient={queryClient} />
    </StrictMode>,
  );
}
