// @vitest-environment jsdom
import { ApiId } from '@azure/msal-browser';
import { describe, expect, it, vi } from 'vitest';
import { RouterNavigationClient } from './router-navigation-client.ts';

describe('RouterNavigationClient', () => {
  it('moves within the app through the router without a reload', async () => {
    const navigate = vi.fn(() => Promise.resolve());
    const client = new RouterNavigationClient({ navigate });
    const reloaded = await client.navigateInternal(`${window.location.origin}/approvals?x=1`, {
      apiId: ApiId.handleRedirectPromise,
      timeout: 1000,
      noHistory: true,
    });
    expect(reloaded).toBe(false);
    expect(navigate).toHaveBeenCalledWith('/approvals?x=1', { replace: true });
  });
});
