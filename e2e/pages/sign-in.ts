import { expect, type Page } from '@playwright/test';

export interface PersonaName {
  displayName: string;
}

/** The signed-out landing page and the emulator's sign-in page. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  async startFromLanding(path = '/'): Promise<void> {
    await this.page.goto(path);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** On the emulator's sign-in page: picks a persona. */
  async choosePersona(displayName: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: /sign in/i }).first()).toBeVisible();
    await this.page.getByRole('button', { name: `Sign in as ${displayName}` }).click();
  }

  async signIn(displayName: string, path = '/'): Promise<void> {
    await this.startFromLanding(path);
    await this.choosePersona(displayName);
    await expect(this.page.getByRole('banner').getByText(displayName)).toBeVisible();
  }
}
