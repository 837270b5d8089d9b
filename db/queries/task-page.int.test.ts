import { describe, expect, it } from 'vitest';
import type { ListParams } from '@/lib/validations/filters';
import { viewerFor } from '@/tests/viewers';
import { listTasks, TASK_PAGE_SIZE, taskClassCountsFor } from './task-list';
import { listTaskPage, type TaskPage } from './task-page';
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
async function walk(viewer: Viewer, params: ListParams) {
  const forward: TaskPage[] = [await listTaskPage(viewer, params, TODAY, {})];
  while (forward.at(-1)!.next) {
    const next = forward.at(-1)!.next!;
    forward.push(await listTaskPage(viewer, params, TODAY, { after: next.after }));
    if (forward.length > 100) throw new Error('no end');
  }
  const backward: TaskPage[] = [forward.at(-1)!];
  while (backward.at(-1)!.previous) {
    const previous = backward.at(-1)!.previous!;
    backward.push(
      await listTaskPage(viewer, params, TODAY, previous === 'first' ? {} : { before: previous.before }),
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
    expect(Object.values(cancelled.counts).reduce((a, b) => a + b, 0)).toBe(0);
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
