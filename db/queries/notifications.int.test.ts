import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { notifications, recommendations, tasks, users } from '@/db/schema';
import { setClock } from '@/lib/clock';
import { readSpreadsheet } from '@/lib/import/spreadsheet';
import { readTaskRows } from '@/lib/import/task-rows';
import { parseTaskAction, TaskCreateInput } from '@/lib/validations/tasks';
import { draft, versionOf } from '@/tests/recommendations';
import { TEST_NOW } from '@/tests/setup/database';
import { viewerFor } from '@/tests/viewers';
import { listNotifications, markAllRead, markRead, unreadCount } from './notifications';
import { notifyUnit } from './notify';
import { answerRecommendation } from './recommendation-answers';
import { createRecommendation, submitRecommendation } from './recommendation-writes';
import { runDailyReminders } from './reminders';
import { createTask } from './task-edits';
import { commitTaskImport } from './task-import';
import { applyTaskAction } from './task-writes';
import { recommendationVisibleTo, taskVisibleTo } from './visibility';

const TODAY = '2026-11-15';

afterEach(() => setClock(TEST_NOW));

/** Who was told what about a record: `login kind` pairs, sorted. */
async function told(code: string, kinds?: string[]): Promise<string[]> {
  const rows = await db
    .select({ login: users.login, kind: notifications.kind })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(and(eq(notifications.code, code), kinds ? inArray(notifications.kind, kinds) : undefined));
  return rows.map((r) => `${r.login} ${r.kind}`).sort();
}

async function taskVersion(code: string) {
  const [row] = await db.select({ v: tasks.version }).from(tasks).where(eq(tasks.code, code));
  return String(row.v);
}

