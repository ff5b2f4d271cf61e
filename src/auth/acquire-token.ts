import {
  BrowserAuthError,
  BrowserAuthErrorCodes,
  InteractionRequiredAuthError,
  type AccountInfo,
  type IPublicClientApplication,
} from '@azure/msal-browser';

export interface TokenOptions {
  /** A claims challenge from Graph (the decoded JSON), asking for a step-up such as MFA. */
  claims?: string;
  signal?: AbortSignal;
  /** Skip MSAL's cache (Graph answered 401 to the cached token): a fresh token, once. */
  forceRefresh?: boolean;
}

export type TokenClient = Pick<
  IPublicClientApplication,
  | 'getActiveAccount'
  | 'getAllAccounts'
  | 'acquireTokenSilent'
  | 'acquireTokenPopup'
  | 'acquireTokenRedirect'
>;

export interface TokenEndpoints {
  /** The tiny bridge page: silent (iframe) and popup responses land there, never in the app. */
  bridgeRedirectUri: string;
}

/** Popup blockers answer with these codes; the redirect still works then. */
const POPUP_BLOCKED: readonly string[] = [
  BrowserAuthErrorCodes.popupWindowError,
  BrowserAuthErrorCodes.emptyWindowError,
];

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error
    ? signal.reason
    : new DOMException('The operation was aborted.', 'AbortError');
}

/** Settles with the promise, or rejects as soon as the signal aborts (MSAL cannot be aborted). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortError(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      reject(abortError(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}

/** The page is navigating to the sign-in page; callers wait (or abort) rather than fail. */
function untilNavigatedAway(signal: AbortSignal | undefined): Promise<never> {
  return abortable(new Promise<never>(() => undefined), signal);
}

function pickAccount(client: TokenClient): AccountInfo | null {
  return client.getActiveAccount() ?? client.getAllAccounts()[0] ?? null;
}

/**
 * Builds the one token function over an MSAL client. Silent first (cache, refresh token, then
 * the hidden iframe through the bridge). When Entra needs the user:
 * - a claims challenge (step-up: MFA, authentication context) uses ONE popup, because the user
 *   is usually in the middle of a form (an activation request) that a redirect would throw
 *   away; if the browser blocks the popup we fall back to a redirect, which always works;
 * - any other interaction (session expired, consent) uses a redirect: it happens in the
 *   background of a data load, outside a click, where popups are blocked anyway.
 * Tokens are returned to the caller only: never logged, stored or put in a URL.
 */
export function createTokenGetter(client: TokenClient, endpoints: TokenEndpoints) {
  let redirecting = false;

  async function redirect(scopes: string[], claims: string | undefined): Promise<void> {
    if (redirecting) return;
    redirecting = true;
    try {
      // The app's own redirect URI (not the bridge): the response is read by the app, which
      // then returns to the page the user was on.
      await client.acquireTokenRedirect({
        scopes,
        ...(claims ? { claims } : {}),
        account: pickAccount(client) ?? undefined,
        redirectStartPage: window.location.href,
      });
    } catch (error) {
      // The page is not leaving (e.g. another sign-in is in progress): let later calls try again.
      redirecting = false;
      throw error;
    }
  }

  async function interactive(scopes: string[], claims: string | undefined): Promise<string> {
    if (!claims) {
      await redirect(scopes, claims);
      return untilNavigatedAway(undefined);
    }
    try {
      const result = await client.acquireTokenPopup({
        scopes,
        claims,
        account: pickAccount(client) ?? undefined,
        redirectUri: endpoints.bridgeRedirectUri,
      });
      return result.accessToken;
    } catch (error) {
      if (error instanceof BrowserAuthError && POPUP_BLOCKED.includes(error.errorCode)) {
        await redirect(scopes, claims);
        return untilNavigatedAway(undefined);
      }
      throw error;
    }
  }

  return async function getToken(
    scopes: readonly string[],
    options: TokenOptions = {},
  ): Promise<string> {
    const { claims, signal, forceRefresh } = options;
    if (signal?.aborted) throw abortError(signal);
    const wanted = [...scopes];
    if (redirecting) return untilNavigatedAway(signal);
    const account = pickAccount(client);
    if (!account) {
      // Nobody is signed in (the session was cleared in another tab): sign in again.
      await redirect(wanted, claims);
      return untilNavigatedAway(signal);
    }
    try {
      const result = await abortable(
        client.acquireTokenSilent({
          scopes: wanted,
          account,
          ...(claims ? { claims } : {}),
          ...(forceRefresh ? { forceRefresh: true } : {}),
          redirectUri: endpoints.bridgeRedirectUri,
        }),
        signal,
      );
      return result.accessToken;
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError)) throw error;
      if (signal?.aborted) throw abortError(signal);
      return abortable(interactive(wanted, claims), signal);
    }
  };
}
