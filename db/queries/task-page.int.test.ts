import { describe, expect, it } from 'vitest';
import { DEADLINE_CLASSES, type DeadlineClass } from '@/lib/domain/tasks';
import type { ListParams } from '@/lib/validations/filters';
import { viewerFor } from '@/tests/viewers';
import { listTasks, TASK_PAGE_SIZE, taskClassCountsFor } from './task-list';
import type { TaskKey } from './task-page';
import { listTaskPage, TASK_COUNT_CAP, type TaskPage } from './task-page';
import type { Viewer } from './viewer';

const TODAY = '2026-11-15';

/** Every page by page number, as the offset list reads them (the reference the keyset must equal). */
async function offsetPages(viewer: Viewer, params: ListParams): Promise<string[][]> {
  const first = await listTasks(viewer, params, TODAY);
  const pages = [first.rows.map((r) => r.code)];
  for (let page = 2; page <= first.pages; page++)
    pages.push((await listTasks(viewer, { ...params, page }, TODAY)).rows.map((r) => r.code));
  return pages;
}

/** From the first page to the last by the `next` links, then back by the `previous` ones. */
async function walk(viewer: Viewer, params: ListParams, cap = TASK_COUNT_CAP) {
  const forward: TaskPage[] = [await listTaskPage(viewer, params, TODAY, {}, cap)];
  while (forward.at(-1)!.next) {
    const next = forward.at(-1)!.next!;
    forward.push(await listTaskPage(viewer, params, TODAY, { after: next.after }, cap));
    if (forward.length > 100) throw new Error('no end');
  }
  const backward: TaskPage[] = [forward.at(-1)!];
  while (backward.at(-1)!.previous) {
    const previous = backward.at(-1)!.previous!;
    backward.push(
      await listTaskPage(viewer, params, TODAY, previous === 'first' ? {} : { before: previous.before }, cap),
    );
    if (backward.length > 100) throw new Error('no start');
  }
  return { forward, backward: backward.reverse() };
}

const codes = (pages: TaskPage[]) => pages.map((p) => p.rows.map((r) => r.code));

