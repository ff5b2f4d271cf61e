import { AuthError, InteractionStatus } from '@azure/msal-browser';
import { useMsal } from '@azure/msal-react';
import {
  clearAuthFailure,
  reportAuthFailure,
  useLastAuthFailure,
} from '../auth/auth-failure-store.ts';
import { appConfig } from '../auth/config.ts';
import { LOGIN_SCOPES } from '../auth/scopes.ts';
import { signInTargetLabel } from '../auth/signed-in-user.ts';
import { SignedOutPage } from './pages/signed-out-page.tsx';
import { SigningInPage } from './pages/signing-in-page.tsx';
import { SignedInLayout } from './signed-in-layout.tsx';

/**
 * The root layout: the shell for a signed-in user, otherwise the landing page on whatever
 * address was opened. Signing in from there returns to that address, because MSAL remembers
 * the page that started loginRedirect and handleRedirectPromise navigates back to it (through
 * the router's NavigationClient).
 */
export function AuthGate() {
  const { instance, inProgress, accounts } = useMsal();
  const failure = useLastAuthFailure();
  const account = instance.getActiveAccount() ?? accounts[0] ?? null;

  if (account) return <SignedInLayout account={account} />;
  if (inProgress === InteractionStatus.Startup || inProgress === InteractionStatus.HandleRedirect) {
    return <SigningInPage label="Signing you in…" title="Signing in" />;
  }
  if (inProgress === InteractionStatus.Logout)
    return <SigningInPage label="Signing you out…" title="Signing out" />;
  return (
    <SignedOutPage
      tenant={signInTargetLabel(appConfig)}
      signingIn={inProgress === InteractionStatus.AcquireToken}
      failureCode={failure}
      onSignIn={() => {
        clearAuthFailure();
        instance.loginRedirect({ scopes: [...LOGIN_SCOPES] }).catch((error: unknown) => {
          reportAuthFailure(error instanceof AuthError ? error.errorCode : 'sign_in_failed');
        });
      }}
    />
  );
}
