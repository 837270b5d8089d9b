import { expect, type Page } from '@playwright/test';

/** Chooses a unit in a unit picker (a combobox searched on the server) by its code. */
export async function pickUnit(page: Page, label: string, code: string) {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.fill(code);
  const ends = new RegExp(`\\(${code.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}\\)$`);
  await page.getByRole('option', { name: ends }).click();
  await expect(box).toHaveValue(ends);
}
