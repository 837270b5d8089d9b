import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { addDays, today } from '@/lib/clock';
import { headlineNumbers } from '@/lib/domain/compare';
import { viewerFor } from '@/tests/viewers';
import { taskHeadline } from './dashboard';
import { recommendationHeadline, repliesOverdueByUnit } from './dashboard-recommendations';
import { headlineSince } from './headline';

/** The headline as the dashboard computes it for `asOf=day`: the figures a compare day must repeat. */
async function headlineOn(login: string, day: string, org?: string) {
  const viewer = await viewerFor(login);
  const [tasks, recommendations] = await Promise.all([
    taskHeadline(viewer, { asOf: day, org }),
    recommendationHeadline(viewer, { asOf: day, org }),
  ]);
  return headlineNumbers({ tasks, recommendations });
}

describe('the headline since a compare day', () => {
  for (const [login, org] of [
    ['lanhdao', undefined],
    ['hp.lanhdao', undefined],
    ['lanhdao', 'P31'],
  ] as const) {
    it(`repeats the figures of asOf=compare and subtracts them (${login}${org ? `, ${org}` : ''})`, async () => {
      const viewer = await viewerFor(login);
      let changed = 0;
      for (const back of [30, 120, 400]) {
        const compare = addDays(today(), -back);
        const result = await headlineSince(viewer, { asOf: today(), org, compare });
        const now = await headlineOn(login, today(), org);
        const then = await headlineOn(login, compare, org);
        expect(result.numbers).toEqual(now);
        expect(result.since?.day).toBe(compare);
        expect(result.since?.numbers).toEqual(then);
        for (const key of Object.keys(now) as (keyof typeof now)[]) {
          const a = now[key];
          const b = then[key];
          expect(result.since?.change[key], key).toBe(a === null || b === null ? null : a - b);
          if (a !== b) changed++;
        }
      }
      // the demo's history moves: a comparison that never differed would prove nothing
      expect(changed).toBeGreaterThan(0);
    });
  }

  it('has no comparison without a compare day, or with one that is not before the as-of day', async () => {
    const viewer = await viewerFor('lanhdao');
    expect((await headlineSince(viewer, { asOf: today() })).since).toBeUndefined();
    expect((await headlineSince(viewer, { asOf: today(), compare: today() })).since).toBeUndefined();
  });
});

describe('replies overdue by unit (the ranked bar)', () => {
  it('gives each direct unit the headline figure of that unit', async () => {
    let seen = 0;
    for (const [login, parent] of [
      ['hp.lanhdao', 'P31'],
      ['lanhdao', 'VN'],
    ] as const) {
      const viewer = await viewerFor(login);
      const units = await selectRows<{ code: string }>(
        db,
        sql`SELECT c.code FROM organizations c JOIN organizations p ON p.id = c.parent_id WHERE p.code = ${parent}`,
      );
      expect(units.length).toBeGreaterThan(1);
      for (const day of [today(), '2026-10-01']) {
        const byUnit = await repliesOverdueByUnit(viewer, { asOf: day }, parent);
        for (const row of byUnit) expect(units.map((u) => u.code)).toContain(row.code);
        for (const { code } of units) {
          const headline = await recommendationHeadline(viewer, { asOf: day, org: code });
          expect(byUnit.find((r) => r.code === code)?.replyOverdue ?? 0, `${code} ${day}`).toBe(
            headline.replyOverdue,
          );
          seen += headline.replyOverdue;
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});
