import { readFileSync } from 'node:fs';
import { expect, loginAs, test } from './fixtures';

/**
 * Evidence documents in the browser (issue 16): an official attaches a PDF to a completion
 * report, the coordinator downloads it and gets the same bytes under its Vietnamese name; a
 * viewer for whom the task is out of reach gets 404 for the same link.
 */
test('an official attaches a PDF to a completion report, the coordinator downloads the same bytes', async ({
  browser,
}) => {
  // three sign-ins, an upload and a download: more than the default 30 s on a busy machine
  test.setTimeout(120_000);
  const bytes = Buffer.from(`%PDF-1.4\n% e2e ${Date.now()} báo cáo\n1 0 obj << >> endobj\n%%EOF\n`);
  const title = `Báo cáo kết quả ${Date.now()}`;

  const official = await (await browser.newContext()).newPage();
  await loginAs(official, 'hp.danvan');
  await official.goto('/tasks/NV-HP-06');
  const form = official
    .locator('form')
    .filter({ has: official.getByRole('heading', { name: 'Đính kèm tài liệu' }) });
  await form.getByLabel('Loại tài liệu').selectOption('completion_report');
  await form.getByLabel('Tệp', { exact: true }).setInputFiles({
    name: 'Báo cáo hoàn thành NV-HP-06.pdf',
    mimeType: 'application/pdf',
    buffer: bytes,
  });
  await form.getByLabel('Trích yếu').fill(title);
  await form.getByLabel('Số, ký hiệu').fill('125-BC/BDVTU');
  await form.getByRole('button', { name: 'Tải lên' }).click();
  await expect(form.getByRole('status')).toHaveText('Đã đính kèm tài liệu.');
  await expect(official.getByTestId('documents').getByRole('link', { name: title })).toBeVisible();

  const coordinator = await (await browser.newContext()).newPage();
  await loginAs(coordinator, 'hp.dieuphoi');
  await coordinator.goto('/tasks/NV-HP-06');
  const link = coordinator.getByTestId('documents').getByRole('link', { name: title });
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/api\/documents\/[0-9a-f-]{36}$/);
  const [download] = await Promise.all([coordinator.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('Báo cáo hoàn thành NV-HP-06.pdf');
  const path = await download.path();
  expect(Buffer.compare(readFileSync(path), bytes)).toBe(0);

  const outside = await (await browser.newContext()).newPage();
  await loginAs(outside, 'bnv');
  const refused = await outside.request.get(href ?? '');
  expect(refused.status()).toBe(404);
});
