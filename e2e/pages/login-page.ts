import type { Page } from '@playwright/test';

export const DEMO_PASSWORD = 'DemoNQ23-2024';

export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/login');
  }

  async signIn(login: string, password = DEMO_PASSWORD) {
    await this.page.getByLabel('Tên đăng nhập').fill(login);
    await this.page.getByLabel('Mật khẩu').fill(password);
    await this.page.getByRole('button', { name: 'Đăng nhập' }).click();
  }

  errorMessage() {
    return this.page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.');
  }
}
