import type { Browser } from '@playwright/test';
import { expect as baseExpect, loginAs, test } from './fixtures';

// Server actions revalidate the page they come from: on a busy two-core machine that takes a few seconds.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

async function signedIn(browser: Browser, login: string) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await loginAs(page, login);
  return { context, page };
}

// On E2E_NOW (15/11/2026) NV-HP-05 — Mặt trận Tổ quốc thành phố, due 30/09/2026, in progress — is overdue.
const TASK = 'NV-HP-05';

test('a leader requests an explanation of an overdue task; its official answers it', async ({ browser }) => {
  const leader = await signedIn(browser, 'hp.lanhdao');
  await leader.page.goto('/dashboard');
  const card = leader.page.getByTestId('explanations-open');
  await expect(card).toContainText('Yêu cầu giải trình đang mở');
  const before = Number(await leader.page.getByTestId('explanations-open-value').textContent());

  await leader.page.goto(`/tasks/${TASK}`);
  const section = leader.page.getByTestId('explanations');
  await section.getByLabel('Nội dung yêu cầu').fill('Đề nghị giải trình lý do chậm tổng hợp báo cáo.');
  await section.getByLabel('Hạn giải trình').fill('25/11/2026');
  await section.getByRole('button', { name: 'Yêu cầu giải trình', exact: true }).click();
  await expect(section.getByTestId('explanation').first()).toContainText('Đang chờ giải trình');
  await expect(section.getByTestId('explanation').first()).toContainText('Hạn giải trình: 25/11/2026');
  await expect(leader.page.getByTestId('timeline')).toContainText(
    'Đề nghị giải trình lý do chậm tổng hợp báo cáo.',
  );
  // one open request at a time: the form is gone
  await expect(section.getByLabel('Nội dung yêu cầu')).toHaveCount(0);
  await leader.page.goto('/dashboard');
  await expect(leader.page.getByTestId('explanations-open-value')).toHaveText(String(before + 1));

  const official = await signedIn(browser, 'hp.mttq');
  await official.page.goto('/my-work');
  const open = official.page.getByTestId('explanations');
  await expect(open).toContainText('Yêu cầu giải trình đang mở');
  await open.getByRole('link', { name: TASK }).click();
  await expect(official.page).toHaveURL(new RegExp(`/tasks/${TASK}$`));
  const answer = official.page.getByTestId('explanations');
  await answer
    .getByLabel('Nội dung giải trình')
    .fill('Chậm do chờ số liệu của các huyện; sẽ hoàn thành trước 30/11.');
  await answer.getByRole('button', { name: 'Gửi giải trình' }).click();
  await expect(answer.getByTestId('explanation').first()).toContainText('Đã giải trình');
  await expect(answer.getByTestId('explanation-answer').first()).toHaveText(
    'Chậm do chờ số liệu của các huyện; sẽ hoàn thành trước 30/11.',
  );
  await expect(official.page.getByTestId('timeline')).toContainText('Giải trình');
  await official.context.close();

  await leader.page.reload();
  await expect(leader.page.getByTestId('explanations-open-value')).toHaveText(String(before));
  await leader.context.close();
});

test('a comment thread with a mention', async ({ browser }) => {
  const coordinator = await signedIn(browser, 'hp.dieuphoi');
  await coordinator.page.goto(`/tasks/${TASK}`);
  const discussion = coordinator.page.getByTestId('discussion');
  await expect(discussion.getByRole('heading', { name: 'Thảo luận' })).toBeVisible();
  const body = discussion.getByLabel('Ý kiến', { exact: true });

  // the Mass Mobilisation board (HP-BDV) does not read the Front's task: refused, nothing posted
  await body.fill('@HP-BDV đề nghị phối hợp');
  await discussion.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect(discussion.getByRole('alert')).toContainText('Không thể nhắc đến @HP-BDV');
  await expect(discussion.getByTestId('comment')).toHaveCount(0);
  await expect(body).toHaveValue('@HP-BDV đề nghị phối hợp');

  await body.fill('@HP-MTTQ đề nghị cập nhật tiến độ, xem https://example.vn/huong-dan.');
  await discussion.getByRole('button', { name: 'Gửi ý kiến' }).click();
  const comment = discussion.getByTestId('comment').first();
  await expect(comment).toContainText('Văn phòng Thành ủy Hải Phòng');
  const link = comment.getByRole('link', { name: 'https://example.vn/huong-dan' });
  await expect(link).toHaveAttribute('href', 'https://example.vn/huong-dan');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  await coordinator.context.close();

  const official = await signedIn(browser, 'hp.mttq');
  await official.page.goto('/my-work');
  const mentioned = official.page.getByTestId('mentioned');
  await expect(mentioned).toContainText('Được nhắc đến trong thảo luận');
  await expect(mentioned).toContainText('đề nghị cập nhật tiến độ');
  await mentioned.getByRole('link', { name: TASK }).click();
  const thread = official.page.getByTestId('discussion');
  await thread.getByLabel('Ý kiến', { exact: true }).fill('Đã cập nhật, kính gửi @P31.');
  await thread.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect(thread.getByTestId('comment')).toHaveCount(2);
  await expect(thread.getByTestId('comment').nth(1)).toContainText('Đã cập nhật, kính gửi @P31.');
  await official.context.close();
});
