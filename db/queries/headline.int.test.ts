import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { organizations, recommendationAddressees, recommendations } from '@/db/schema';
import { addDays, today } from '@/lib/clock';
import { headlineNumbers } from '@/lib/domain/compare';
import { viewerFor } from '@/tests/viewers';
import { taskHeadline } from './dashboard';
import { directUnits, tasksByOrganization } from './dashboard-breakdown';
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
  it('gives each direct unit, and the parent itself, the headline figure of its own: they add up to the headline', async () => {
    // Every seeded recommendation is raised by the city itself: one raised by a unit below it, overdue
    // (its deadline passed, its addressee still waiting), must show on that unit's bar and its parent's.
    const [kn] = await db.select().from(recommendations).where(eq(recommendations.code, 'KN-HP-03'));
    const [below] = await db.select().from(organizations).where(eq(organizations.code, 'HP-TN'));
    const [addressee] = await db.select().from(organizations).where(eq(organizations.code, 'BNV'));
    const [row] = await db
      .insert(recommendations)
      .values({
        code: 'KN-TEST-BELOW',
        reviewId: kn.reviewId,
        sourceOrgId: below.id,
        category: 'guidance',
        text: 'Kiến nghị của đơn vị trực thuộc',
        submittedOn: '2026-09-01',
        responseDueOn: '2026-09-15',
      })
      .returning();
    await db
      .insert(recommendationAddressees)
      .values({ recommendationId: row.id, organizationId: addressee.id });

    for (const [login, parent, unit] of [
      ['hp.lanhdao', 'P31', 'HP-TN'],
      ['lanhdao', 'VN', 'P31'],
    ] as const) {
      const viewer = await viewerFor(login);
      const units = await selectRows<{ code: string }>(
        db,
        sql`SELECT c.code FROM organizations c JOIN organizations p ON p.id = c.parent_id WHERE p.code = ${parent}`,
      );
      expect(units.length).toBeGreaterThan(1);
      for (const day of [today(), '2026-10-01']) {
        const byUnit = await repliesOverdueByUnit(viewer, { asOf: day }, parent);
        for (const row of byUnit) expect([...units.map((u) => u.code), parent]).toContain(row.code);
        for (const { code } of units) {
          const headline = await recommendationHeadline(viewer, { asOf: day, org: code });
          expect(byUnit.find((r) => r.code === code)?.replyOverdue ?? 0, `${code} ${day}`).toBe(
            headline.replyOverdue,
          );
        }
        expect(byUnit.find((r) => r.code === unit)?.replyOverdue, `${unit} ${day}`).toBeGreaterThan(0);
        const total = await recommendationHeadline(viewer, { asOf: day, org: parent });
        expect(total.replyOverdue, `${parent} ${day}`).toBeGreaterThan(0);
        expect(
          byUnit.reduce((sum, r) => sum + r.replyOverdue, 0),
          `${parent} ${day}`,
        ).toBe(total.replyOverdue);
      }
    }
    // the city's own recommendations under the city itself
    const city = await repliesOverdueByUnit(await viewerFor('hp.lanhdao'), { asOf: today() }, 'P31');
    expect(city.find((r) => r.code === 'P31')?.replyOverdue).toBeGreaterThan(0);
  });
});

describe('tasks by the direct units of a parent (the ranked bar)', () => {
  it('groups the central bodies by their own units, not by province', async () => {
    const viewer = await viewerFor('lanhdao');
    const groups = await tasksByOrganization(viewer, { asOf: today(), org: 'TW' }, 'TW');
    const units = await directUnits(viewer, 'TW', today());
    expect(units.filter((u) => !u.own).length).toBeGreaterThan(0);
    expect(groups.filter((g) => g.code !== 'TW').length).toBeGreaterThan(0);
    for (const g of groups) expect(units.map((u) => u.code)).toContain(g.code);
    // the chart of the central bodies still groups them as one
    const chart = await tasksByOrganization(viewer, { asOf: today(), org: 'TW' });
    expect(chart.map((g) => g.code)).toEqual(['TW']);
  });

  it('lists a direct unit with no counted task (HP-HDND), and the city itself as its own row', async () => {
    const units = await directUnits(await viewerFor('hp.lanhdao'), 'P31', today());
    expect(units.find((u) => u.code === 'HP-HDND')).toMatchObject({ current: true, own: false });
    expect(units.find((u) => u.code === 'HP-TN')).toMatchObject({ current: false, own: false });
    expect(units.find((u) => u.code === 'P31')).toMatchObject({ own: true });
    // nothing outside the viewer's scope
    expect((await directUnits(await viewerFor('hp.lanhdao'), 'VN', today())).map((u) => u.code)).toEqual([
      'P31',
    ]);
  });
});
