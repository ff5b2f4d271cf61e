import type { IPublicClientApplication } from '@azure/msal-browser';
import { MsalProvider } from '@azure/msal-react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router-dom';
import type { AppRouter } from './router.tsx';
import { ThemeProvider } from './theme/theme-provider.tsx';

export interface AppProps {
  msal: IPublicClientApplication;
  router: AppRouter;
  queryClient: QueryClient;
}

/** The providers, outermost first: theme (so every page is themed), auth, server state, routes. */
export function App({ msal, router, queryClient }: AppProps) {
  return (
    <ThemeProvider>
      <MsalProvider instance={msal}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MsalProvider>
    </ThemeProvider>
  );
}
