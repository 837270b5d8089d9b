import { count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { events, organizations, reviews } from '@/db/schema';

describe('a migrated database', () => {
  it('holds the reference data: the 34 provinces, the central bodies and the review', async () => {
    const [provinces] = await db
      .select({ n: count() })
      .from(organizations)
      .where(eq(organizations.kind, 'province'));
    expect(provinces.n).toBe(34);
    const [review] = await db.select().from(reviews).where(eq(reviews.code, 'TK20-NQ23'));
    expect(review.titleVi).toContain('23-NQ/TW');
  });

  it('keeps the merged Ban Dân vận with its successor', async () => {
    const rows = await selectRows<{ code: string; successor: string }>(
      db,
      sql`
      SELECT o.code, s.code AS successor FROM organizations o JOIN organizations s ON s.id = o.successor_id`,
    );
    expect(rows).toEqual([{ code: 'BDVTW', successor: 'BTGDVTW' }]);
  });
});

describe('the events table', () => {
  it('accepts new events', async () => {
    await db.insert(events).values({ actorId: null, entityType: 'test', action: 'test.append' });
    const [row] = await db.select({ n: count() }).from(events).where(eq(events.action, 'test.append'));
    expect(row.n).toBe(1);
  });

  it('refuses UPDATE', async () => {
    await expect(db.update(events).set({ action: 'tampered' })).rejects.toThrow();
    const [row] = await db.select({ n: count() }).from(events).where(eq(events.action, 'tampered'));
    expect(row.n).toBe(0);
  });

  it('refuses DELETE and TRUNCATE', async () => {
    const [before] = await db.select({ n: count() }).from(events);
    await expect(db.delete(events)).rejects.toThrow();
    await expect(db.execute(sql`TRUNCATE events`)).rejects.toThrow();
    const [after] = await db.select({ n: count() }).from(events);
    expect(after.n).toBe(before.n);
  });
});
