import { expect, test, type APIRequestContext, type Request } from '@playwright/test';
import { SignInPage } from './pages/sign-in.ts';
import { Shell } from './pages/shell.ts';

interface Info {
  tenantId: string;
  personas: { displayName: string; userPrincipalName: string }[];
}

async function emulatorInfo(request: APIRequestContext): Promise<Info> {
  const response = await request.get('/emulator/_control/info');
  expect(response.ok()).toBe(true);
  return (await response.json()) as Info;
}

test.describe('Signing in to the emulated tenant', () => {
  test('each persona signs in through the real redirect and sees their name', async ({
    page,
    request,
  }) => {
    const { personas } = await emulatorInfo(request);
    expect(personas.length).toBeGreaterThanOrEqual(3);
    for (const persona of personas) {
      await page.context().clearCookies();
      await page.goto('/');
      await page.evaluate(() => {
        sessionStorage.clear();
      });
      const signIn = new SignInPage(page);
      await signIn.signIn(persona.displayName);
      await new Shell(page).expectSignedInAs(persona.displayName);
    }
  });

  test('a reload keeps the session without signing in again', async ({ page }) => {
    await new SignInPage(page).signIn('Adele Vance');
    const authorizeCalls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/oauth2/v2.0/authorize')) authorizeCalls.push(r.url());
    });
    await page.reload();
    await new Shell(page).expectSignedInAs('Adele Vance');
    expect(authorizeCalls).toEqual([]);
  });

  test('signing out returns to the landing page', async ({ page }) => {
    await new SignInPage(page).signIn('Megan Bowen');
    await new Shell(page).signOut();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('banner').getByText('Megan Bowen')).toHaveCount(0);
  });

  test('a deep link opened while signed out survives sign-in', async ({ page }) => {
    await page.goto('/history');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await new SignInPage(page).choosePersona('Alex Wilber');
    await new Shell(page).expectSignedInAs('Alex Wilber');
    await expect(page).toHaveURL(/\/history$/);
    await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  });

  test('no request leaves the origin while using the emulator', async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const elsewhere: string[] = [];
    const record = (r: Request): void => {
      const url = new URL(r.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
        elsewhere.push(r.url());
      }
    };
    page.on('request', record);
    await new SignInPage(page).signIn('Adele Vance');
    await page.getByRole('link', { name: 'Approvals' }).first().click();
    await page.getByRole('link', { name: 'History' }).first().click();
    await page.reload();
    await new Shell(page).expectSignedInAs('Adele Vance');
    expect(elsewhere).toEqual([]);
  });

  test('tokens are renewed silently after they expire', async ({ page }) => {
    await page.clock.install();
    await new SignInPage(page).signIn('Adele Vance');
    const grants: string[] = [];
    const authorize: string[] = [];
    // Statuses of the token requests seen here (not of one in flight from the sign-in).
    const tokenRequests = new Set<Request>();
    const tokenStatuses: number[] = [];
    page.on('response', (r) => {
      if (tokenRequests.has(r.request())) tokenStatuses.push(r.status());
    });
    page.on('request', (r) => {
      if (r.url().includes('/oauth2/v2.0/token') && r.method() === 'POST') {
        tokenRequests.add(r);
        grants.push(new URLSearchParams(r.postData() ?? '').get('grant_type') ?? '');
      }
      if (r.url().includes('/oauth2/v2.0/authorize')) authorize.push(r.url());
    });
    const shell = new Shell(page);

    // Past the access token's lifetime: the refresh token renews it, no page shown.
    await page.clock.fastForward('02:00:00');
    await shell.openAccountMenu();
    await expect(page.getByText('Cloud Engineer')).toBeVisible();
    await expect.poll(() => grants).toContain('refresh_token');
    // Renewed by the refresh token alone, as with Entra: a rotated token stays valid, so silent
    // calls that overlap all succeed and none falls back to the hidden iframe.
    await expect.poll(() => tokenStatuses.length).toBe(grants.length);
    expect(tokenStatuses.every((s) => s === 200)).toBe(true);
    expect(grants.every((g) => g === 'refresh_token')).toBe(true);
    expect(authorize).toEqual([]);
    await page.keyboard.press('Escape');

    // Past the refresh token's lifetime too: the hidden iframe signs in with the session.
    await page.clock.fastForward('25:00:00');
    const before = grants.length;
    await shell.openAccountMenu();
    await expect(page.getByText('Cloud Engineer')).toBeVisible();
    await expect.poll(() => authorize.some((u) => u.includes('prompt=none'))).toBe(true);
    await expect.poll(() => grants.slice(before)).toContain('authorization_code');
    expect(authorize.filter((u) => !u.includes('prompt=none'))).toEqual([]);
    await expect(page.getByRole('button', { name: 'Sign in as Adele Vance' })).toHaveCount(0);
    await shell.expectSignedInAs('Adele Vance');
  });
});
