import { expect, test } from '@playwright/test';
import { graphRequests } from './pages/my-roles.ts';
import { SignInPage } from './pages/sign-in.ts';

const asksForProfile = async (request: Parameters<typeof graphRequests>[0]) =>
  (await graphRequests(request)).some((entry) => entry.path === '/v1.0/me');

test.beforeEach(async ({ request }) => {
  expect(
    (await request.post('/emulator/_control/reset', { data: { scenario: 'default' } })).ok(),
  ).toBe(true);
});

test.describe('The account menu, fetched on first use', () => {
  test('opens from the keyboard even when pressed before its code arrived', async ({
    page,
    request,
  }) => {
    await new SignInPage(page).signIn('Adele Vance', '/history');
    await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
    // Hold the menu's chunk back, so that the key press lands on the button alone.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let fetched = false;
    await page.route(/\/assets\/account-menu-loaded-[^/]*\.js$/, async (route) => {
      fetched = true;
      await held;
      await route.continue();
    });

    const button = page.getByRole('banner').getByRole('button', { name: 'Account: Adele Vance' });
    await expect(button).toHaveAttribute('aria-haspopup', 'menu');
    await button.focus();
    await expect.poll(() => fetched).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menu')).toHaveCount(0);
    expect(await asksForProfile(request)).toBe(false);

    release();
    await expect(page.getByRole('menuitemradio', { name: 'System' })).toBeFocused();
    await expect(page.getByText('Cloud Engineer')).toBeVisible();
    expect(await asksForProfile(request)).toBe(true);

    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toHaveCount(0);
    await expect(button).toBeFocused();
    await expect(button).not.toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitemradio', { name: 'System' })).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  test('a click before the code arrived opens the menu once it has', async ({ page }) => {
    await new SignInPage(page).signIn('Adele Vance', '/history');
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/account-menu-loaded-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('banner').getByRole('button', { name: 'Account: Adele Vance' }).click();
    await expect(page.getByRole('menu')).toHaveCount(0);
    release();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  });
});
