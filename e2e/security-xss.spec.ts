import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, loginAs, test } from './fixtures';
import { callAction } from './security/action-client';

/**
 * Stored XSS: script payloads saved in every text field that a form writes (tasks, their
 * history notes, recommendations, survey sessions, account names), then every page that shows
 * them is opened: no script of theirs runs, no element of theirs exists, the text is shown as
 * typed. CSV exports neutralise a cell that a spreadsheet would run as a formula (a leading
 * apostrophe); XLSX exports write it as a string cell, which no spreadsheet evaluates.
 */
const run = Date.now().toString(36).toUpperCase();
const SCRIPT = `<script>window.__xss=1;alert('xss')</script>${run}`;
const IMG = `"><img src=x onerror="window.__xss=1;alert('xss')">${run}`;
const SVG = `<svg/onload=alert('xss')>'; --${run}`;
const FORMULA = `=HYPERLINK("http://evil.example","${run}")`;

async function expectInert(page: Page, url: string, shown: string[]) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const text of shown) await expect(page.getByText(text, { exact: false }).first()).toBeAttached();
  expect(
    await page.evaluate(() => (window as { __xss?: number }).__xss),
    `${url}: a payload ran`,
  ).toBeUndefined();
  expect(await page.locator('img[onerror], svg[onload]').count(), `${url}: payload elements`).toBe(0);
  // (The payload may sit inside the page's data as a JSON string; never as a script of its own.)
  const injected = await page.evaluate(() =>
    [...document.scripts].some((script) => script.textContent?.trim().startsWith('window.__xss')),
  );
  expect(injected, `${url}: a payload became a script element`).toBe(false);
}

