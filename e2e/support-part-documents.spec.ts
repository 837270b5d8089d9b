import { readFileSync } from 'node:fs';
import { expect, loginAs, test } from './fixtures';
import { pickUnit } from './pages/unit-picker';

/**
 * A supporting unit's part has its own documents (issues 16 and 17): on an open task of the Mass
 * Mobilisation Commission that the Front supports (made here: the demo's NV-HP-01 is completed, and
 * a closed task's parts take no documents), the Front's official attaches a file to its part and
 * downloads it; the lead unit's official, who reads the task, downloads it too, and may attach
 * nothing to that part.
 */
test("a supporting unit's official attaches a file to its part and downloads it", async ({ browser }) => {
  // two sign-ins, an upload and a download: more than the default 30 s on a busy machine
  test.setTimeout(120_000);
  const bytes = Buffer.from(`%PDF-1.4\n% e2e ${Date.now()} ý kiến phối hợp\n1 0 obj << >> endobj\n%%EOF\n`);
  const title = `Ý kiến của Mặt trận ${Date.now()}`;

  const coordinator = await (await browser.newContext()).newPage();
  await loginAs(coordinator, 'hp.dieuphoi');
  await coordinator.goto('/tasks/new');
  await coordinator.getByLabel('Tên nhiệm vụ').fill('Tổng hợp ý kiến phối hợp (tài liệu)');
  await pickUnit(coordinator, 'Đơn vị thực hiện', 'HP-BDV');
  await coordinator.getByRole('combobox', { name: 'Thêm đơn vị phối hợp', exact: true }).fill('HP-MTTQ');
  await coordinator.getByRole('option', { name: /\(HP-MTTQ\)$/ }).click();
  await expect(coordinator.getByTestId('supporting-units')).toContainText('(HP-MTTQ)');
  await coordinator.getByLabel('Hạn hoàn thành').fill('31/03/2027');
  await coordinator.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
  await expect(coordinator).toHaveURL(/\/tasks\/NV-2026-\d{4}$/);
  const code = coordinator.url().split('/').pop() as string;

  const front = await (await browser.newContext()).newPage();
  await loginAs(front, 'hp.mttq');
  await front.goto(`/tasks/${code}`);
  const part = front.getByTestId('support-part-HP-MTTQ');
  const form = part
    .locator('form')
    .filter({ has: front.getByRole('heading', { name: 'Đính kèm tài liệu' }) });
  await expect(form.getByLabel('Loại tài liệu')).toHaveValue('support_part:HP-MTTQ');
  await form.getByLabel('Tệp', { exact: true }).setInputFiles({
    name: 'Ý kiến Mặt trận NV-HP-01.pdf',
    mimeType: 'application/pdf',
    buffer: bytes,
  });
  await form.getByLabel('Trích yếu').fill(title);
  await form.getByLabel('Số, ký hiệu').fill('45-CV/MTTQ');
  await form.getByRole('button', { name: 'Tải lên' }).click();
  await expect(form.getByRole('status')).toHaveText('Đã đính kèm tài liệu.');
  const link = part.getByTestId('part-HP-MTTQ-documents').getByRole('link', { name: title });
  await expect(link).toBeVisible();
  // listed under the part, not among the lead unit's own documents
  await expect(front.getByTestId('documents').getByRole('link', { name: title })).toHaveCount(0);
  const [download] = await Promise.all([front.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('Ý kiến Mặt trận NV-HP-01.pdf');
  expect(Buffer.compare(readFileSync(await download.path()), bytes)).toBe(0);

  const lead = await (await browser.newContext()).newPage();
  await loginAs(lead, 'hp.danvan');
  await lead.goto(`/tasks/${code}`);
  const leadPart = lead.getByTestId('support-part-HP-MTTQ');
  const href = await leadPart.getByRole('link', { name: title }).getAttribute('href');
  expect(href).toMatch(/^\/api\/documents\/[0-9a-f-]{36}$/);
  expect((await lead.request.get(href ?? '')).status()).toBe(200);
  await expect(leadPart.getByRole('button', { name: 'Tải lên' })).toHaveCount(0);
});
