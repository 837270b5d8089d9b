import type { Browser } from '@playwright/test';
import { expect, loginAs, test } from './fixtures';
import { NewRecommendationPage, RecommendationPage } from './pages/recommendation-page';

// Two or three sign-ins and several round trips per test, on a machine shared with other runs.
test.describe.configure({ timeout: 120_000 });

async function signedIn(browser: Browser, login: string) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await loginAs(page, login);
  return page;
}

test.describe('recommendations from Hải Phòng to the Ministry of Home Affairs', () => {
  test('the coordinator submits, the Ministry answers, the coordinator sees the answer @smoke', async ({
    browser,
  }) => {
    const text = `Đề nghị Bộ Nội vụ hướng dẫn chế độ cán bộ thôn, tổ dân phố (E2E ${Date.now()}) <b>đậm</b> =1+1`;

    // Hải Phòng's coordinator drafts and submits
    const hp = await signedIn(browser, 'hp.dieuphoi');
    const form = new NewRecommendationPage(hp);
    await form.goto();
    await form.fill({ category: 'Hướng dẫn thực hiện', text, addressees: ['Bộ Nội vụ'] });
    await form.save();
    await expect(hp).toHaveURL(/\/recommendations\/KN-2026-\d{4}$/);
    const code = (await new RecommendationPage(hp).heading().textContent())!.trim();
    await expect(hp.getByText(text)).toBeVisible(); // HTML and formulas are shown as typed
    await expect(hp.getByText('Dự thảo').first()).toBeVisible();
    await hp.getByRole('button', { name: 'Gửi kiến nghị' }).click();
    await expect(hp.getByTestId('addressee-BNV')).toContainText('Đã gửi');
    await expect(hp.getByRole('button', { name: 'Gửi kiến nghị' })).toHaveCount(0);
    await expect(hp.getByText('15/11/2026').first()).toBeVisible(); // submitted today

    // the Ministry sees it in its list and answers, step by step
    const bnv = await signedIn(browser, 'bnv');
    await bnv.goto('/recommendations?q=e2e');
    await bnv.getByRole('link', { name: code }).click();
    const ministry = new RecommendationPage(bnv);
    await ministry.answer('Bộ Nội vụ', 'Đang nghiên cứu, xem xét');
    // Recorded: who answered is shown (a status's name is also an option of the form's list, so
    // it would be "seen" at once; a second answer sent before the first is recorded is refused)
    await expect(ministry.addressee('BNV')).toContainText('Cán bộ Bộ Nội vụ — ngày 15/11/2026');
    await ministry.answer('Bộ Nội vụ', 'Đã tiếp thu', 'Tiếp thu; Bộ sẽ ban hành hướng dẫn trong quý I/2027.');
    // the recorded answer's paragraph (the form's text box may still hold what was typed)
    await expect(
      ministry.addressee('BNV').locator('p').filter({ hasText: 'Tiếp thu; Bộ sẽ ban hành hướng dẫn' }),
    ).toBeVisible();

    // Hải Phòng sees the answer, who gave it, and the derived overall status
    await hp.reload();
    const answer = new RecommendationPage(hp).addressee('BNV');
    await expect(answer).toContainText('Tiếp thu; Bộ sẽ ban hành hướng dẫn trong quý I/2027.');
    await expect(answer).toContainText('Cán bộ Bộ Nội vụ — ngày 15/11/2026');
    await expect(hp.getByRole('heading', { level: 1 }).locator('..')).toContainText('Đã tiếp thu');
    await expect(hp.getByRole('button', { name: 'Ghi nhận trả lời' })).toHaveCount(0); // never the source side
    await expect(hp.getByRole('heading', { name: 'Diễn biến' })).toBeVisible();
    await expect(hp.getByText('Trả lời của Bộ Nội vụ').first()).toBeVisible();
  });

  test('refuses empty text, no addressee and no category, in Vietnamese, and keeps what was typed', async ({
    page,
  }) => {
    await loginAs(page, 'hp.dieuphoi');
    const form = new NewRecommendationPage(page);
    await form.goto();
    await form.save();
    await expect(page.getByText('Vui lòng nhập nội dung kiến nghị.')).toBeVisible();
    await expect(page.getByText('Vui lòng chọn ít nhất một cơ quan nhận kiến nghị.')).toBeVisible();
    await expect(page.getByText('Vui lòng chọn loại kiến nghị.')).toBeVisible();
    await form.fill({ text: 'x'.repeat(5001), category: 'Khác' });
    await form.save();
    await expect(page.getByText('Nội dung quá dài (tối đa 5.000 ký tự).')).toBeVisible();
    await expect(page.getByLabel('Nội dung kiến nghị')).toHaveValue('x'.repeat(5001));
    await expect(page).toHaveURL(/\/recommendations\/new$/);
  });
});

