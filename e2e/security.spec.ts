import { expect, test } from '@playwright/test';

test.describe('Content Security Policy', () => {
  test('the policy is sent as a header and embedded in the page', async ({ page }) => {
    const response = await page.goto('/');
    const header = response?.headers()['content-security-policy'] ?? '';
    expect(header).toContain("script-src 'self'");
    expect(header).not.toContain("'unsafe-inline' 'unsafe-eval'");
    expect(header).toMatch(/script-src 'self'(;|$)/);
    expect(header).toContain("connect-src 'self'");
    expect(header).toContain("object-src 'none'");
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(meta).toMatch(/script-src 'self'(;|$)/);
  });

  test('an injected inline script does not run', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        violations.push(e.violatedDirective);
      });
      const script = document.createElement('script');
      script.textContent = 'window.__injectedRan = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return {
        ran: (window as unknown as { __injectedRan?: boolean }).__injectedRan === true,
        violations,
      };
    });
    expect(outcome.ran).toBe(false);
    expect(outcome.violations.some((d) => d.startsWith('script-src'))).toBe(true);
  });
});
