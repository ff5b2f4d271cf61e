import { expect, test } from '@playwright/test';
import { graphRequests, MyRolesPage } from './pages/my-roles.ts';
import { PresetsSection } from './pages/presets.ts';
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

test.describe("A preset's menu, fetched on first use", () => {
  test('renames and deletes a preset from the keyboard', async ({ page }) => {
    await new SignInPage(page).signIn('Adele Vance');
    const presets = new PresetsSection(page);
    await expect(new MyRolesPage(page).grid).toBeVisible();
    const preset = (name: string) => ({
      name,
      roles: [{ id: 'role:790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b', name: 'Message Center Reader' }],
      duration: 'PT1H',
      justification: 'On call',
    });
    await presets.importJson(
      'team.json',
      JSON.stringify({
        format: 'pim-portal/presets',
        version: 1,
        presets: [preset('Team on-call'), preset('Audit')],
      }),
    );
    await expect(presets.region.getByRole('status')).toContainText('2 added');

    const more = presets.region.getByRole('button', { name: 'More actions for preset Audit' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: 'Rename' })).toBeFocused();
    await page.keyboard.press('Enter');
    const naming = page.getByRole('dialog', { name: 'Rename preset' });
    await naming.getByRole('textbox', { name: /Preset name/ }).fill('Quarterly audit');
    await naming.getByRole('button', { name: 'Rename' }).click();
    await expect(presets.region).toContainText('Quarterly audit');

    await presets.region
      .getByRole('button', { name: 'More actions for preset Team on-call' })
      .click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await expect(
      presets.region.getByRole('button', { name: 'Activate preset Team on-call' }),
    ).toHaveCount(0);
    await expect(presets.region).toContainText('Preset “Team on-call” deleted.');
    await expect(
      presets.region.getByRole('button', { name: 'Activate preset Quarterly audit' }),
    ).toBeVisible();
  });
});

test.describe('Tooltips, fetched when the browser is idle', () => {
  test('a countdown focused before its tooltip arrived keeps the focus, then shows it on hover', async ({
    page,
  }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let fetched = false;
    await page.route(/\/assets\/fluent-tooltip-[^/]*\.js$/, async (route) => {
      fetched = true;
      await held;
      await route.continue();
    });
    await new SignInPage(page).signIn('Adele Vance');
    const myRoles = new MyRolesPage(page);
    await myRoles.waitForList();
    // The countdown of an active role: focusable, so keyboard users reach its times too.
    const countdown = myRoles.grid.locator('[tabindex="0"]', { hasText: /Ends / }).first();
    await countdown.focus();
    await expect.poll(() => fetched).toBe(true);
    await expect(page.getByRole('tooltip')).toHaveCount(0);

    release();
    await countdown.hover();
    await expect(page.getByRole('tooltip')).toContainText('Ends ');
    // The tooltip has taken over the countdown: the focus stayed where the user put it.
    await expect(countdown).toBeFocused();
  });
});
