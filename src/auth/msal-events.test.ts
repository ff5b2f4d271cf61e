import {
  AuthError,
  EventType,
  InteractionType,
  type AccountInfo,
  type AuthenticationResult,
  type EventCallbackFunction,
  type EventMessage,
} from '@azure/msal-browser';
import { describe, expect, it, vi } from 'vitest';
import { registerMsalEvents, restoreActiveAccount } from './msal-events.ts';

const ADELE = { homeAccountId: 'adele', username: 'AdeleV@contoso.onmicrosoft.com' } as AccountInfo;
const MEGAN = { homeAccountId: 'megan', username: 'MeganB@contoso.onmicrosoft.com' } as AccountInfo;

function fakeClient(active: AccountInfo | null, all: AccountInfo[]) {
  let callback: EventCallbackFunction | undefined;
  const client = {
    getActiveAccount: vi.fn(() => active),
    getAllAccounts: vi.fn(() => all),
    setActiveAccount: vi.fn(),
    addEventCallback: vi.fn((cb: EventCallbackFunction) => {
      callback = cb;
      return 'id';
    }),
  };
  const emit = (message: Partial<EventMessage>) => {
    callback?.({
      interactionType: null,
      payload: null,
      error: null,
      correlationId: 'c',
      timestamp: 0,
      eventType: EventType.INITIALIZE_END,
      ...message,
    });
  };
  return { client, emit };
}

describe('restoreActiveAccount', () => {
  it('keeps the active account, else takes the first cached one', () => {
    expect(restoreActiveAccount(fakeClient(MEGAN, [ADELE, MEGAN]).client)).toBe(MEGAN);
    const { client } = fakeClient(null, [ADELE]);
    expect(restoreActiveAccount(client)).toBe(ADELE);
    expect(client.setActiveAccount).toHaveBeenCalledWith(ADELE);
    expect(restoreActiveAccount(fakeClient(null, []).client)).toBeNull();
  });
});

describe('registerMsalEvents', () => {
  it('makes the signed-in account active', () => {
    const { client, emit } = fakeClient(null, []);
    registerMsalEvents(client, vi.fn());
    const result = { account: ADELE, accessToken: 'secret-token' } as AuthenticationResult;
    emit({ eventType: EventType.LOGIN_SUCCESS, payload: result });
    expect(client.setActiveAccount).toHaveBeenCalledWith(ADELE);
  });

  it('logs only the error code and reports interactive failures', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const onFailure = vi.fn();
    const { client, emit } = fakeClient(ADELE, [ADELE]);
    registerMsalEvents(client, onFailure);
    const error = new AuthError('access_denied', 'secret detail with code=abc');
    emit({
      eventType: EventType.ACQUIRE_TOKEN_FAILURE,
      interactionType: InteractionType.Redirect,
      error,
    });
    emit({
      eventType: EventType.ACQUIRE_TOKEN_FAILURE,
      interactionType: InteractionType.Silent,
      error: new AuthError('interaction_required', 'Silent sign-in failed.'),
    });
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(onFailure).toHaveBeenCalledWith('access_denied');
    expect(warn).toHaveBeenCalledTimes(2);
    const logged = warn.mock.calls.flat().join(' ');
    expect(logged).toContain('access_denied');
    expect(logged).toContain('interaction_required');
    expect(logged).not.toContain('secret');
  });
});
