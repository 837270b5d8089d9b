import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { db, type Executor, selectRows } from '@/db/index';
import { setClock, today } from '@/lib/clock';
import { writeRandomRecommendationHistory } from '@/tests/random-recommendation-writes';
import { draft } from '@/tests/recommendations';
import { TEST_NOW } from '@/tests/setup/test-now';
import { viewerFor } from '@/tests/viewers';
import { recommendationHeadline } from './dashboard-recommendations';
import { answerRecommendation, markDuplicate, setResponseDeadline } from './recommendation-answers';
import { createRecommendation, submitRecommendation } from './recommendation-writes';

/**
 * recommendation_rollup (migration 0021) is kept by triggers on the recommendations, their addressees,
 * the events and the organizations, in the writing transaction. Whatever the writes — one at a time,
 * random, at once, a deleted recommendation, an organization moved to another province — it and its
 * parts must hold exactly what a recount of every recommendation gives.
 */

type Row = { figure: number; day: string; key1: number; key2: number; n: number; sources: number };

function rowsOf(executor: Executor, table: 'recommendation_rollup' | 'recommendation_rollup_parts') {
  const id = table === 'recommendation_rollup' ? sql`0` : sql`recommendation_id`;
  return selectRows<Row & { id: number }>(
    executor,
    sql`SELECT ${id} AS id, figure, day::text AS day, key1, key2, n, sources FROM ${sql.raw(table)}
      WHERE (n, sources) <> (0, 0) ORDER BY 1, 2, 3, 4, 5`,
  );
}

class Recounted extends Error {
  constructor(readonly rows: { rollup: Row[]; parts: Row[] }) {
    super('recounted');
  }
}

async function expectKeptEqualsRecount(label: string) {
  const kept = {
    rollup: await rowsOf(db, 'recommendation_rollup'),
    parts: await rowsOf(db, 'recommendation_rollup_parts'),
  };
  const recounted = await db
    .transaction(async (tx) => {
      await tx.execute(sql`SELECT recommendation_rollup_rebuild()`);
      throw new Recounted({
        rollup: await rowsOf(tx, 'recommendation_rollup'),
        parts: await rowsOf(tx, 'recommendation_rollup_parts'),
      });
    })
    .catch((error: unknown) => {
      if (error instanceof Recounted) return error.rows;
      throw error;
    });
  expect(recounted.rollup.length, label).toBeGreaterThan(0);
  expect(kept.rollup, label).toEqual(recounted.rollup);
  expect(kept.parts, label).toEqual(recounted.parts);
}

async function national() {
  return recommendationHeadline(await viewerFor('lanhdao'), { asOf: today() });
}

