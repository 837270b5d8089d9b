import { test as base, expect, type Page } from '@playwright/test';
import { LoginPage } from './pages/login-page';

/** Signs in through the real login form and waits for the first page after it. */
export async function loginAs(page: Page, login: string) {
  const loginPage = new LoginPage(page);
  await loginPage.goto();
  await loginPage.signIn(login);
  await expect(page).not.toHaveURL(/\/login/);
}

export const test = base.extend<{ loginPage: LoginPage }>({
  loginPage: async ({ page }, use) => {
    await use(new LoginPage(page));
  },
});

export { expect };
