import { and, count, eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { commentMentions, comments, events, notifications, organizations, tasks } from '@/db/schema';
import { setClock } from '@/lib/clock';
import { TaskCreateInput } from '@/lib/validations/tasks';
import { TEST_NOW } from '@/tests/setup/database';
import { viewerFor } from '@/tests/viewers';
import { addComment, commentThread, editComment, withdrawComment } from './comments';
import { mentionsFor } from './mentions';
import { createTask } from './task-edits';
import { createUser } from './users';
import type { Viewer } from './viewer';

/** An account of another province (P01): it reads nothing of Hải Phòng's. */
async function outsider(login: string, role: 'official' | 'leader'): Promise<Viewer> {
  const [p01] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.code, 'P01'));
  const made = await db.transaction((tx) =>
    createUser(tx, {
      login,
      role,
      organizationId: p01.id,
      scopeId: p01.id,
      displayName: `Tài khoản ${login}`,
      password: 'Mot-mat-khau-dai-2026',
      mustChangePassword: false,
      actorId: null,
    }),
  );
  if (!made.ok) throw new Error(made.reason);
  return viewerFor(login);
}

const commentCount = async () => (await db.select({ n: count() }).from(comments))[0].n;
const commentEvents = async (id: number) =>
  db
    .select({ action: events.action, data: events.data })
    .from(events)
    .where(and(eq(events.entityType, 'comment'), eq(events.entityId, id)));
const task = async (code: string) => (await db.select().from(tasks).where(eq(tasks.code, code)))[0];
const threadOf = async (viewer: Viewer, code: string) => {
  const row = await task(code);
  return commentThread(viewer, 'task', { id: row.id, orgPath: '/' });
};

let leader: Viewer;
beforeAll(async () => {
  leader = await viewerFor('hp.lanhdao');
});
afterEach(() => setClock(TEST_NOW));

describe('who comments', () => {
  it('lets whoever reads the record comment, leaders included, and logs it', async () => {
    const result = await addComment(leader, {
      recordType: 'task',
      code: 'NV-HP-05',
      body: 'Đề nghị báo cáo tiến độ.',
    });
    if (!result.ok) throw new Error(result.reason);
    expect(await commentEvents(result.id)).toEqual([
      { action: 'comment.added', data: { record: 'task', body: 'Đề nghị báo cáo tiến độ.', mentions: [] } },
    ]);
    const thread = await threadOf(await viewerFor('hp.mttq'), 'NV-HP-05');
    expect(thread.at(-1)).toMatchObject({ authorName: 'Lãnh đạo Thành ủy Hải Phòng', unitCode: 'HP-TU' });
  });

  it('answers "not found" to a user of another province, and stores nothing', async () => {
    const stranger = await outsider('p01.canbo', 'official');
    const before = await commentCount();
    expect(await addComment(stranger, { recordType: 'task', code: 'NV-HP-05', body: 'Xin chào' })).toEqual({
      ok: false,
      reason: 'not_found',
    });
    expect(
      await addComment(stranger, { recordType: 'recommendation', code: 'KN-HP-03', body: 'Xin chào' }),
    ).toEqual({ ok: false, reason: 'not_found' });
    expect(await commentCount()).toBe(before);
  });
});

describe('editing and withdrawing', () => {
  it('lets the author edit for 15 minutes by the server clock, then not', async () => {
    setClock('2026-11-15T11:00:00+07:00');
    const mttq = await viewerFor('hp.mttq');
    const made = await addComment(mttq, { recordType: 'task', code: 'NV-HP-05', body: 'Bản nháp' });
    if (!made.ok) throw new Error(made.reason);

    expect(await editComment(leader, { id: made.id, version: 1, body: 'Sửa hộ' })).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    setClock('2026-11-15T11:14:00+07:00');
    expect(await editComment(mttq, { id: made.id, version: 1, body: 'Bản sửa' })).toMatchObject({ ok: true });
    setClock('2026-11-15T11:15:30+07:00');
    expect(await editComment(mttq, { id: made.id, version: 2, body: 'Quá hạn sửa' })).toEqual({
      ok: false,
      reason: 'edit_closed',
    });
    const [row] = await db.select().from(comments).where(eq(comments.id, made.id));
    expect(row.body).toBe('Bản sửa');
    expect((await commentEvents(made.id)).map((e) => e.action)).toEqual(['comment.added', 'comment.edited']);
  });

  it('is withdrawn by its author or an admin, with a reason, never deleted', async () => {
    const mttq = await viewerFor('hp.mttq');
    const made = await addComment(mttq, { recordType: 'task', code: 'NV-HP-05', body: 'Nhầm nhiệm vụ' });
    if (!made.ok) throw new Error(made.reason);
    expect(await withdrawComment(leader, { id: made.id, version: 1, reason: 'Không phải của tôi' })).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await withdrawComment(mttq, { id: made.id, version: 1, reason: 'Viết nhầm' })).toMatchObject({
      ok: true,
    });
    expect(await withdrawComment(mttq, { id: made.id, version: 2, reason: 'Lần nữa' })).toEqual({
      ok: false,
      reason: 'withdrawn',
    });
    const shown = (await threadOf(leader, 'NV-HP-05')).find((c) => c.id === made.id);
    expect(shown).toMatchObject({
      body: null,
      withdrawalReason: 'Viết nhầm',
      mayEdit: false,
      mayWithdraw: false,
    });
    const [row] = await db.select().from(comments).where(eq(comments.id, made.id));
    expect(row.body).toBe('Nhầm nhiệm vụ');

    const other = await addComment(mttq, {
      recordType: 'task',
      code: 'NV-HP-05',
      body: 'Nội dung không phù hợp',
    });
    if (!other.ok) throw new Error(other.reason);
    const admin = await viewerFor('quantri');
    expect(
      await withdrawComment(admin, { id: other.id, version: 1, reason: 'Vi phạm quy định' }),
    ).toMatchObject({
      ok: true,
    });
    expect((await commentEvents(other.id)).map((e) => e.action)).toEqual([
      'comment.added',
      'comment.withdrawn',
    ]);
  });
});