describe('the recommendation rollup', () => {
  afterAll(() => setClock(TEST_NOW));

  it('is the recount of the recommendations after the migration and the seed', async () => {
    await expectKeptEqualsRecount('seeded');
    expect((await national()).total).toBeGreaterThan(0);
  });

  it('moves with an organization moved to another province or given another code, and back', async () => {
    const [unit] = await selectRows<{ id: number; code: string; province_id: number; other: number }>(
      db,
      sql`SELECT o.id, o.code, o.province_id, (SELECT p.id FROM organizations p WHERE p.kind = 'province'
          AND p.id <> o.province_id ORDER BY p.code LIMIT 1) AS other
        FROM organizations o JOIN recommendations r ON r.source_org_id = o.id
        WHERE o.province_id IS NOT NULL AND r.submitted_on IS NOT NULL
        GROUP BY o.id ORDER BY count(*) DESC LIMIT 1`,
    );
    expect(unit).toBeDefined();
    await db.execute(sql`UPDATE organizations SET province_id = ${unit.other} WHERE id = ${unit.id}`);
    await expectKeptEqualsRecount('moved');
    await db.execute(sql`UPDATE organizations SET province_id = ${unit.province_id} WHERE id = ${unit.id}`);
    await expectKeptEqualsRecount('moved back');
    // an addressee's new code: its answer events name the old one (as the plain queries read them)
    await db.execute(sql`UPDATE organizations SET code = 'BNVX' WHERE code = 'BNV'`);
    await expectKeptEqualsRecount('renamed');
    await db.execute(sql`UPDATE organizations SET code = 'BNV' WHERE code = 'BNVX'`);
    await expectKeptEqualsRecount('renamed back');
  });

  it('takes a deleted recommendation away', async () => {
    const hp = await viewerFor('hp.dieuphoi');
    const created = await createRecommendation(hp, { ...draft, addressees: ['BNV', 'QH'] });
    expect(created.ok).toBe(true);
    const code = (created as { code: string }).code;
    const before = await national();
    expect(await submitRecommendation(hp, { code, version: 1 })).toMatchObject({ ok: true });
    expect((await national()).total).toBe(before.total + 1);
    await expectKeptEqualsRecount('submitted');
    await db.execute(sql`DELETE FROM recommendations WHERE code = ${code}`);
    expect(await national()).toEqual(before);
    await expectKeptEqualsRecount('deleted');
  });

  it('loses no change while many writers answer, move deadlines and submit at once', async () => {
    const coordinator = await viewerFor('dieuphoi');
    const hp = await viewerFor('hp.dieuphoi');
    const drafts = [];
    for (let i = 0; i < 16; i++) {
      const created = await createRecommendation(hp, {
        ...draft,
        text: `Kiến nghị song song ${i}`,
        addressees: i % 2 ? ['BNV'] : ['BNV', 'QH'],
      });
      expect(created.ok).toBe(true);
      const code = (created as { code: string }).code;
      // half of them submitted now (more to answer), half at once below
      if (i < 8) expect(await submitRecommendation(hp, { code, version: 1 })).toMatchObject({ ok: true });
      else drafts.push(code);
    }
    const waiting = await selectRows<{ code: string; version: number; addressee: string; status: string }>(
      db,
      sql`SELECT DISTINCT ON (r.id) r.code, r.version, o.code AS addressee, a.status::text AS status
        FROM recommendations r JOIN recommendation_addressees a ON a.recommendation_id = r.id
        JOIN organizations o ON o.id = a.organization_id
        WHERE r.submitted_on IS NOT NULL AND a.status IN ('submitted', 'under_review')
        ORDER BY r.id, o.code LIMIT 30`,
    );
    expect(waiting.length).toBeGreaterThanOrEqual(15);
    const writes = [
      ...waiting.map((rec, i) =>
        i % 3 === 2
          ? setResponseDeadline(coordinator, { code: rec.code, version: rec.version, responseDueOn: today() })
          : answerRecommendation(coordinator, {
              code: rec.code,
              version: rec.version,
              addressee: rec.addressee,
              status: rec.status === 'submitted' ? 'under_review' : 'accepted',
              response: 'Song song',
            }),
      ),
      ...drafts.map((code) => submitRecommendation(hp, { code, version: 1 })),
    ];
    const results = await Promise.all(writes);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    await expectKeptEqualsRecount('parallel writers');
  }, 60_000);

  it("marks and unmarks a duplicate: the primary's sources follow", async () => {
    const coordinator = await viewerFor('dieuphoi');
    const [pair] = await selectRows<{ dup: string; version: number; primary: string }>(
      db,
      sql`SELECT d.code AS dup, d.version, p.code AS primary FROM recommendations d JOIN recommendations p
          ON p.review_id = d.review_id AND p.id <> d.id AND p.duplicate_of_id IS NULL
        JOIN organizations ds ON ds.id = d.source_org_id JOIN organizations ps ON ps.id = p.source_org_id
        WHERE d.duplicate_of_id IS NULL AND d.submitted_on IS NOT NULL AND p.submitted_on IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM recommendations x WHERE x.duplicate_of_id = d.id)
          AND coalesce(ds.province_id, ds.id) <> coalesce(ps.province_id, ps.id)
        ORDER BY d.code, p.code LIMIT 1`,
    );
    expect(pair).toBeDefined();
    expect(
      await markDuplicate(coordinator, { code: pair.dup, version: pair.version, primary: pair.primary }),
    ).toMatchObject({ ok: true });
    await expectKeptEqualsRecount('marked');
    expect(
      await markDuplicate(coordinator, { code: pair.dup, version: pair.version + 1, primary: '' }),
    ).toMatchObject({
      ok: true,
    });
    await expectKeptEqualsRecount('unmarked');
  });

  // last: its writes lie on the days after the tests' today
  it('stays the recount through random writes', async () => {
    try {
      const { ok } = await writeRandomRecommendationHistory(8, 60, 40);
      expect(ok).toBeGreaterThan(20);
      await expectKeptEqualsRecount('random writes');
    } finally {
      setClock(TEST_NOW);
    }
  }, 120_000);
});