function action(raw: Record<string, string>) {
  const parsed = parseTaskAction(raw, TODAY);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

const newTask = (over: Record<string, unknown> = {}) =>
  TaskCreateInput.parse({
    code: '',
    review: 'TK20-NQ23',
    title: 'Rà soát mô hình dân vận khéo',
    description: '',
    assignee: 'HP-BDV',
    dueOn: '2027-01-31',
    session: 'KS-HP',
    recommendations: [],
    ...over,
  });

describe('notifications written with the change that causes them', () => {
  it('tells the assignee’s officials of a new task, then coordinators of its report, then officials of the decisions', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const official = await viewerFor('hp.danvan');
    const created = await createTask(coordinator, newTask({ code: 'NV-NOTI-01' }), TODAY);
    expect(created).toEqual({ ok: true, code: 'NV-NOTI-01' });
    // the unit's official only: not the actor, not another unit, not the national coordinator
    expect(await told('NV-NOTI-01')).toEqual(['hp.danvan task_assigned']);

    await applyTaskAction(official, action({ action: 'start', code: 'NV-NOTI-01', version: '1' }), TODAY);
    const report = action({
      action: 'report',
      code: 'NV-NOTI-01',
      version: await taskVersion('NV-NOTI-01'),
      completedOn: TODAY,
      note: 'Xong',
    });
    expect(await applyTaskAction(official, report, TODAY)).toMatchObject({ ok: true });
    // the narrowest scope holding HP-BDV with an active coordinator is Hải Phòng's, not the national one
    expect(await told('NV-NOTI-01', ['completion_awaiting_confirmation'])).toEqual([
      'hp.dieuphoi completion_awaiting_confirmation',
    ]);

    const back = action({
      action: 'return',
      code: 'NV-NOTI-01',
      version: await taskVersion('NV-NOTI-01'),
      reason: 'Thiếu số liệu',
    });
    expect(await applyTaskAction(coordinator, back, TODAY)).toMatchObject({ ok: true });
    const extend = action({
      action: 'extend',
      code: 'NV-NOTI-01',
      version: await taskVersion('NV-NOTI-01'),
      dueOn: '2027-02-28',
      reason: 'Chờ số liệu',
    });
    expect(await applyTaskAction(coordinator, extend, TODAY)).toMatchObject({ ok: true });
    const again = action({
      action: 'report',
      code: 'NV-NOTI-01',
      version: await taskVersion('NV-NOTI-01'),
      completedOn: TODAY,
      note: 'Xong lần hai',
    });
    await applyTaskAction(official, again, TODAY);
    const confirm = action({
      action: 'confirm',
      code: 'NV-NOTI-01',
      version: await taskVersion('NV-NOTI-01'),
    });
    expect(await applyTaskAction(coordinator, confirm, TODAY)).toMatchObject({ ok: true });

    expect(await told('NV-NOTI-01')).toEqual([
      'hp.danvan extension_granted',
      'hp.danvan report_confirmed',
      'hp.danvan report_returned',
      'hp.danvan task_assigned',
      'hp.dieuphoi completion_awaiting_confirmation',
      'hp.dieuphoi completion_awaiting_confirmation',
    ]);
  });

  it('tells the addressee of a submitted recommendation, and the source side of an answer', async () => {
    const hp = await viewerFor('hp.dieuphoi');
    const bnv = await viewerFor('bnv');
    const created = (await createRecommendation(hp, draft)) as { ok: true; code: string };
    expect(await told(created.code)).toEqual([]);
    await submitRecommendation(hp, { code: created.code, version: await versionOf(created.code) });
    expect(await told(created.code)).toEqual(['bnv recommendation_addressed']);
    const answer = await answerRecommendation(bnv, {
      code: created.code,
      version: await versionOf(created.code),
      addressee: 'BNV',
      status: 'under_review',
      response: '',
    });
    expect(answer).toMatchObject({ ok: true });
    // Hải Phòng (P31) has no official: its coordinator, who acts for it, is told
    expect(await told(created.code)).toEqual(['bnv recommendation_addressed', 'hp.dieuphoi answer_received']);
  });

  it('tells of the tasks an import creates, reassigns or extends, as the forms do', async () => {
    const header =
      'Mã nhiệm vụ,Tên nhiệm vụ,Mô tả,Đơn vị thực hiện,Hạn hoàn thành,Trạng thái,Tiến độ (%),Lý do';
    const sheet = await readSpreadsheet(
      new TextEncoder().encode(
        [
          header,
          'NV-NOTI-I1,Nhiệm vụ nhập,,HP-BDV,31/12/2027,,',
          'NV-HP-07,Rà soát,,HP-MTTQ,2027-06-30,,', // reassigned from HP-SNV
          'NV-HP-06,Cập nhật,,HP-BDV,2027-06-30,,,Chờ số liệu', // extended
        ].join('\n'),
      ),
    );
    if (!sheet.ok) throw new Error(sheet.problem.key);
    const table = readTaskRows(sheet.rows);
    if ('missing' in table) throw new Error(table.missing.join());
    const result = await commitTaskImport(await viewerFor('hp.dieuphoi'), 'a.csv', table.rows, TODAY);
    expect(result.ok).toBe(true);
    expect(await told('NV-NOTI-I1')).toEqual(['hp.danvan task_assigned']);
    expect(await told('NV-HP-07')).toEqual(['hp.mttq task_assigned']);
    expect(await told('NV-HP-06', ['extension_granted'])).toEqual(['hp.danvan extension_granted']);
  });

  it('writes nothing when the change rolls back', async () => {
    const [task] = await db.select().from(tasks).where(eq(tasks.code, 'NV-HP-06'));
    await expect(
      db.transaction(async (tx) => {
        const written = await notifyUnit(tx, {
          kind: 'task_assigned',
          audience: 'officials',
          orgId: task.assigneeOrgId,
          subject: { taskId: task.id, code: task.code },
          cause: 'rollback-probe',
        });
        expect(written).toHaveLength(1);
        throw new Error('the change fails after its notification');
      }),
    ).rejects.toThrow('the change fails');
    const [{ n }] = await db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(notifications)
      .where(sql`${notifications.dedupeKey} LIKE '%rollback-probe%'`);
    expect(n).toBe(0);
  });

  it('tells a deactivated user nothing more', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    await db.update(users).set({ active: false }).where(eq(users.login, 'hp.mttq'));
    try {
      await createTask(coordinator, newTask({ code: 'NV-NOTI-02', assignee: 'HP-MTTQ' }), TODAY);
      expect(await told('NV-NOTI-02')).toEqual([]);
    } finally {
      await db.update(users).set({ active: true }).where(eq(users.login, 'hp.mttq'));
    }
  });
});

