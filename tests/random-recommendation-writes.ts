import { sql } from 'drizzle-orm';
import { db, selectRows } from '@/db/index';
import {
  answerRecommendation,
  markDuplicate,
  setResponseDeadline,
} from '@/db/queries/recommendation-answers';
import { createRecommendation, submitRecommendation } from '@/db/queries/recommendation-writes';
import { addDays, today } from '@/lib/clock';
import { ADDRESSEE_STATUSES, RECOMMENDATION_CATEGORIES } from '@/lib/domain/recommendations';
import { forwardClock } from './forward-clock';
import { randomFrom } from './random-task-writes';
import { draft } from './recommendations';
import { viewerFor } from './viewers';

type RecommendationRow = {
  code: string;
  version: number;
  submitted_on: string | null;
  duplicate: boolean;
  has_duplicates: boolean;
  review_id: number;
};

async function recommendationRows(): Promise<RecommendationRow[]> {
  return selectRows<RecommendationRow>(
    db,
    sql`SELECT r.code, r.version, r.submitted_on::text AS submitted_on, r.duplicate_of_id IS NOT NULL AS duplicate,
        EXISTS (SELECT 1 FROM recommendations d WHERE d.duplicate_of_id = r.id) AS has_duplicates, r.review_id
      FROM recommendations r ORDER BY r.code`,
  );
}

/**
 * Random recommendation writes through the application's own write functions on the days after today,
 * the clock moved forward day by day (left there: the caller resets it): new drafts from Hải Phòng
 * (most of them submitted), answers by the national coordinator (any step: the workflow refuses the
 * impossible ones), reply deadlines moved back and forth, duplicates marked and unmarked. Returns how
 * many writes succeeded and the last day written.
 */
export async function writeRandomRecommendationHistory(seed: number, writes: number, days: number) {
  const random = randomFrom(seed);
  const setDay = forwardClock(10);
  const hp = await viewerFor('hp.dieuphoi');
  const national = await viewerFor('dieuphoi');
  const start = addDays(today(), 1);
  let ok = 0;
  let day = start;
  for (let i = 0; i < writes; i++) {
    day = addDays(start, Math.floor((i * days) / writes));
    setDay(day);
    const rows = await recommendationRows();
    const submitted = rows.filter((r) => r.submitted_on !== null);
    const roll = random.next();
    let result: { ok: boolean };
    if (roll < 0.15) {
      const addressees = random.next() < 0.5 ? ['BNV'] : ['BNV', 'QH'];
      result = await createRecommendation(hp, {
        ...draft,
        category: random.pick([...RECOMMENDATION_CATEGORIES]),
        text: `Kiến nghị ngẫu nhiên ${i}`,
        addressees,
      });
    } else if (roll < 0.25) {
      const drafts = rows.filter((r) => r.submitted_on === null);
      if (drafts.length === 0) continue;
      const rec = random.pick(drafts);
      result = await submitRecommendation(hp, { code: rec.code, version: rec.version });
    } else if (roll < 0.65) {
      const rec = random.pick(submitted);
      const addressees = await selectRows<{ code: string }>(
        db,
        sql`SELECT o.code FROM recommendation_addressees a JOIN recommendations r ON r.id = a.recommendation_id
          JOIN organizations o ON o.id = a.organization_id WHERE r.code = ${rec.code} ORDER BY o.code`,
      );
      if (addressees.length === 0) continue;
      const addressee = random.pick(addressees);
      result = await answerRecommendation(national, {
        code: rec.code,
        version: rec.version,
        addressee: addressee.code,
        status: random.pick(ADDRESSEE_STATUSES.filter((s) => s !== 'submitted')),
        response: `Trả lời ${i}`,
      });
    } else if (roll < 0.85) {
      const rec = random.pick(submitted);
      result = await setResponseDeadline(national, {
        code: rec.code,
        version: rec.version,
        responseDueOn: addDays(day, random.int(40) - 20),
      });
    } else {
      const rec = random.pick(submitted);
      if (rec.duplicate) {
        result = await markDuplicate(national, { code: rec.code, version: rec.version, primary: '' });
      } else {
        const primaries = submitted.filter(
          (r) => r.code !== rec.code && !r.duplicate && r.review_id === rec.review_id,
        );
        if (primaries.length === 0 || rec.has_duplicates) continue;
        result = await markDuplicate(national, {
          code: rec.code,
          version: rec.version,
          primary: random.pick(primaries).code,
        });
      }
    }
    if (result.ok) ok++;
  }
  return { ok, last: day };
}
