import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { events, tasks } from '@/db/schema';
import { today } from '@/lib/clock';
import { viewerFor } from '@/tests/viewers';
import { applyTaskAction } from './task-writes';

describe('50 officials updating one task at once', () => {
  it('gives exactly one success per version, a conflict to the rest, and one event per success', async () => {
    const viewer = await viewerFor('hp.mttq');
    const [task] = await db.select().from(tasks).where(eq(tasks.code, 'NV-HP-05'));
    const eventsOf = async () =>
      (
        await db
          .select({ n: count() })
          .from(events)
          .where(and(eq(events.entityType, 'task'), eq(events.entityId, task.id)))
      )[0].n;
    const before = await eventsOf();

    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        applyTaskAction(
          viewer,
          {
            action: 'progress',
            code: 'NV-HP-05',
            version: task.version,
            progress: 61 + (i % 30),
            note: `Lần ${i}`,
          },
          today(),
        ),
      ),
    );
    const successes = results.filter((r) => r.ok);
    expect(successes).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'conflict')).toHaveLength(49);

    const [after] = await db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(after.version).toBe(task.version + 1);
    expect(await eventsOf()).toBe(before + 1);
  });
});
