// @vitest-environment jsdom
import {
  BrowserAuthError,
  InteractionRequiredAuthError,
  type AccountInfo,
  type AuthenticationResult,
} from '@azure/msal-browser';
import { describe, expect, it, vi } from 'vitest';
import { createTokenGetter, type TokenClient } from './acquire-token.ts';

const BRIDGE = 'https://localhost:5173/auth/redirect-bridge';
const ACCOUNT = {
  homeAccountId: 'adele',
  username: 'AdeleV@contoso.onmicrosoft.com',
} as AccountInfo;
const CLAIMS = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';

function result(accessToken: string): AuthenticationResult {
  return { accessToken } as AuthenticationResult;
}

function fakeClient(account: AccountInfo | null = ACCOUNT) {
  const client = {
    getActiveAccount: vi.fn(() => account),
    getAllAccounts: vi.fn(() => (account ? [account] : [])),
    acquireTokenSilent: vi.fn<TokenClient['acquireTokenSilent']>(),
    acquireTokenPopup: vi.fn<TokenClient['acquireTokenPopup']>(),
    acquireTokenRedirect: vi.fn<TokenClient['acquireTokenRedirect']>(() => Promise.resolve()),
  };
  return client;
}

const interactionRequired = () => new InteractionRequiredAuthError('interaction_required', 'c');

/** Resolves to 'pending' when the promise has not settled after the microtask queue drains. */
async function settled(promise: Promise<unknown>): Promise<unknown> {
  return Promise.race([
    promise.then(
      (v) => ({ value: v }),
      (e: unknown) => ({ error: e }),
    ),
    new Promise((resolve) => {
      setTimeout(() => {
        resolve('pending');
      }, 20);
    }),
  ]);
}

