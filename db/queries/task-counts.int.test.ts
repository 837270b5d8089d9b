import { and, count, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { tasks } from '@/db/schema';
import type { ListParams } from '@/lib/validations/filters';
import { viewerFor } from '@/tests/viewers';
import { listCounts, SEARCH_ESTIMATE_MARGIN } from './task-counts';
import { countTasks, listTasks, TASK_PAGE_SIZE, taskClassCountsFor } from './task-list';
import { listTaskPage } from './task-page';
import { taskListVisibleParts } from './visibility';

const TODAY = '2026-11-15';
const CAP = 50_000;

/** Every code of the list in its order, as the offset pages read them. */
async function allCodes(login: string, params: ListParams): Promise<string[]> {
  const viewer = await viewerFor(login);
  const first = await listTasks(viewer, params, TODAY);
  const codes = first.rows.map((r) => r.code);
  for (let page = 2; page <= first.pages; page++)
    codes.push(...(await listTasks(viewer, { ...params, page }, TODAY)).rows.map((r) => r.code));
  return codes;
}

describe('the task list counts (task-counts.ts)', () => {
  beforeAll(async () => {
    // the planner's estimates of the search below come from the column's statistics
    await db.execute(sql`ANALYZE tasks`);
  });

  it('a scoped viewer is counted in two parts, lead unit in scope and reached from outside, that add up to the plain count', async () => {
    for (const login of ['hp.dieuphoi', 'hp.danvan']) {
      const viewer = await viewerFor(login);
      // both parts of the coordinator's hold tasks, so a count that left one out would differ
      // from the plain count (an official's units are reached by their own tasks alone)
      if (login === 'hp.dieuphoi')
        for (const part of taskListVisibleParts(viewer)!) {
          const [{ n }] = await db.select({ n: count() }).from(tasks).where(part);
          expect(n, login).toBeGreaterThan(0);
        }
      const [a, b] = taskListVisibleParts(viewer)!;
      const [{ both }] = await db.select({ both: count() }).from(tasks).where(and(a, b));
      expect(both, `${login}: the parts share no task`).toBe(0);
      for (const params of [
        {},
        { status: ['in_progress'] },
        { class: ['overdue' as const] },
        { q: 'hai phong' },
        { sort: '-dueOn' },
      ] as ListParams[]) {
        const label = `${login} ${JSON.stringify(params)}`;
        const counted = await listCounts(viewer, params, TODAY, undefined, CAP);
        expect(counted.total, label).toBe(await countTasks(viewer, params, TODAY));
        expect(counted.counts, label).toEqual(await taskClassCountsFor(viewer, params, TODAY));
        expect(counted.estimate, label).toBeNull();
      }
      // the rows before a key: its place in the list (the key of a row by code is its code)
      const codes = await allCodes(login, { sort: 'code' });
      expect(codes.length, login).toBeGreaterThan(2);
      for (const i of [0, 1, Math.floor(codes.length / 2), codes.length - 1]) {
        const key = { value: codes[i], code: codes[i] };
        const strict = await listCounts(viewer, { sort: 'code' }, TODAY, { key, orEqual: false }, CAP);
        const withIt = await listCounts(viewer, { sort: 'code' }, TODAY, { key, orEqual: true }, CAP);
        expect(strict.before, `${login} ${i}`).toBe(i);
        expect(withIt.before, `${login} ${i}`).toBe(i + 1);
      }
    }
  });

  it('a search the planner expects far past the cap is not counted: the page shows the estimate', async () => {
    const viewer = await viewerFor('lanhdao');
    // every task's code starts "NV-"
    const params = { q: 'nv-' };
    const all = await countTasks(viewer, params, TODAY);
    expect(all).toBeGreaterThan(4 * SEARCH_ESTIMATE_MARGIN);
    const cap = 2;
    const page = await listTaskPage(viewer, params, TODAY, {}, cap);
    expect(page.estimate).toBeGreaterThan(SEARCH_ESTIMATE_MARGIN * cap);
    expect(page.total).toBeNull();
    expect(page.counts).toBeNull();
    expect(page.pages).toBeNull();
    expect(page.rows.length).toBe(Math.min(all, TASK_PAGE_SIZE));
    // under the margin the same search is counted exactly (the estimate is never above the table)
    const [{ n }] = await db.select({ n: count() }).from(tasks);
    const counted = await listTaskPage(viewer, params, TODAY, {}, n);
    expect(counted.estimate).toBeNull();
    expect(counted.total).toBe(all);
  });
});
