import type { Page } from '@playwright/test';

/** A recommendation's page and its forms, by what a user sees. */
export class RecommendationPage {
  constructor(private readonly page: Page) {}

  async goto(code: string) {
    await this.page.goto(`/recommendations/${code}`);
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  addressee(code: string) {
    return this.page.getByTestId(`addressee-${code}`);
  }

  answerForm(addresseeName: string) {
    return this.page.getByRole('form', { name: `Trả lời của ${addresseeName}` });
  }

  async answer(addresseeName: string, status: string, response = '') {
    const form = this.answerForm(addresseeName);
    await form.getByLabel('Chuyển sang').selectOption({ label: status });
    if (response) await form.getByLabel('Nội dung trả lời').fill(response);
    await form.getByRole('button', { name: 'Ghi nhận trả lời' }).click();
  }
}

/** The form that drafts a new recommendation. */
export class NewRecommendationPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/recommendations/new');
  }

  async fill({ category, text, addressees }: { category?: string; text?: string; addressees?: string[] }) {
    if (category) await this.page.getByLabel('Loại kiến nghị').selectOption({ label: category });
    if (text !== undefined) await this.page.getByLabel('Nội dung kiến nghị').fill(text);
    for (const name of addressees ?? []) await this.page.getByRole('checkbox', { name, exact: true }).check();
  }

  async save() {
    await this.page.getByRole('button', { name: 'Lưu dự thảo' }).click();
  }
}
