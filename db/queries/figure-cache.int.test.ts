import { AsyncLocalStorage } from 'node:async_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { tasks } from '@/db/schema';
import { today } from '@/lib/clock';
import { viewerFor } from '@/tests/viewers';
import { taskHeadline } from './dashboard';
import { tasksByOrganization } from './dashboard-breakdown';
import { recommendationHeadline } from './dashboard-recommendations';
import { applyTaskAction } from './task-writes';

describe('figures kept across requests', () => {
  it('serves a figure again while nothing has changed', async () => {
    const viewer = await viewerFor('lanhdao');
    const first = await tasksByOrganization(viewer, { asOf: today() });
    expect(await tasksByOrganization(viewer, { asOf: today() })).toBe(first);
    // another reach, other filters: computed on their own
    expect(await tasksByOrganization(await viewerFor('hp.lanhdao'), { asOf: today() })).not.toBe(first);
    expect(await tasksByOrganization(viewer, { asOf: today(), org: 'P31' })).not.toBe(first);
  });

  it('computes again after a committed write to figure data, through the real write path', async () => {
    const viewer = await viewerFor('hp.lanhdao');
    const filters = { asOf: today() };
    const before = await taskHeadline(viewer, filters);
    const recsBefore = await recommendationHeadline(viewer, filters);
    const [task] = await db.select().from(tasks).where(eq(tasks.code, 'NV-HP-05'));
    const reported = await applyTaskAction(
      await viewerFor('hp.mttq'),
      { action: 'report', code: 'NV-HP-05', version: task.version, completedOn: today(), note: 'Xong' },
      today(),
    );
    expect(reported.ok).toBe(true);
    const after = await taskHeadline(viewer, filters);
    expect(after).not.toBe(before);
    expect(after.awaitingConfirmation).toBe(before.awaitingConfirmation + 1);
    // one generation for every figure table: a task's write also gives new recommendation figures
    expect(await recommendationHeadline(viewer, filters)).not.toBe(recsBefore);
    expect(await recommendationHeadline(viewer, filters)).toEqual(recsBefore);
  });

  it('keeps a computed figure without the request it was computed in', async () => {
    // A promise made during a request carries the request's async context; a kept promise kept the
    // whole rendered request alive (the soak's memory growth). The value must be kept, not the promise.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const request = new AsyncLocalStorage<{ page: number[] }>();
    const viewer = await viewerFor('lanhdao');
    let page: { page: number[] } | null = { page: new Array(100_000).fill(1) };
    const held = new WeakRef(page);
    const value = await request.run(page, () => recommendationHeadline(viewer, { asOf: '2025-03-01' }));
    page = null;
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    expect(held.deref()).toBeUndefined();
    // and it is still served from the cache
    expect(await recommendationHeadline(viewer, { asOf: '2025-03-01' })).toBe(value);
  });
});