describe('the daily reminders', () => {
  const run = async (day: string) => {
    setClock(`${day}T06:00:00+07:00`);
    return runDailyReminders(day);
  };

  it('follow the clock across due soon, due and overdue (weekly), for the unit only, once a day', async () => {
    // seeded on the tests' day: NV-HP-08 due 2026-11-18, NV-HP-09 due 2026-11-05, KN-HP-04 reply due 2026-11-20
    expect((await run('2026-11-15')).ran).toBe(true);
    expect(await told('NV-HP-09')).toEqual(['hp.danvan task_overdue']);
    expect(await told('NV-HP-08')).toEqual([]);
    expect(await told('KN-HP-04')).toEqual([]);

    expect(await run('2026-11-15')).toEqual({ ran: false, created: 0 });
    await run('2026-11-16');
    expect(await told('NV-HP-09')).toEqual(['hp.danvan task_overdue']);

    await run('2026-11-17'); // NV-HP-08 due in 1 day
    expect(await told('NV-HP-08')).toEqual(['hp.danvan task_due_soon']);
    await run('2026-11-18'); // due today: nothing new
    await run('2026-11-19'); // KN-HP-04 reply due in 1 day; NV-HP-08 overdue
    expect(await told('NV-HP-08')).toEqual(['hp.danvan task_due_soon', 'hp.danvan task_overdue']);
    expect(await told('KN-HP-04')).toEqual(['bnv reply_due_soon']);
    await run('2026-11-21');
    expect(await told('KN-HP-04')).toEqual(['bnv reply_due_soon', 'bnv reply_overdue']);

    await run('2026-11-22'); // a week after the first overdue reminder
    expect(await told('NV-HP-09')).toEqual(['hp.danvan task_overdue', 'hp.danvan task_overdue']);
    expect(await told('NV-HP-08')).toEqual(['hp.danvan task_due_soon', 'hp.danvan task_overdue']);
    await run('2026-11-26');
    expect(await told('NV-HP-08')).toEqual([
      'hp.danvan task_due_soon',
      'hp.danvan task_overdue',
      'hp.danvan task_overdue',
    ]);
  });

  it('run once when many instances start the same day together', async () => {
    const day = '2026-12-10';
    setClock(`${day}T06:00:00+07:00`);
    const runs = await Promise.all(Array.from({ length: 6 }, () => runDailyReminders(day)));
    expect(runs.filter((r) => r.ran)).toHaveLength(1);
    const created = runs.find((r) => r.ran)!.created;
    expect(created).toBeGreaterThan(0);
    const [{ n }] = await db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(notifications)
      .where(eq(notifications.day, day));
    expect(n).toBe(created);
  });
});

describe('the viewer’s list', () => {
  it('counts unread, lists newest first, marks read, marks all read, and is each user’s own', async () => {
    const official = await viewerFor('hp.danvan');
    const other = await viewerFor('hp.mttq');
    const before = await unreadCount(official);
    expect(before).toBeGreaterThan(0);
    const list = await listNotifications(official, 1);
    expect(list.items[0].id).toBeGreaterThan(list.items.at(-1)!.id);
    const first = list.items.find((item) => !item.read)!;
    expect(first.href).toBe(
      `/${first.href.startsWith('/tasks') ? 'tasks' : 'recommendations'}/${first.code}`,
    );
    expect(await markRead(other, first.id)).toBeNull();
    expect(await unreadCount(official)).toBe(before);
    expect(await markRead(official, first.id)).toEqual({ href: first.href });
    expect(await unreadCount(official)).toBe(before - 1);
    expect(await markAllRead(official)).toBe(before - 1);
    expect(await unreadCount(official)).toBe(0);
  });
});

describe('what the viewer can no longer read', () => {
  it('is neither counted in the badge nor listed, about a task or a recommendation', async () => {
    const official = await viewerFor('hp.danvan');
    const one = async (table: 'tasks' | 'recommendations', readable: boolean) => {
      const visible = table === 'tasks' ? taskVisibleTo(official) : recommendationVisibleTo(official);
      const from = table === 'tasks' ? tasks : recommendations;
      const [row] = await selectRows<{ id: number; code: string }>(
        db,
        sql`SELECT id, code FROM ${from} WHERE ${readable ? sql`` : sql`NOT`} ${visible} ORDER BY id LIMIT 1`,
      );
      return { id: Number(row.id), code: row.code };
    };
    const [hiddenTask, hiddenRecommendation, readTask, readRecommendation] = await Promise.all([
      one('tasks', false),
      one('recommendations', false),
      one('tasks', true),
      one('recommendations', true),
    ]);
    const before = {
      unread: await unreadCount(official),
      total: (await listNotifications(official, 1)).total,
    };
    const about = (subject: { taskId?: number; recommendationId?: number; code: string }) => ({
      userId: official.id,
      kind: subject.taskId ? 'task_assigned' : 'recommendation_addressed',
      ...subject,
      day: TODAY,
      dedupeKey: `unreadable-probe:${subject.code}`,
    });
    const written = await db
      .insert(notifications)
      .values([
        about({ taskId: hiddenTask.id, code: hiddenTask.code }),
        about({ recommendationId: hiddenRecommendation.id, code: hiddenRecommendation.code }),
        about({ taskId: readTask.id, code: readTask.code }),
        about({ recommendationId: readRecommendation.id, code: readRecommendation.code }),
      ])
      .returning({ id: notifications.id });
    try {
      // the two the official reads are counted and listed (newest first), the two others are not
      expect(await unreadCount(official)).toBe(before.unread + 2);
      const list = await listNotifications(official, 1);
      expect(list.total).toBe(before.total + 2);
      expect(list.items.slice(0, 2).map((item) => item.code)).toEqual([
        readRecommendation.code,
        readTask.code,
      ]);
      expect(list.items.map((item) => item.code)).not.toContain(hiddenTask.code);
      expect(list.items.map((item) => item.code)).not.toContain(hiddenRecommendation.code);
    } finally {
      await db.delete(notifications).where(
        inArray(
          notifications.id,
          written.map((row) => row.id),
        ),
      );
    }
  });
});