describe('the tasks page by keyset', () => {
  it('walks every sort both ways page by page, and the pages are those of the page numbers', async () => {
    const viewer = await viewerFor('lanhdao');
    for (const sort of [
      'code',
      '-code',
      'dueOn',
      '-dueOn',
      'title',
      'status',
      '-status',
      'assignee',
      '-assignee',
    ]) {
      const expected = await offsetPages(viewer, { sort });
      expect(expected.length, sort).toBeGreaterThan(1);
      const { forward, backward } = await walk(viewer, { sort });
      expect(codes(forward), sort).toEqual(expected);
      expect(codes(backward), sort).toEqual(expected);
      for (const [i, page] of forward.entries()) {
        expect(page.page, sort).toBe(i + 1);
        expect(page.pages, sort).toBe(expected.length);
        expect(page.previous === null, sort).toBe(i === 0);
        if (i === 1) expect(page.previous, sort).toBe('first');
        expect(page.next === null, sort).toBe(i === expected.length - 1);
      }
      for (const [i, page] of backward.entries()) expect(page.page, `${sort} back`).toBe(i + 1);
    }
  });

  it('counts the total and the classes in the same pass, as the list and the class counts do', async () => {
    const viewer = await viewerFor('hp.dieuphoi');
    for (const params of [
      {},
      { class: ['overdue' as const] },
      { status: ['cancelled'] },
      { q: 'hai phong' },
    ]) {
      const page = await listTaskPage(viewer, params, TODAY, {});
      const list = await listTasks(viewer, params, TODAY);
      expect(page.total, JSON.stringify(params)).toBe(list.total);
      expect(page.rows.map((r) => r.code)).toEqual(list.rows.map((r) => r.code));
      expect(page.counts).toEqual(await taskClassCountsFor(viewer, params, TODAY));
    }
    // counted classes leave the cancelled out, the total does not
    const cancelled = await listTaskPage(viewer, { status: ['cancelled'] }, TODAY, {});
    expect(Object.values(cancelled.counts!).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('keeps the filters and the scope on every page: an official reads only their unit’s tasks', async () => {
    const official = await viewerFor('hp.danvan');
    const all = await listTaskPage(official, { sort: 'code' }, TODAY, {});
    expect(all.rows.map((r) => r.code).sort()).toEqual([
      'NV-HP-01',
      'NV-HP-02',
      'NV-HP-06',
      'NV-HP-08',
      'NV-HP-09',
    ]);
    expect(all.next).toBeNull();
    // a key taken from another list reads nothing beyond the viewer's scope
    const after = await listTaskPage(official, { sort: 'code' }, TODAY, { after: { value: 'A', code: 'A' } });
    expect(after.rows.map((r) => r.code)).toEqual(all.rows.map((r) => r.code));
    expect(after.previous).toBeNull();
    const leader = await viewerFor('lanhdao');
    const province = { province: 'P31', sort: 'code' };
    const { forward } = await walk(leader, province);
    expect(codes(forward)).toEqual(await offsetPages(leader, province));
  });

  it('takes an old page number, and one past the end shows the last page', async () => {
    const viewer = await viewerFor('lanhdao');
    const expected = await offsetPages(viewer, { sort: 'code' });
    const second = await listTaskPage(viewer, { sort: 'code' }, TODAY, { page: 2 });
    expect(second.rows.map((r) => r.code)).toEqual(expected[1]);
    expect(second.page).toBe(2);
    expect(second.previous).toBe('first');
    const beyond = await listTaskPage(viewer, { sort: 'code' }, TODAY, { page: 999 });
    expect(beyond.page).toBe(expected.length);
    expect(beyond.rows.map((r) => r.code)).toEqual(expected.at(-1));
    expect(beyond.next).toBeNull();
    expect(second.rows).toHaveLength(TASK_PAGE_SIZE);
  });
});

/** The deadline classes of rows tallied in JavaScript: the plain count the aggregate must equal. */
function tally(pages: TaskPage[]): Record<DeadlineClass, number> {
  const counts = Object.fromEntries(DEADLINE_CLASSES.map((c) => [c, 0])) as Record<DeadlineClass, number>;
  for (const page of pages) for (const row of page.rows) if (row.deadlineClass) counts[row.deadlineClass]++;
  return counts;
}

describe('the counts of the tasks page (issue 20: one aggregate, capped)', () => {
  it('equal the rows the list reads, on every page, for every scope, filter and cursor', async () => {
    for (const login of ['lanhdao', 'hp.dieuphoi', 'hp.danvan']) {
      const viewer = await viewerFor(login);
      for (const params of [
        {},
        { sort: '-title' },
        { province: 'P31' },
        { q: 'hai phong', sort: 'status' },
        { status: ['in_progress', 'not_started'], sort: '-dueOn' },
        { class: ['overdue' as const], sort: 'assignee' },
        { dueFrom: '2026-01-01', sort: 'code' },
      ] as ListParams[]) {
        const label = `${login} ${JSON.stringify(params)}`;
        const { forward, backward } = await walk(viewer, params);
        const rows = forward.flatMap((p) => p.rows);
        const unclassed = params.class
          ? (await walk(viewer, { ...params, class: undefined })).forward
          : forward;
        for (const [i, page] of [...forward.entries(), ...backward.entries()]) {
          expect(page.total, label).toBe(rows.length);
          expect(page.page, label).toBe(i + 1);
          expect(page.pages, label).toBe(Math.max(1, Math.ceil(rows.length / TASK_PAGE_SIZE)));
          expect(page.counts, label).toEqual(tally(unclassed));
        }
        expect(codes(backward), label).toEqual(codes(forward));
      }
    }
  });

  it('past the cap: no total, class counts or page count, and the pages still link every row once both ways', async () => {
    const viewer = await viewerFor('lanhdao');
    const params = { sort: 'dueOn' };
    const expected = await offsetPages(viewer, params);
    const n = expected.flat().length;
    // at the cap, every count is exact
    const at = await walk(viewer, params, n);
    expect(at.forward[0].total).toBe(n);
    expect(codes(at.forward)).toEqual(expected);
    // one task more than the cap: nothing is counted
    const { forward, backward } = await walk(viewer, params, n - 1);
    expect(codes(forward)).toEqual(expected);
    expect(codes(backward)).toEqual(expected);
    for (const page of [...forward, ...backward]) {
      expect(page.total).toBeNull();
      expect(page.counts).toBeNull();
      expect(page.pages).toBeNull();
      expect(page.cap).toBe(n - 1);
    }
    // the first page and a page read by number know their number; a page by key does not
    expect(forward[0].page).toBe(1);
    expect(forward[0].previous).toBeNull();
    expect(forward[1].page).toBeNull();
    expect(forward[1].previous).toEqual({ before: expect.any(Object) });
    expect(forward.at(-1)!.next).toBeNull();
    const second = await listTaskPage(viewer, params, TODAY, { page: 2 }, n - 1);
    expect(second.page).toBe(2);
    expect(second.previous).toBe('first');
    expect(second.rows.map((r) => r.code)).toEqual(expected[1]);
    // a page before the second page's first row is the first page, full
    const back = await listTaskPage(viewer, params, TODAY, forward[1].previous as { before: TaskKey }, n - 1);
    expect(back.rows.map((r) => r.code)).toEqual(expected[0]);
    expect(back.page).toBe(1);
    expect(back.previous).toBeNull();
  });

  it('past the cap with a class filter: the filtered list is counted on its own under the cap', async () => {
    const viewer = await viewerFor('lanhdao');
    const all = (await listTaskPage(viewer, {}, TODAY, {})).total!;
    const overdue = await listTaskPage(viewer, { class: ['overdue'] }, TODAY, {});
    expect(overdue.total).toBeGreaterThan(0);
    expect(overdue.total).toBeLessThan(all);
    const capped = await listTaskPage(viewer, { class: ['overdue'] }, TODAY, {}, all - 1);
    expect(capped.counts).toBeNull();
    expect(capped.total).toBe(overdue.total);
    expect(capped.pages).toBe(overdue.pages);
    const under = await listTaskPage(viewer, { class: ['overdue'] }, TODAY, {}, overdue.total! - 1);
    expect(under.total).toBeNull();
    expect(under.rows).toEqual(overdue.rows);
  });
});
