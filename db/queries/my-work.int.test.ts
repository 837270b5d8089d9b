import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { addDays, today } from '@/lib/clock';
import { viewerFor } from '@/tests/viewers';
import { myWork, myWorkCounts, TASKS_SOON_DAYS } from './my-work';

describe('my work', () => {
  it('shows the HP-MTTQ official its overdue task, and nothing to confirm', async () => {
    const work = await myWork(await viewerFor('hp.mttq'), today());
    expect(work.dueSoon.map((t) => t.code)).toEqual(['NV-HP-05']);
    expect(work.toConfirm).toEqual([]);
  });

  it('shows the Ministry of Home Affairs the recommendations awaiting its answer', async () => {
    const work = await myWork(await viewerFor('bnv'), today());
    expect(work.toAnswer.every((r) => r.status === 'submitted' || r.status === 'under_review')).toBe(true);
    expect(work.toAnswer.map((r) => r.code)).not.toContain('KN-HP-03'); // already accepted
  });

  it('never puts a locality’s own recommendations in its answer list', async () => {
    const work = await myWork(await viewerFor('hp.dieuphoi'), today());
    expect(work.toAnswer.filter((r) => r.code.startsWith('KN-HP'))).toEqual([]);
  });

  it('gives a coordinator the completions awaiting confirmation in scope', async () => {
    const national = await myWork(await viewerFor('dieuphoi'), today());
    expect(national.counts.toConfirm).toBeGreaterThan(0);
    expect(national.toConfirm.every((t) => t.status === 'awaiting_confirmation')).toBe(true);
  });

  it('gives a leader nothing to do', async () => {
    const work = await myWork(await viewerFor('lanhdao'), today());
    expect(work.counts).toEqual({ dueSoon: 0, toConfirm: 0, toAnswer: 0 });
  });

  it('stops counting at the cap: a count over it is the cap + 1, one under it exact', async () => {
    const viewer = await viewerFor('dieuphoi');
    const exact = await myWorkCounts(viewer, today());
    // over the caps below, so that an uncapped count would differ
    expect(exact.dueSoon).toBeGreaterThan(3);
    expect(exact.toConfirm).toBeGreaterThan(3);
    expect(await myWorkCounts(viewer, today(), 2)).toEqual({ dueSoon: 3, toConfirm: 3, toAnswer: 0 });
    expect(await myWorkCounts(viewer, today(), exact.dueSoon)).toMatchObject({ dueSoon: exact.dueSoon });
    const ministry = await viewerFor('bnv');
    expect((await myWorkCounts(ministry, today())).toAnswer).toBeGreaterThan(1);
    expect((await myWorkCounts(ministry, today(), 0)).toAnswer).toBe(1);
  });

  it('counts what the lists hold (the badge reads the same counts): every row under 50, at least 50 when the list is full', async () => {
    let seen = 0;
    for (const login of ['hp.mttq', 'bnv', 'hp.dieuphoi', 'dieuphoi', 'lanhdao', 'hp.danvan']) {
      const work = await myWork(await viewerFor(login), today());
      for (const list of ['dueSoon', 'toConfirm', 'toAnswer'] as const) {
        const rows = work[list].length;
        if (rows < 50) expect(work.counts[list], `${login} ${list}`).toBe(rows);
        else expect(work.counts[list], `${login} ${list}`).toBeGreaterThanOrEqual(50);
        seen += rows;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('lists the same first tasks, in the same order, as the plain query over every row', async () => {
    // taskRows picks the first codes from the index, then reads those rows: it must equal reading all
    const plain = (unit: string, where: string) =>
      selectRows<{ code: string; dueOn: string; orgVi: string }>(
        db,
        sql`SELECT t.code, t.due_on::text AS "dueOn", o.name_vi AS "orgVi" FROM tasks t
          JOIN organizations o ON o.id = t.assignee_org_id
          WHERE o.path LIKE ${`${unit}%`} AND ${sql.raw(where)} ORDER BY t.due_on, t.code LIMIT 50`,
      );
    const soon = addDays(today(), TASKS_SOON_DAYS);
    let seen = 0;
    for (const login of ['hp.mttq', 'hp.dieuphoi', 'dieuphoi', 'hp.danvan']) {
      const viewer = await viewerFor(login);
      const unit = viewer.role === 'coordinator' ? viewer.scope.path : viewer.org.path;
      const work = await myWork(viewer, today());
      const pick = (rows: { code: string; dueOn: string; orgVi: string }[]) =>
        rows.map(({ code, dueOn, orgVi }) => ({ code, dueOn, orgVi }));
      const dueSoon = await plain(
        unit,
        `t.status IN ('not_started', 'in_progress') AND t.due_on <= '${soon}'`,
      );
      expect(pick(work.dueSoon), login).toEqual(dueSoon);
      if (viewer.role === 'coordinator') {
        expect(pick(work.toConfirm), login).toEqual(await plain(unit, `t.status = 'awaiting_confirmation'`));
      }
      seen += dueSoon.length + work.toConfirm.length;
    }
    expect(seen).toBeGreaterThan(0);
  });
});