describe('mentions', () => {
  it('refuses a unit that cannot read the record, naming it, and stores nothing', async () => {
    const before = await commentCount();
    const refused = await addComment(leader, {
      recordType: 'task',
      code: 'NV-HP-05',
      body: 'Đề nghị @HP-BDV và @P01 phối hợp',
    });
    expect(refused).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'discussion.errors.mentionOutOfReach',
      values: { codes: '@HP-BDV, @P01' },
    });
    expect(
      await addComment(leader, { recordType: 'task', code: 'NV-HP-05', body: 'Gửi @KHONG-CO' }),
    ).toMatchObject({
      ok: false,
      message: 'discussion.errors.mentionUnknown',
      values: { codes: '@KHONG-CO' },
    });
    expect(await commentCount()).toBe(before);
  });

  it('tells a coordinator above two mentioned units once', async () => {
    // HP-BTG and HP-SNV have no accounts: the province's coordinator is told for each of them
    const coordinator = await viewerFor('hp.dieuphoi');
    const created = await createTask(
      coordinator,
      TaskCreateInput.parse({
        code: 'NV-HP-MEN',
        review: 'TK20-NQ23',
        title: 'Rà soát quy chế phối hợp',
        description: '',
        assignee: 'HP-BTG',
        dueOn: '2027-02-28',
        session: '',
        recommendations: [],
        supporting: ['HP-SNV'],
      }),
      '2026-11-15',
    );
    expect(created).toMatchObject({ ok: true });
    const made = await addComment(leader, {
      recordType: 'task',
      code: 'NV-HP-MEN',
      body: 'Đề nghị @HP-BTG và @HP-SNV thống nhất dự thảo',
    });
    if (!made.ok) throw new Error(made.reason);
    expect(made.mentioned).toHaveLength(2);
    const told = await db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, coordinator.id), eq(notifications.kind, 'comment_mention')));
    expect(told[0].n).toBe(1);
  });

  it('shows a comment on "my work" of the mentioned unit, and only there', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const made = await addComment(coordinator, {
      recordType: 'task',
      code: 'NV-HP-05',
      body: '@hp-mttq đề nghị cập nhật tiến độ trước ngày 20/11',
    });
    if (!made.ok) throw new Error(made.reason);
    const [mention] = await db.select().from(commentMentions).where(eq(commentMentions.commentId, made.id));
    expect(mention).toBeDefined();

    const forMttq = await mentionsFor(await viewerFor('hp.mttq'));
    expect(forMttq[0]).toMatchObject({ recordType: 'task', code: 'NV-HP-05', unitCode: 'HP-MTTQ' });
    expect(await mentionsFor(await viewerFor('hp.danvan'))).toEqual([]);

    // a recommendation: its addressee is mentioned and reads it
    const rec = await addComment(coordinator, {
      recordType: 'recommendation',
      code: 'KN-HP-03',
      body: 'Kính gửi @BNV: đề nghị sớm trả lời.',
    });
    expect(rec).toMatchObject({ ok: true });
    expect((await mentionsFor(await viewerFor('bnv'))).map((m) => m.code)).toEqual(['KN-HP-03']);
    // the national coordinator's reach holds every unit: both
    expect((await mentionsFor(await viewerFor('dieuphoi'))).map((m) => m.code)).toEqual(
      expect.arrayContaining(['KN-HP-03', 'NV-HP-05']),
    );

    // withdrawn: off "my work"
    await withdrawComment(coordinator, { id: made.id, version: 1, reason: 'Đã trao đổi trực tiếp' });
    expect((await mentionsFor(await viewerFor('hp.mttq'))).map((m) => m.code)).not.toContain('NV-HP-05');
  });
});