test.describe('who sees and does what', () => {
  test('the HP-BDV official reads KN-HP-01 with its task, but may not answer or edit it @smoke', async ({
    page,
  }) => {
    await loginAs(page, 'hp.danvan');
    await page.goto('/recommendations');
    await expect(page.getByRole('link', { name: 'KN-HP-01' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'KN-HP-02' })).toHaveCount(0);
    await page.getByRole('link', { name: 'KN-HP-01' }).click();
    await expect(page.getByRole('heading', { name: 'KN-HP-01', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'NV-HP-06' })).toHaveAttribute('href', '/tasks/NV-HP-06');
    await expect(page.getByTestId('addressee-BCT')).toContainText('Đang nghiên cứu, xem xét');
    await expect(page.getByRole('button', { name: 'Ghi nhận trả lời' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Sửa dự thảo' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Thao tác' })).toHaveCount(0);
    // out of reach is not found, and so is the edit page
    await page.goto('/recommendations/KN-HP-02');
    await expect(page.getByText('Không tìm thấy trang hoặc nội dung này.')).toBeVisible();
  });

  test('a leader reads and is offered no write but a comment', async ({ page }) => {
    await loginAs(page, 'hp.lanhdao');
    await page.goto('/recommendations');
    await expect(page.getByRole('link', { name: 'Thêm kiến nghị' })).toHaveCount(0);
    await page.goto('/recommendations/KN-HP-02');
    await expect(page.getByRole('heading', { name: 'KN-HP-02', level: 1 })).toBeVisible();
    // language switch, sign out and the discussion's "post comment" only
    await expect(page.getByRole('button')).toHaveCount(3);
    await expect(page.getByTestId('discussion').getByRole('button', { name: 'Gửi ý kiến' })).toBeVisible();
    await page.goto('/recommendations/new');
    await expect(page.getByText('Không tìm thấy trang hoặc nội dung này.')).toBeVisible();
  });

  test('the review coordinator cannot set a reply deadline before the submission day', async ({ page }) => {
    await loginAs(page, 'dieuphoi');
    await page.goto('/recommendations/KN-HP-02');
    await page.getByLabel('Hạn trả lời mới').fill('01/01/2024');
    await page.getByRole('button', { name: 'Đặt hạn' }).click();
    await expect(page.getByText('Hạn trả lời không được trước ngày gửi.')).toBeVisible();
    await expect(page.getByText('30/06/2025').first()).toBeVisible();
  });
});

test.describe('the list', () => {
  test('filters, searches without diacritics and counts by status, all in the URL', async ({ page }) => {
    await loginAs(page, 'hp.dieuphoi');
    // the seeded four only (another test may have added one from Hải Phòng); KN-HP-04, dated from
    // the seeding day, awaits the Ministry's answer
    await page.goto('/recommendations?q=KN-HP');
    await expect(page.getByRole('heading', { name: 'Kiến nghị', level: 1 })).toBeVisible();
    for (const [status, count] of [
      ['accepted', '1'],
      ['submitted', '2'],
      ['under_review', '1'],
      ['draft', '0'],
    ]) {
      await expect(page.getByTestId(`count-${status}`).locator('span').last()).toHaveText(count);
    }
    await page.getByLabel('Tìm kiếm').fill('');
    await page.getByLabel('Tìm kiếm').fill('to dan pho');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await expect(page).toHaveURL(/q=to\+dan\+pho/);
    await expect(page.getByRole('link', { name: 'KN-HP-03' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'KN-HP-01' })).toHaveCount(0);
    await page.goto('/recommendations?replyOverdue=1&sort=code');
    await expect(page.getByRole('link', { name: 'KN-HP-01' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'KN-HP-02' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'KN-HP-03' })).toHaveCount(0);
    await page.goto('/recommendations?status=bogus&category=policy');
    await expect(page.getByText(/không hợp lệ đã được bỏ qua: status/)).toBeVisible();
  });
});
