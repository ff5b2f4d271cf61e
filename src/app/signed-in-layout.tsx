import type { AccountInfo } from '@azure/msal-browser';
import { useMsal } from '@azure/msal-react';
import { useEffect, useRef } from 'react';
import { Outlet, useLocation, useMatches } from 'react-router-dom';
import { appConfig } from '../auth/config.ts';
import { toSignedInUser } from '../auth/signed-in-user.ts';
import { AppShell, MAIN_CONTENT_ID } from './shell/app-shell.tsx';
import { useDocumentTitle } from './use-document-title.ts';

export interface RouteHandle {
  title: string;
}

function isRouteHandle(handle: unknown): handle is RouteHandle {
  return (
    typeof handle === 'object' &&
    handle !== null &&
    'title' in handle &&
    typeof handle.title === 'string'
  );
}

/** The deepest route's `handle.title` names the page. */
function useRouteTitle(): string | undefined {
  const matches = useMatches();
  return matches
    .map((m) => m.handle)
    .filter(isRouteHandle)
    .at(-1)?.title;
}

/** After an in-app navigation, screen readers start reading the new page, not the old link. */
function useFocusMainOnNavigate(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById(MAIN_CONTENT_ID)?.focus();
  }, [pathname]);
}

export function SignedInLayout({ account }: { account: AccountInfo }) {
  const { instance } = useMsal();
  useDocumentTitle(useRouteTitle());
  useFocusMainOnNavigate();
  return (
    <AppShell
      user={toSignedInUser(account, appConfig)}
      onSignOut={() => {
        void instance.logoutRedirect({ account, postLogoutRedirectUri: appConfig.redirectUri });
      }}
    >
      <Outlet />
    </AppShell>
  );
}