describe('createTokenGetter', () => {
  it('returns the silent token for the active account through the bridge', async () => {
    const client = fakeClient();
    client.acquireTokenSilent.mockResolvedValue(result('silent-token'));
    const getToken = createTokenGetter(client, { bridgeRedirectUri: BRIDGE });
    await expect(getToken(['User.Read'])).resolves.toBe('silent-token');
    expect(client.acquireTokenSilent).toHaveBeenCalledWith({
      scopes: ['User.Read'],
      account: ACCOUNT,
      redirectUri: BRIDGE,
    });
    expect(client.acquireTokenPopup).not.toHaveBeenCalled();
    expect(client.acquireTokenRedirect).not.toHaveBeenCalled();
  });

  it('skips the cache when asked to refresh (Graph refused the cached token)', async () => {
    const client = fakeClient();
    client.acquireTokenSilent.mockResolvedValue(result('fresh-token'));
    const getToken = createTokenGetter(client, { bridgeRedirectUri: BRIDGE });
    await expect(getToken(['User.Read'], { forceRefresh: true })).resolves.toBe('fresh-token');
    expect(client.acquireTokenSilent).toHaveBeenCalledWith({
      scopes: ['User.Read'],
      account: ACCOUNT,
      forceRefresh: true,
      redirectUri: BRIDGE,
    });
  });

  it('redirects once when interaction is required without a claims challenge', async () => {
    const client = fakeClient();
    client.acquireTokenSilent.mockRejectedValue(interactionRequired());
    const getToken = createTokenGetter(client, { bridgeRedirectUri: BRIDGE });
    const first = getToken(['User.Read']);
    const second = getToken(['RoleManagement.Read.Directory']);
    expect(await settled(first)).toBe('pending');
    expect(await settled(second)).toBe('pending');
    expect(client.acquireTokenRedirect).toHaveBeenCalledTimes(1);
    expect(client.acquireTokenRedirect).toHaveBeenCalledWith(
      expect.objectContaining({ scopes: ['User.Read'], account: ACCOUNT }),
    );
    expect(client.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('steps up a claims challenge with one popup and returns its token', async () => {
    const client = fakeClient();
    client.acquireTokenSilent.mockRejectedValue(interactionRequired());
    client.acquireTokenPopup.mockResolvedValue(result('stepped-up'));
    const getToken = createTokenGetter(client, { bridgeRedirectUri: BRIDGE });
    await expect(
      getToken(['RoleAssignmentSchedule.ReadWrite.Directory'], { claims: CLAIMS }),
    ).resolves.toBe('stepped-up');
    expect(client.acquireTokenSilent).toHaveBeenCalledWith(
      expect.objectContaining({ claims: CLAIMS }),
    );
    expect(client.acquireTokenPopup).toHaveBeenCalledTimes(1);
    expect(client.acquireTokenPopup).toHaveBeenCalledWith(
      expect.objectContaining({ claims: CLAIMS, redirectUri: BRIDGE, account: ACCOUNT }),
    );
    expect(client.acquireTokenRedirect).not.toHaveBeenCalled();
  });

  it('falls back to a redirect when the popup is blocked', async () => {
    const client = fakeClient();
    client.acquireTokenSilent.mockRejectedValue(interactionRequired());
    client.acquireTokenPopup.mockRejectedValue(new BrowserAuthError('popup_window_error', 'c'));
    const getToken = createTokenGetter(client, { bridgeRedirectUri: BRIDGE });
    expect(await settled(getToken(['User.Read'], { claims: CLAIMS }))).toBe('pending');
    expect(client.acquireTokenRedirect).toHaveBeenCalledWith(
      expect.objectContaining({ claims: CLAIMS }),
    );
  });

  it('passes on a cancelled popup instead of retrying', async () => {
    const client = fakeClient();
    client.acquireTokenSilent.mockRejectedValue(interactionRequired());
    const cancelled = new BrowserAuthError('user_cancelled', 'c');
    client.acquireTokenPopup.mockRejectedValue(cancelled);
    const getToken = createTokenGetter(client, { bridgeRedirectUri: BRIDGE });
    await expect(getToken(['User.Read'], { claims: CLAIMS })).rejects.toBe(cancelled);
    expect(client.acquireTokenPopup).toHaveBeenCalledTimes(1);
    expect(client.acquireTokenRedirect).not.toHaveBeenCalled();
  });

  it('passes on errors that are not interaction-required', async () => {
    const client = fakeClient();
    const failure = new BrowserAuthError('monitor_window_timeout', 'c');
    client.acquireTokenSilent.mockRejectedValue(failure);
    const getToken = createTokenGetter(client, { bridgeRedirectUri: BRIDGE });
    await expect(getToken(['User.Read'])).rejects.toBe(failure);
    expect(client.acquireTokenRedirect).not.toHaveBeenCalled();
  });

  it('reports a redirect that could not start, and tries again next time', async () => {
    const client = fakeClient();
    client.acquireTokenSilent.mockRejectedValue(interactionRequired());
    const busy = new BrowserAuthError('interaction_in_progress', 'c');
    client.acquireTokenRedirect.mockRejectedValueOnce(busy);
    const getToken = createTokenGetter(client, { bridgeRedirectUri: BRIDGE });
    await expect(getToken(['User.Read'])).rejects.toBe(busy);
    expect(await settled(getToken(['User.Read']))).toBe('pending');
    expect(client.acquireTokenRedirect).toHaveBeenCalledTimes(2);
  });

  it('signs in again when no account is left', async () => {
    const client = fakeClient(null);
    const getToken = createTokenGetter(client, { bridgeRedirectUri: BRIDGE });
    expect(await settled(getToken(['User.Read']))).toBe('pending');
    expect(client.acquireTokenSilent).not.toHaveBeenCalled();
    expect(client.acquireTokenRedirect).toHaveBeenCalledTimes(1);
  });

  it('rejects at once when aborted, even while MSAL is still working', async () => {
    const client = fakeClient();
    client.acquireTokenSilent.mockReturnValue(new Promise(() => undefined));
    const getToken = createTokenGetter(client, { bridgeRedirectUri: BRIDGE });
    const controller = new AbortController();
    const pending = getToken(['User.Read'], { signal: controller.signal });
    controller.abort(new Error('query cancelled'));
    await expect(pending).rejects.toThrow('query cancelled');

    const already = new AbortController();
    already.abort();
    await expect(getToken(['User.Read'], { signal: already.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
