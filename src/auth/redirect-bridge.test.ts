// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { runRedirectBridge } from './redirect-bridge.ts';

describe('runRedirectBridge', () => {
  it('explains itself when opened without a sign-in response, logging only the code', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    window.history.replaceState(null, '', '/auth/redirect-bridge?unrelated=1');
    const root = document.createElement('div');
    await runRedirectBridge(root);
    expect(root.querySelector('h1')?.textContent).toBe('Nothing to do here');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('/');
    expect(warn).toHaveBeenCalledTimes(1);
    const call: unknown[] = warn.mock.calls[0] ?? [];
    expect(call).toHaveLength(2);
    expect(call[0]).toBe('Sign-in bridge:');
    // An MSAL error code (snake_case), never a message or URL that could carry a code.
    expect(call[1]).toMatch(/^[a-z_]+$/);
  });
});
