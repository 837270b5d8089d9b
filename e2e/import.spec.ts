import ExcelJS from 'exceljs';
import { expect as baseExpect, loginAs, test } from './fixtures';

// Server actions on a busy two-core machine take a few seconds.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

async function workbook(rows: (string | Date)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Nhiệm vụ');
  sheet.addRow([
    'Mã nhiệm vụ',
    'Tên nhiệm vụ',
    'Mô tả',
    'Đơn vị thực hiện',
    'Hạn hoàn thành',
    'Trạng thái',
    'Tiến độ (%)',
  ]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test.describe('task import', () => {
  test('a coordinator uploads a spreadsheet, sees the dry run, fixes it and commits @smoke', async ({
    page,
  }) => {
    await loginAs(page, 'hp.dieuphoi');
    await page.goto('/tasks');
    await page.getByRole('link', { name: 'Nhập từ Excel' }).click();
    await expect(page.getByRole('heading', { name: 'Nhập nhiệm vụ từ Excel' })).toBeVisible();

    const bad = await workbook([
      ['', 'Tổng hợp kết quả nhập', '', 'BNV', new Date(Date.UTC(2026, 11, 31)), '', ''],
    ]);
    await page
      .getByLabel(/Tệp XLSX hoặc CSV/)
      .setInputFiles({ name: 'sai.xlsx', mimeType: XLSX, buffer: bad });
    await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
    const errors = page.getByTestId('import-errors');
    await expect(errors).toContainText('Đơn vị ngoài phạm vi');
    await expect(errors).toContainText('Đơn vị thực hiện');
    await expect(page.getByRole('button', { name: 'Ghi vào hệ thống' })).toHaveCount(0);

    const good = await workbook([
      [
        '',
        'Tổng hợp kết quả nhập từ Excel',
        '',
        'HP-MTTQ',
        new Date(Date.UTC(2026, 11, 31)),
        'Chưa thực hiện',
        '',
      ],
      ['', 'Báo cáo chuyên đề dân vận', '', 'ban dan van thanh uy hai phong', '15/01/2027', '', ''],
    ]);
    await page
      .getByLabel(/Tệp XLSX hoặc CSV/)
      .setInputFiles({ name: 'nhiem-vu.xlsx', mimeType: XLSX, buffer: good });
    await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
    await expect(page.getByTestId('import-counts')).toHaveText('Tạo mới: 2 · Cập nhật: 0 · Không đổi: 0');
    await page.getByRole('button', { name: 'Ghi vào hệ thống' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã nhập' })).toHaveText(
      'Đã nhập: tạo mới 2, cập nhật 0, không đổi 0.',
    );
    await page.goto('/tasks?q=nhap%20tu%20excel');
    await expect(page.getByRole('main')).toContainText('Tổng hợp kết quả nhập từ Excel');
  });

  test('a hostile file is refused with a clear message', async ({ page }) => {
    await loginAs(page, 'hp.dieuphoi');
    await page.goto('/tasks/import');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Tên nhiệm vụ\nA\n', 'utf16le')]);
    await page
      .getByLabel(/Tệp XLSX hoặc CSV/)
      .setInputFiles({ name: 'a.csv', mimeType: 'text/csv', buffer: utf16 });
    await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'UTF-16' })).toContainText('CSV UTF-8');
  });

  test('the upload route checks the session, the Origin and its own size limit, storing nothing', async ({
    page,
    request,
    baseURL,
  }) => {
    const csv = Buffer.from(
      'Tên nhiệm vụ,Đơn vị thực hiện,Hạn hoàn thành\nTải lên trái phép,HP-MTTQ,31/12/2099\n',
    );
    const form = (buffer: Buffer) => ({
      file: { name: 'a.csv', mimeType: 'text/csv', buffer },
      mode: 'commit',
    });
    // No session: refused before the body is read.
    const anonymous = await request.post('/api/upload/tasks-import', {
      multipart: form(csv),
      headers: { origin: baseURL! },
    });
    expect(anonymous.status()).toBe(401);
    expect(await anonymous.json()).toMatchObject({ message: 'upload.unauthorized' });

    await loginAs(page, 'hp.dieuphoi');
    // A page elsewhere posting with the coordinator's cookies.
    const foreign = await page.request.post('/api/upload/tasks-import', {
      multipart: form(csv),
      headers: { origin: 'http://evil.example' },
    });
    expect(foreign.status()).toBe(403);
    // Past the route's own limit (Next's proxy would have cut it at 10 MB, the action at 1 MB).
    const huge = await page.request.post('/api/upload/tasks-import', {
      multipart: form(Buffer.alloc(16 * 1024 * 1024, 0x61)),
      headers: { origin: baseURL! },
    });
    expect(huge.status()).toBe(413);
    expect(await huge.json()).toEqual({ status: 'error', message: 'upload.tooLarge', params: { max: 10 } });
    // And the page says so in words.
    await page.goto('/tasks/import');
    await page
      .getByLabel(/Tệp XLSX hoặc CSV/)
      .setInputFiles({ name: 'lon.csv', mimeType: 'text/csv', buffer: Buffer.alloc(16 * 1024 * 1024, 0x61) });
    await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'MB' })).toContainText('lớn hơn 10 MB');
    await page.goto('/tasks?q=trai%20phep');
    await expect(page.getByRole('main')).not.toContainText('Tải lên trái phép');
  });

  test('officials see neither the link nor the page', async ({ page }) => {
    await loginAs(page, 'hp.danvan');
    await page.goto('/tasks');
    await expect(page.getByRole('link', { name: 'Nhập từ Excel' })).toHaveCount(0);
    const response = await page.goto('/tasks/import');
    expect(response?.status()).toBe(404);
    const template = await page.request.get('/tasks/import/template');
    expect(template.status()).toBe(404);
  });

  test('the template downloads as a workbook with instructions and lists', async ({ page }) => {
    await loginAs(page, 'hp.dieuphoi');
    const response = await page.request.get('/tasks/import/template');
    expect(response.status()).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await response.body()) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Nhiệm vụ', 'Hướng dẫn', 'Danh mục']);
    expect(book.getWorksheet('Nhiệm vụ')?.getCell('F2').dataValidation?.type).toBe('list');
  });
});
