import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { events, explanationRequests, organizations, tasks } from '@/db/schema';
import { today } from '@/lib/clock';
import { parseTaskAction } from '@/lib/validations/tasks';
import { viewerFor } from '@/tests/viewers';
import {
  answerExplanation,
  explanationRecipients,
  explanationsOf,
  openExplanationCount,
  openExplanations,
  requestExplanation,
  withdrawExplanation,
} from './explanations';
import { createTask } from './task-edits';
import { applyTaskAction } from './task-writes';
import { createUser } from './users';

// On the test day (2026-11-15) NV-HP-05 (Mặt trận, due 30/09/2026, in progress) is overdue;
// NV-HP-06 (due 31/03/2027) is not.
const ask = { message: 'Đề nghị giải trình lý do chậm tiến độ.', replyDueOn: '2026-11-25' };

const taskEvents = async (code: string) =>
  db
    .select({ action: events.action, data: events.data })
    .from(events)
    .innerJoin(tasks, eq(tasks.id, events.entityId))
    .where(and(eq(events.entityType, 'task'), eq(tasks.code, code)));

describe('requesting an explanation', () => {
  it('is refused for a task that is not overdue', async () => {
    const leader = await viewerFor('hp.lanhdao');
    expect(await requestExplanation(leader, { code: 'NV-HP-06', ...ask }, today())).toEqual({
      ok: false,
      reason: 'not_overdue',
    });
  });

  it('answers "not found" to a leader of another province', async () => {
    const [p01] = await db.select().from(organizations).where(eq(organizations.code, 'P01'));
    await db.transaction((tx) =>
      createUser(tx, {
        login: 'p01.lanhdao',
        role: 'leader',
        organizationId: p01.id,
        scopeId: p01.id,
        displayName: 'Lãnh đạo tỉnh khác',
        password: 'Mot-mat-khau-dai-2026',
        mustChangePassword: false,
        actorId: null,
      }),
    );
    const stranger = await viewerFor('p01.lanhdao');
    expect(await requestExplanation(stranger, { code: 'NV-HP-05', ...ask }, today())).toEqual({
      ok: false,
      reason: 'not_found',
    });
  });

  it('is refused to officials, who answer them', async () => {
    expect(
      await requestExplanation(await viewerFor('hp.mttq'), { code: 'NV-HP-05', ...ask }, today()),
    ).toEqual({
      ok: false,
      reason: 'forbidden',
    });
  });

  it('is answered by officials of the assignee only, both in the task’s history', async () => {
    const leader = await viewerFor('hp.lanhdao');
    const made = await requestExplanation(leader, { code: 'NV-HP-05', ...ask }, today());
    if (!made.ok) throw new Error(made.reason);
    expect(
      await requestExplanation(await viewerFor('dieuphoi'), { code: 'NV-HP-05', ...ask }, today()),
    ).toEqual({
      ok: false,
      reason: 'already_open',
    });
    const mttq = await viewerFor('hp.mttq');
    expect((await openExplanations(mttq)).items.map((e) => e.code)).toEqual(['NV-HP-05']);
    expect(await openExplanationCount(leader)).toBe(1);
    expect(await openExplanationCount(await viewerFor('bnv'))).toBe(0);
    expect(await explanationRecipients(db, made.id)).toMatchObject({
      taskCode: 'NV-HP-05',
      requestedById: leader.id,
      status: 'open',
    });

    const answer = { code: 'NV-HP-05', id: made.id, version: 1, answer: 'Do chờ ý kiến các sở.' };
    // another unit's official does not read the task; the province's coordinator does, but does not answer
    expect(await answerExplanation(await viewerFor('hp.danvan'), answer)).toEqual({
      ok: false,
      reason: 'not_found',
    });
    expect(await answerExplanation(await viewerFor('hp.dieuphoi'), answer)).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await answerExplanation(leader, answer)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await answerExplanation(mttq, answer)).toEqual({ ok: true, id: made.id, code: 'NV-HP-05' });
    expect(await answerExplanation(mttq, { ...answer, version: 2 })).toEqual({
      ok: false,
      reason: 'not_open',
    });

    const [shown] = await explanationsOf(
      leader,
      (await db.select().from(tasks).where(eq(tasks.code, 'NV-HP-05')))[0].id,
    );
    expect(shown).toMatchObject({
      status: 'answered',
      answer: 'Do chờ ý kiến các sở.',
      answererName: 'Cán bộ Ủy ban MTTQ thành phố',
    });
    const history = (await taskEvents('NV-HP-05')).filter((e) => e.action.startsWith('task.explanation'));
    expect(history).toEqual([
      {
        action: 'task.explanation_requested',
        data: { explanation: made.id, note: ask.message, replyDueOn: '2026-11-25' },
      },
      { action: 'task.explanation_answered', data: { explanation: made.id, note: 'Do chờ ý kiến các sở.' } },
    ]);
    expect((await openExplanations(mttq)).total).toBe(0);
  });

  it('is withdrawn by its requester only', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const made = await requestExplanation(coordinator, { code: 'NV-HP-05', ...ask }, today());
    if (!made.ok) throw new Error(made.reason);
    const input = { code: 'NV-HP-05', id: made.id, version: 1 };
    expect(await withdrawExplanation(await viewerFor('hp.lanhdao'), input)).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await withdrawExplanation(coordinator, input)).toMatchObject({ ok: true });
    expect(await openExplanationCount(coordinator)).toBe(0);
  });
});

