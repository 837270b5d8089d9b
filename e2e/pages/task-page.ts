import { expect, type Page } from '@playwright/test';

/** A task's page: its facts, its action forms and its timeline. */
export class TaskPage {
  constructor(private readonly page: Page) {}

  async goto(code: string) {
    return this.page.goto(`/tasks/${code}`);
  }

  /** Opens the form of an action (when several are offered) and returns it. */
  async open(action: string) {
    const toggle = this.page
      .getByRole('button', { name: action, exact: true })
      .and(this.page.locator('[aria-pressed]'));
    if (await toggle.count()) await toggle.click();
    const form = this.page
      .locator('form')
      .filter({ has: this.page.getByRole('heading', { name: action, exact: true }) });
    await expect(form).toBeVisible();
    return form;
  }

  async submit(action: string) {
    const form = this.page
      .locator('form')
      .filter({ has: this.page.getByRole('heading', { name: action, exact: true }) });
    await form.getByRole('button', { name: action, exact: true }).click();
  }

  status() {
    return this.page.getByTestId('task-status').first();
  }

  progress() {
    return this.page.getByTestId('task-progress');
  }

  timeline() {
    return this.page.getByTestId('timeline');
  }
}
