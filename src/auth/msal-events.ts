import {
  AuthError,
  EventType,
  InteractionType,
  type AccountInfo,
  type AuthenticationResult,
  type EventMessage,
  type IPublicClientApplication,
} from '@azure/msal-browser';

type EventClient = Pick<
  IPublicClientApplication,
  'addEventCallback' | 'getActiveAccount' | 'getAllAccounts' | 'setActiveAccount'
>;

function isResult(payload: EventMessage['payload']): payload is AuthenticationResult {
  return payload !== null && 'account' in payload && 'accessToken' in payload;
}

function errorCode(error: EventMessage['error']): string {
  if (error instanceof AuthError) return error.errorCode;
  return error ? error.name : 'unknown';
}

/** Picks the active account from MSAL's cache when the page loads, as the MSAL samples do. */
export function restoreActiveAccount(client: EventClient): AccountInfo | null {
  const active = client.getActiveAccount();
  if (active) return active;
  const [first] = client.getAllAccounts();
  if (!first) return null;
  client.setActiveAccount(first);
  return first;
}

/**
 * Keeps the active account current and makes MSAL's failures visible. Logs the error code
 * only, never the error object or payload: both can contain tokens or authorization codes.
 * `onInteractiveFailure` hears failed sign-ins (redirect or popup), not routine silent misses.
 */
export function registerMsalEvents(
  client: EventClient,
  onInteractiveFailure: (errorCode: string) => void,
): string | null {
  return client.addEventCallback((message: EventMessage) => {
    switch (message.eventType) {
      case EventType.LOGIN_SUCCESS:
      case EventType.ACQUIRE_TOKEN_SUCCESS:
        if (isResult(message.payload)) client.setActiveAccount(message.payload.account);
        return;
      case EventType.ACQUIRE_TOKEN_FAILURE:
      case EventType.LOGOUT_FAILURE: {
        const code = errorCode(message.error);
        console.warn(`MSAL ${message.eventType}: ${code}`);
        const interactive =
          message.interactionType === InteractionType.Redirect ||
          message.interactionType === InteractionType.Popup;
        if (interactive) onInteractiveFailure(code);
        return;
      }
      default:
        return;
    }
  });
}