describe('requests made at once', () => {
  it('leave exactly one open request on a task', async () => {
    const national = await viewerFor('dieuphoi');
    // an overdue task of its own: made due in the past, as an import of old tasks would
    const created = await createTask(
      national,
      {
        code: 'NV-GT-SONG-SONG',
        review: 'TK20-NQ23',
        title: 'Nhiệm vụ quá hạn cho phép thử song song',
        description: null,
        assignee: 'HP-SNV',
        dueOn: '2026-12-31',
        session: null,
        recommendations: [],
      },
      today(),
    );
    if (!created.ok) throw new Error(created.reason);
    await db.update(tasks).set({ dueOn: '2026-10-01' }).where(eq(tasks.code, 'NV-GT-SONG-SONG'));

    const askers = await Promise.all(['hp.lanhdao', 'hp.dieuphoi', 'dieuphoi', 'lanhdao'].map(viewerFor));
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        requestExplanation(askers[i % askers.length], { code: 'NV-GT-SONG-SONG', ...ask }, today()),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'already_open')).toHaveLength(11);
    const [task] = await db.select().from(tasks).where(eq(tasks.code, 'NV-GT-SONG-SONG'));
    const open = await db
      .select()
      .from(explanationRequests)
      .where(and(eq(explanationRequests.taskId, task.id), eq(explanationRequests.status, 'open')));
    expect(open).toHaveLength(1);
    expect(
      (await taskEvents('NV-GT-SONG-SONG')).filter((e) => e.action === 'task.explanation_requested'),
    ).toHaveLength(1);
  });
});

describe('a request whose task is closed', () => {
  async function act(login: string, code: string, raw: Record<string, string>) {
    const [task] = await db.select().from(tasks).where(eq(tasks.code, code));
    const parsed = parseTaskAction({ code, version: String(task.version), ...raw }, today());
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
    return applyTaskAction(await viewerFor(login), parsed.data, today());
  }

  it('leaves "my work" and the dashboard count once the task is completed, and stays answerable', async () => {
    const leader = await viewerFor('hp.lanhdao');
    const mttq = await viewerFor('hp.mttq');
    const made = await requestExplanation(leader, { code: 'NV-HP-05', ...ask }, today());
    if (!made.ok) throw new Error(made.reason);
    expect((await openExplanations(mttq)).items.map((e) => e.code)).toEqual(['NV-HP-05']);
    // the city's count also holds the request the parallel test left on NV-GT-SONG-SONG
    const open = await openExplanationCount(leader);
    // reported complete: still the unit's to answer until the coordinator confirms
    expect(
      await act('hp.mttq', 'NV-HP-05', { action: 'report', completedOn: today(), note: 'Xong', docRef: '' }),
    ).toMatchObject({ ok: true });
    expect(await openExplanationCount(leader)).toBe(open);
    expect(await act('hp.dieuphoi', 'NV-HP-05', { action: 'confirm', note: '' })).toMatchObject({ ok: true });
    expect((await openExplanations(mttq)).total).toBe(0);
    expect(await openExplanationCount(leader)).toBe(open - 1);
    // the reasons of the late completion are still owed: the task's page keeps it, open and answerable
    const [task] = await db.select().from(tasks).where(eq(tasks.code, 'NV-HP-05'));
    expect((await explanationsOf(leader, task.id))[0]).toMatchObject({ id: made.id, status: 'open' });
    expect(
      await answerExplanation(mttq, {
        code: 'NV-HP-05',
        id: made.id,
        version: 1,
        answer: 'Chậm do chờ số liệu.',
      }),
    ).toEqual({ ok: true, id: made.id, code: 'NV-HP-05' });
  });

  it('leaves them once the task is cancelled', async () => {
    const made = await requestExplanation(
      await viewerFor('dieuphoi'),
      { code: 'NV-GT-SONG-SONG', ...ask, replyDueOn: '2026-11-30' },
      today(),
    ).catch(() => null);
    // the parallel test above left its one request open on this task
    expect(made).toMatchObject({ ok: false, reason: 'already_open' });
    const coordinator = await viewerFor('hp.dieuphoi');
    const before = await openExplanationCount(coordinator);
    expect(before).toBeGreaterThan(0);
    expect(
      await act('dieuphoi', 'NV-GT-SONG-SONG', { action: 'cancel', reason: 'Không còn cần' }),
    ).toMatchObject({
      ok: true,
    });
    expect(await openExplanationCount(coordinator)).toBe(before - 1);
    expect((await openExplanations(coordinator)).items.map((e) => e.code)).not.toContain('NV-GT-SONG-SONG');
  });
});
