import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { AuthGate } from './auth-gate.tsx';
import { SigningInPage } from './pages/signing-in-page.tsx';
import { routeModules } from './route-modules.ts';
import { RouteError } from './routes/route-error.tsx';
import type { RouteHandle } from './signed-in-layout.tsx';

const title = (t: string): RouteHandle => ({ title: t });

/** Route modules load on demand; each is a thin file composing feature components. */
export const appRoutes: RouteObject[] = [
  {
    element: <AuthGate />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <SigningInPage label="Loading PIM Portal…" />,
    children: [
      {
        index: true,
        handle: title('My roles'),
        lazy: routeModules.myRoles,
      },
      {
        // Activation links (/activate?role=…): My roles with the form filled, never sent.
        path: 'activate',
        handle: title('My roles'),
        lazy: routeModules.myRoles,
      },
      {
        path: 'approvals/:requestId?',
        handle: title('Approvals'),
        lazy: routeModules.approvals,
      },
      {
        path: 'history',
        handle: title('History'),
        lazy: routeModules.history,
      },
      {
        path: '*',
        handle: title('Page not found'),
        lazy: routeModules.notFound,
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}

export type AppRouter = ReturnType<typeof createAppRouter>;
