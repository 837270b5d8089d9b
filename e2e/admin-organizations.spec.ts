import { expect, loginAs, test } from './fixtures';
import { pickUnit } from './pages/unit-picker';

test.describe('organization administration', () => {
  test('an admin adds a unit, edits it, and retires it with a successor; its history stays readable', async ({
    page,
    context,
  }) => {
    test.slow();
    await loginAs(page, 'quantri');
    await page.getByRole('link', { name: 'Cơ cấu tổ chức' }).click();
    await expect(page.getByRole('heading', { name: 'Cơ cấu tổ chức', level: 1 })).toBeVisible();
    await expect(
      page
        .getByRole('navigation', { name: 'Cây tổ chức' })
        .getByRole('link', { name: 'Ban Chấp hành Trung ương Đảng', exact: true }),
    ).toBeVisible();

    await page.getByRole('link', { name: 'Thêm đơn vị' }).click();
    await expect(page.getByRole('heading', { name: 'Thêm đơn vị', level: 1 })).toBeVisible();
    await pickUnit(page, 'Đơn vị cấp trên', 'P31');
    await page.getByLabel('Mã đơn vị').fill('hp-bdv');
    await page.getByLabel('Tên đơn vị').fill('Ban Thử nghiệm Thành ủy');
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await expect(page.getByText('Mã này đã được dùng cho đơn vị khác.')).toBeVisible();
    await page.getByLabel('Mã đơn vị').fill('hp-e2e');
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await expect(page.getByText('Đã thêm đơn vị.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Ban Thử nghiệm Thành ủy (HP-E2E)');

    // a second tab reads the unit before the first one changes it
    const stale = await context.newPage();
    await stale.goto('/admin/organizations/HP-E2E');

    await page.getByLabel('Tên đơn vị').fill('Ban Thử nghiệm Thành ủy Hải Phòng');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect(page.getByText('Đã lưu thay đổi.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Ban Thử nghiệm Thành ủy Hải Phòng');

    await stale.getByLabel('Tên đơn vị').fill('Tên cũ ghi đè');
    await stale.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect(stale.getByText('Đơn vị vừa được người khác sửa.', { exact: false })).toBeVisible();
    await stale.close();

    await page.getByLabel('Ngày cuối cùng còn hoạt động').fill('14/11/2026');
    await pickUnit(page, 'Đơn vị kế thừa (không bắt buộc)', 'HP-BDV');
    await page.getByRole('button', { name: 'Cho ngừng hoạt động' }).click();
    await expect(page.getByText('Đơn vị đã được cho ngừng hoạt động.')).toBeVisible();
    await expect(page.getByText('Đã ngừng hoạt động từ sau 14/11/2026')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Ban Thử nghiệm Thành ủy Hải Phòng');
    await page.getByRole('link', { name: 'Ban Dân vận Thành ủy Hải Phòng' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Ban Dân vận Thành ủy Hải Phòng');
    await expect(page.getByRole('link', { name: 'Ban Thử nghiệm Thành ủy Hải Phòng' })).toBeVisible();

    // in the tree: found without diacritics, marked, and hidden with the retired units
    await page.goto('/admin/organizations?q=thu+nghiem');
    const tree = page.getByRole('navigation', { name: 'Cây tổ chức' });
    await expect(tree.getByRole('link', { name: 'Ban Thử nghiệm Thành ủy Hải Phòng' })).toBeVisible();
    await expect(tree.getByText('Đã ngừng hoạt động từ sau 14/11/2026')).toBeVisible();
    await page.getByLabel('Ẩn đơn vị đã ngừng hoạt động').check();
    await page.getByRole('button', { name: 'Tìm' }).click();
    await expect(page.getByText('Không có đơn vị nào khớp.')).toBeVisible();

    // an account cannot be placed in it any more
    await page.goto('/admin/users/new');
    await expect(page.getByLabel('Đơn vị').locator('option[value="HP-E2E"]')).toHaveCount(0);
  });

  test('a unit with active accounts is not retired', async ({ page }) => {
    test.slow();
    await loginAs(page, 'quantri');
    await page.goto('/admin/organizations/BNV');
    await page.getByLabel('Ngày cuối cùng còn hoạt động').fill('14/11/2026');
    await page.getByRole('button', { name: 'Cho ngừng hoạt động' }).click();
    await expect(page.getByText('Còn tài khoản đang hoạt động', { exact: false })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Cho ngừng hoạt động' })).toBeVisible();
  });
});

test.describe('resolutions and reviews', () => {
  test('a national coordinator sets up a resolution and a review, which the task filters then offer', async ({
    page,
  }) => {
    test.slow();
    await loginAs(page, 'dieuphoi');
    await page.getByRole('link', { name: 'Nghị quyết, đợt tổng kết' }).click();
    await expect(page.getByRole('heading', { name: 'Nghị quyết và đợt tổng kết', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Thêm nghị quyết' }).click();
    await page.getByLabel('Số, ký hiệu nghị quyết').fill('09-ct/tw');
    await page.getByLabel('Trích yếu').fill('Về tăng cường công tác dân vận trong tình hình mới');
    await page.getByLabel('Ngày ban hành (không bắt buộc)').fill('01/10/2026');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByText('Đã lưu nghị quyết.')).toBeVisible();
    await expect(
      page.getByRole('heading', { name: /09-CT\/TW — Về tăng cường công tác dân vận/ }),
    ).toBeVisible();

    await page.goto('/admin/reviews/new?resolution=09-CT%2FTW');
    await expect(page.getByLabel('Nghị quyết')).toHaveValue('09-CT/TW');
    await page.getByLabel('Mã đợt tổng kết').fill('SK-CT09');
    await page.getByLabel('Tên đợt tổng kết').fill('Sơ kết một năm thực hiện Chỉ thị 09');
    await page.getByLabel('Ngày bắt đầu').fill('01/12/2026');
    await page.getByLabel('Ngày kết thúc').fill('30/11/2026');
    await pickUnit(page, 'Cơ quan chủ trì đợt tổng kết', 'BTGDVTW');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByText('Ngày kết thúc không được trước ngày bắt đầu.')).toBeVisible();
    await page.getByLabel('Ngày kết thúc').fill('30/11/2027');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByText('Đã lưu đợt tổng kết.')).toBeVisible();
    const section = page.getByRole('region', { name: /09-CT\/TW/ });
    await expect(section.getByRole('link', { name: 'SK-CT09' })).toBeVisible();
    await expect(section.getByText('01/12/2026 – 30/11/2027')).toBeVisible();

    await page.goto('/tasks');
    const filter = page.getByLabel('Đợt tổng kết');
    await expect(filter.locator('option[value="SK-CT09"]')).toHaveText('Sơ kết một năm thực hiện Chỉ thị 09');
  });

  test('a coordinator of a province and an official are refused', async ({ page, browser }) => {
    test.slow(); // two sign-ins and seven pages
    await loginAs(page, 'hp.dieuphoi');
    await expect(page.getByRole('link', { name: 'Nghị quyết, đợt tổng kết' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Cơ cấu tổ chức' })).toHaveCount(0);
    for (const path of [
      '/admin/reviews',
      '/admin/reviews/new',
      '/admin/reviews/TK20-NQ23',
      '/admin/organizations',
    ]) {
      expect((await page.goto(path))?.status()).toBe(404);
    }
    const context = await browser.newContext();
    const official = await context.newPage();
    await loginAs(official, 'bnv');
    for (const path of [
      '/admin/reviews/resolution',
      '/admin/organizations/BNV',
      '/admin/organizations/new',
    ]) {
      expect((await official.goto(path))?.status()).toBe(404);
    }
    await context.close();
  });
});
