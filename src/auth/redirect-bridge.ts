import { AuthError } from '@azure/msal-browser';
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

/**
 * Runs in the hidden iframe or popup that Entra redirects to: hands the raw response to the
 * portal window (which holds the PKCE verifier and redeems it) and closes. Opened by hand, the
 * page explains itself instead of staying blank.
 */
export async function runRedirectBridge(root: HTMLElement): Promise<void> {
  try {
    await broadcastResponseToMainFrame();
  } catch (error) {
    // The code only: the URL and the error may carry an authorization code.
    console.warn('Sign-in bridge:', error instanceof AuthError ? error.errorCode : 'failed');
    const heading = document.createElement('h1');
    heading.textContent = 'Nothing to do here';
    const text = document.createElement('p');
    text.textContent =
      'This page completes sign-in for PIM Portal and has no response to pass on. ';
    const link = document.createElement('a');
    link.href = '/';
    link.textContent = 'Go to PIM Portal';
    text.append(link);
    const main = document.createElement('main');
    main.append(heading, text);
    root.replaceChildren(main);
  }
}
