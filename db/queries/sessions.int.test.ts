import { and, count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { events, surveySessions, tasks } from '@/db/schema';
import { SessionCreateInput, SessionEditInput } from '@/lib/validations/sessions';
import { viewerFor } from '@/tests/viewers';
import { createSession, editSession, getSession, listSessions, sessionOutcomes } from './sessions';
import { taskVisibleTo } from './visibility';

const form = (over: Record<string, unknown> = {}) => ({
  code: 'KS-HP-MTTQ',
  review: 'TK20-NQ23',
  title: 'Đoàn khảo sát làm việc với Ủy ban MTTQ thành phố',
  heldOn: '2026-11-10',
  organization: 'HP-MTTQ',
  delegation: 'Văn phòng Thành ủy',
  participants: 'Người thứ nhất\n\n  Người thứ hai  ',
  source: '',
  ...over,
});

describe('survey sessions', () => {
  it('lists the Hải Phòng session with what came out of it', async () => {
    const viewer = await viewerFor('hp.dieuphoi');
    expect((await listSessions(viewer)).map((s) => s.code)).toContain('KS-HP');
    const session = await getSession(viewer, 'KS-HP');
    const outcomes = await sessionOutcomes(viewer, session!.id);
    expect(outcomes.tasks.map((t) => t.code)).toEqual(expect.arrayContaining(['NV-HP-01', 'NV-HP-03']));
    // KN-HP-04 is the demo's recommendation dated from the seeding day (db/seed/relative.ts)
    expect(outcomes.recommendations.map((r) => r.code)).toEqual([
      'KN-HP-01',
      'KN-HP-02',
      'KN-HP-03',
      'KN-HP-04',
    ]);
  });

  it('is not found outside the viewer’s reach', async () => {
    // bnv reads KS-HP (a recommendation from it is addressed to BNV) but nothing of KS-HP-TN
    expect(await getSession(await viewerFor('bnv'), 'KS-HP')).not.toBeNull();
    expect(await getSession(await viewerFor('bnv'), 'KS-HP-TN')).toBeNull();
  });

  it('lets a coordinator create and edit a session of their scope, with an event each', async () => {
    const viewer = await viewerFor('hp.dieuphoi');
    const input = SessionCreateInput.parse(form());
    expect(input.participants).toEqual(['Người thứ nhất', 'Người thứ hai']);
    expect(await createSession(viewer, input)).toEqual({ ok: true, code: 'KS-HP-MTTQ' });
    expect((await createSession(viewer, input)).ok).toBe(false); // the code is taken
    const [row] = await db.select().from(surveySessions).where(eq(surveySessions.code, 'KS-HP-MTTQ'));
    const edit = SessionEditInput.parse({ ...form({ title: 'Tên mới' }), version: String(row.version) });
    expect(await editSession(viewer, edit)).toEqual({ ok: true, code: 'KS-HP-MTTQ' });
    expect(await editSession(viewer, edit)).toEqual({ ok: false, reason: 'conflict' });
    const [e] = await db.select({ n: count() }).from(events).where(eq(events.entityCode, 'KS-HP-MTTQ'));
    expect(e.n).toBe(2);
  });

  it('refuses a session outside the scope, and leaders entirely', async () => {
    const input = SessionCreateInput.parse(form({ code: 'KS-X', organization: 'BNV' }));
    expect(await createSession(await viewerFor('hp.dieuphoi'), input)).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    expect(await createSession(await viewerFor('hp.lanhdao'), input)).toEqual({
      ok: false,
      reason: 'forbidden',
    });
  });
});

describe('the session list’s visibility (issue 18: id arrays read once)', () => {
  it('admits the sessions and counts the tasks that one session’s check does, for every person', async () => {
    await createSession(
      await viewerFor('hp.dieuphoi'),
      SessionCreateInput.parse(form({ code: 'KS-HP-THEM' })),
    );
    const people = await selectRows<{ login: string }>(
      db,
      sql`SELECT login FROM users WHERE kind = 'person' AND active ORDER BY login`,
    );
    const sessions = await db
      .select({ id: surveySessions.id, code: surveySessions.code })
      .from(surveySessions);
    let seen = 0;
    for (const { login } of people) {
      const viewer = await viewerFor(login);
      const listed = (await listSessions(viewer)).map((s) => `${s.code}:${s.tasks}`).sort();
      const one: string[] = [];
      for (const session of sessions) {
        if (!(await getSession(viewer, session.code))) continue;
        const [{ n }] = await db
          .select({ n: count() })
          .from(tasks)
          .where(and(eq(tasks.sessionId, session.id), taskVisibleTo(viewer)));
        one.push(`${session.code}:${n}`);
      }
      expect(listed, login).toEqual(one.sort());
      seen += listed.length;
    }
    expect(seen).toBeGreaterThan(people.length);
  });
});
