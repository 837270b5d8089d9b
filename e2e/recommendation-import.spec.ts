import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect as baseExpect, loginAs, test } from './fixtures';

// Server actions on a busy two-core machine take a few seconds.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const HEADER = [
  'Mã kiến nghị',
  'Nội dung kiến nghị',
  'Loại kiến nghị',
  'Cơ quan nhận kiến nghị',
  'Đơn vị gửi kiến nghị',
  'Mã đợt khảo sát',
  'Mã nhiệm vụ liên quan',
  'Hạn trả lời',
  'Trạng thái',
];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbook(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Kiến nghị');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function upload(page: Page, name: string, rows: string[][]) {
  await page
    .getByLabel(/Tệp XLSX hoặc CSV/)
    .setInputFiles({ name, mimeType: XLSX, buffer: await workbook(rows) });
  await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
}

test.describe('recommendation import', () => {
  test('a coordinator uploads recommendations, sees the errors, fixes the file and commits @smoke', async ({
    page,
  }) => {
    await loginAs(page, 'hp.dieuphoi');
    await page.goto('/recommendations');
    await page.getByRole('link', { name: 'Nhập từ Excel' }).click();
    await expect(page.getByRole('heading', { name: 'Nhập kiến nghị từ Excel' })).toBeVisible();

    await upload(page, 'sai.xlsx', [
      ['', 'Kiến nghị gửi nhầm nơi', 'Chính sách', 'XX-KHONG', 'BNV', '', '', '', ''],
    ]);
    const errors = page.getByTestId('import-errors');
    await expect(errors).toContainText('Không tìm thấy đơn vị theo mã hoặc tên này.');
    await expect(errors).toContainText('Cơ quan nhận kiến nghị');
    await expect(errors).toContainText('Bạn không thể gửi kiến nghị thay đơn vị này.');
    await expect(page.getByRole('button', { name: 'Ghi vào hệ thống' })).toHaveCount(0);

    await upload(page, 'kien-nghi.xlsx', [
      [
        '',
        'Kiến nghị nhập từ Excel về chính sách dân tộc',
        'Chính sách',
        'QH; CP',
        'P31',
        'KS-HP',
        '',
        '',
        '',
      ],
      [
        '',
        'Kiến nghị gửi luôn từ Excel',
        'huong dan thuc hien',
        'bo noi vu',
        'Thành phố Hải Phòng',
        '',
        '',
        '',
        'Đã gửi',
      ],
    ]);
    await expect(page.getByTestId('import-counts')).toHaveText('Tạo mới: 2 · Cập nhật: 0 · Không đổi: 0');
    await page.getByRole('button', { name: 'Ghi vào hệ thống' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã nhập' })).toHaveText(
      'Đã nhập: tạo mới 2, cập nhật 0, không đổi 0.',
    );
    await page.goto('/recommendations?q=nhap%20tu%20excel%20ve%20chinh%20sach');
    await expect(page.getByRole('main')).toContainText('Kiến nghị nhập từ Excel về chính sách dân tộc');
  });

  test('a draft changed by someone else after the dry run gives a conflict and writes nothing', async ({
    page,
    context,
  }) => {
    await loginAs(page, 'hp.dieuphoi');
    await page.goto('/recommendations/import');
    await upload(page, 'nhap.xlsx', [['', 'Bản nháp để thử xung đột', 'Khác', 'QH', 'P31', '', '', '', '']]);
    await page.getByRole('button', { name: 'Ghi vào hệ thống' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã nhập' })).toBeVisible();
    await page.goto('/recommendations?q=ban%20nhap%20de%20thu%20xung%20dot');
    await page.getByRole('main').getByRole('link', { name: /^KN-/ }).first().click();
    await expect(page).toHaveURL(/\/recommendations\/KN-/);
    const code = page.url().split('/').pop()!;

    await page.goto('/recommendations/import');
    await upload(page, 'sua.xlsx', [[code, 'Bản nháp sửa từ tệp', 'Khác', 'QH', 'P31', '', '', '', '']]);
    await expect(page.getByTestId('import-counts')).toHaveText('Tạo mới: 0 · Cập nhật: 1 · Không đổi: 0');

    const other = await context.newPage();
    await other.goto(`/recommendations/${code}/edit`);
    await other.getByLabel('Nội dung kiến nghị').fill('Bản nháp do người khác sửa');
    await other.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect(other).toHaveURL(new RegExp(`/recommendations/${code}$`));

    await page.getByRole('button', { name: 'Ghi vào hệ thống' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'người khác thay đổi' });
    await expect(alert).toContainText('Chưa ghi gì');
    await expect(page.getByTestId('import-conflicts')).toHaveText(`Dòng 2: ${code}`);
    await page.goto(`/recommendations/${code}`);
    await expect(page.getByRole('main')).toContainText('Bản nháp do người khác sửa');
  });

  test('officials and leaders see neither the button nor the page', async ({ page }) => {
    for (const login of ['hp.danvan', 'hp.lanhdao']) {
      await loginAs(page, login);
      await page.goto('/recommendations');
      await expect(page.getByRole('heading', { name: 'Kiến nghị', level: 1 })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Nhập từ Excel' })).toHaveCount(0);
      expect((await page.goto('/recommendations/import'))?.status()).toBe(404);
      expect((await page.request.get('/recommendations/import/template')).status()).toBe(404);
      await page.context().clearCookies();
    }
  });

  test('the template downloads with instructions, lists and one’s recommendations', async ({ page }) => {
    await loginAs(page, 'hp.dieuphoi');
    const response = await page.request.get('/recommendations/import/template?with=recommendations');
    expect(response.status()).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await response.body()) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Kiến nghị', 'Hướng dẫn', 'Danh mục']);
    const sheet = book.getWorksheet('Kiến nghị')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADER]);
    expect(sheet.getColumn(1).values).toContain('KN-HP-01');
    expect(sheet.getCell('C2').dataValidation?.type).toBe('list');
    expect(book.getWorksheet('Hướng dẫn')?.getCell('A1').value).toBe('Hướng dẫn nhập kiến nghị');
  });
});