/** Fails the test on any dialog a payload opens. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return dialogs;
}

test('payloads in a task, its history notes and a survey session stay text', async ({ page, baseURL }) => {
  test.slow();
  const dialogs = watchDialogs(page);
  await loginAs(page, 'dieuphoi');
  const api = page.request;
  const code = `XSS-${run}`;
  const task = await callAction(api, baseURL!, '/tasks/new', 'app/(app)/tasks/actions.ts#createTaskAction', {
    code,
    review: 'TK20-NQ23',
    title: SCRIPT,
    description: IMG,
    assignee: 'P01',
    dueOn: '2026-12-31',
    session: '',
  });
  expect(task.redirect).toContain(`/tasks/${code}`);
  const extended = await callAction(
    api,
    baseURL!,
    `/tasks/${code}`,
    'app/(app)/tasks/actions.ts#taskAction',
    {
      action: 'extend',
      code,
      version: '1',
      dueOn: '2027-01-31',
      reason: SVG,
    },
  );
  expect(extended.state?.status).toBe('success');
  const sessionCode = `KS-XSS-${run}`;
  const session = await callAction(
    api,
    baseURL!,
    '/sessions/new',
    'app/(app)/sessions/actions.ts#saveSessionAction',
    {
      code: sessionCode,
      review: 'TK20-NQ23',
      title: SCRIPT,
      heldOn: '2026-11-01',
      organization: 'P01',
      delegation: IMG,
      participants: `${SVG}\n${SCRIPT}`,
      source: `javascript:alert(1)//${run}`,
    },
  );
  expect(session.redirect).toContain(`/sessions/${sessionCode}`);

  await expectInert(page, `/tasks/${code}`, [SCRIPT, IMG, SVG]);
  await expectInert(page, `/tasks?q=${run}`, [SCRIPT]);
  await expectInert(page, `/sessions/${sessionCode}`, [SCRIPT, IMG]);
  // A link from user text never becomes a javascript: URL.
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  await expectInert(page, '/sessions', [SCRIPT]);
  await expectInert(page, '/audit', []);
  expect(dialogs, 'no payload opened a dialog').toEqual([]);
});

test('a payload in a comment stays text; only its http(s) address becomes a link', async ({
  page,
  baseURL,
}) => {
  test.slow();
  const dialogs = watchDialogs(page);
  await loginAs(page, 'dieuphoi');
  const code = `XSSC-${run}`;
  const task = await callAction(
    page.request,
    baseURL!,
    '/tasks/new',
    'app/(app)/tasks/actions.ts#createTaskAction',
    {
      code,
      review: 'TK20-NQ23',
      title: `Thảo luận ${run}`,
      description: '',
      assignee: 'P01',
      dueOn: '2026-12-31',
      session: '',
    },
  );
  expect(task.redirect).toContain(`/tasks/${code}`);
  const link = `https://example.vn/${run}`;
  const comment = await callAction(
    page.request,
    baseURL!,
    `/tasks/${code}`,
    'app/(app)/comments/actions.ts#addCommentAction',
    {
      recordType: 'task',
      code,
      body: `@P01 ${SCRIPT} ${IMG} <a href="javascript:alert(1)">${run}</a> javascript:alert(2) ${link}`,
    },
  );
  expect(comment.state?.status).toBe('success');
  await expectInert(page, `/tasks/${code}`, [SCRIPT, IMG]);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  await expect(page.locator(`a[href="${link}"]`)).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  await expectInert(page, '/my-work', [SCRIPT]);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(dialogs, 'no payload opened a dialog').toEqual([]);
});

test('a payload in a recommendation stays text', async ({ page, baseURL }) => {
  test.slow();
  const dialogs = watchDialogs(page);
  await loginAs(page, 'dieuphoi');
  const rec = await callAction(
    page.request,
    baseURL!,
    '/recommendations/new',
    'app/(app)/recommendations/actions.ts#createRecommendationAction',
    {
      review: 'TK20-NQ23',
      sourceOrg: 'P01',
      session: '',
      category: 'policy',
      text: IMG,
      addressees: ['BNV'],
    },
  );
  const recCode = rec.redirect?.split('/').pop() ?? '';
  expect(recCode).toBeTruthy();
  await expectInert(page, `/recommendations/${recCode}`, [IMG]);
  await expectInert(page, `/recommendations/${recCode}/edit`, []);
  expect(dialogs, 'no payload opened a dialog').toEqual([]);
});

test('a payload in an account name stays text for administrators', async ({ page, baseURL }) => {
  test.slow();
  const dialogs = watchDialogs(page);
  await loginAs(page, 'quantri');
  const login = `xss.${run.toLowerCase()}`;
  const user = await callAction(
    page.request,
    baseURL!,
    '/admin/users/new',
    'app/(app)/admin/users/actions.ts#createUserAction',
    {
      login,
      displayName: SCRIPT,
      role: 'official',
      organization: 'P01',
      scope: 'P01',
      password: 'Xss-Test-Password-2031',
    },
  );
  expect(user.redirect).toContain(`/admin/users/${login}`);
  await expectInert(page, `/admin/users?q=${login}`, [SCRIPT]);
  await expectInert(page, `/admin/users/${login}`, [SCRIPT]);
  expect(dialogs, 'no payload opened a dialog').toEqual([]);
});

test('a cell that a spreadsheet would run as a formula is neutralised in CSV and XLSX exports', async ({
  page,
  baseURL,
}) => {
  test.slow();
  await loginAs(page, 'dieuphoi');
  const code = `XSSF-${run}`;
  const created = await callAction(
    page.request,
    baseURL!,
    '/tasks/new',
    'app/(app)/tasks/actions.ts#createTaskAction',
    {
      code,
      review: 'TK20-NQ23',
      title: FORMULA,
      description: '',
      assignee: 'P01',
      dueOn: '2026-12-31',
      session: '',
    },
  );
  expect(created.redirect).toContain(code);

  const csv = await page.request.get(`/api/export/tasks?format=csv&q=${code}`);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain(`'=HYPERLINK`);
  expect(text).not.toMatch(/(^|[,\n"])=HYPERLINK/);

  const xlsx = await page.request.get(`/api/export/tasks?format=xlsx&q=${code}`);
  expect(xlsx.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
  const cells: ExcelJS.Cell[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (String(cell.value ?? '').includes('HYPERLINK') || cell.formula) cells.push(cell);
      }),
    ),
  );
  expect(cells.length).toBeGreaterThan(0);
  // In XLSX the text stays as typed, in a string cell: a spreadsheet never evaluates one.
  for (const cell of cells) {
    expect(cell.type, 'a text cell, not a formula').toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
  }
});
