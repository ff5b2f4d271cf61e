import { expect, type Page } from '@playwright/test';

/** The signed-in shell: header, account menu, navigation. */
export class Shell {
  constructor(private readonly page: Page) {}

  get banner() {
    return this.page.getByRole('banner');
  }

  get navigation() {
    return this.page.getByRole('navigation', { name: /main/i });
  }

  async expectSignedInAs(displayName: string): Promise<void> {
    await expect(this.banner.getByText(displayName)).toBeVisible();
  }

  async openAccountMenu(): Promise<void> {
    await this.banner.getByRole('button', { name: /account/i }).click();
  }

  async signOut(): Promise<void> {
    await this.openAccountMenu();
    await this.page.getByRole('menuitem', { name: 'Sign out' }).click();
  }
}
