import { and, count, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { documentCountSql, documentsOf, withdrawDocument } from '@/db/queries/documents';
import { requestExplanation, withdrawExplanation } from '@/db/queries/explanations';
import { createUser } from '@/db/queries/users';
import {
  documents,
  events,
  explanationRequests,
  organizations,
  taskSupportingUnits,
  tasks,
} from '@/db/schema';
import { today } from '@/lib/clock';
import { viewerFor } from '@/tests/viewers';
import { serveDocument } from './download';
import { documentStore } from './store';
import { handleDocumentUpload } from './upload';

/**
 * Documents on a supporting unit's part of a task (issue 17) and on an explanation request
 * (issue 16): attached by the unit the part (the request) belongs to, read by whoever reads the
 * task, withdrawn but never deleted — through the upload and download handlers the routes use.
 */

const store = documentStore();

function pdf(seed: string, size = 1500): Uint8Array {
  const head = `%PDF-1.4\n% ${seed}\n`;
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode(head));
  for (let i = head.length; i < size - 6; i += 1) bytes[i] = (i * 17 + seed.length) % 256;
  bytes.set(new TextEncoder().encode('%%EOF\n'), size - 6);
  return bytes;
}

async function upload(login: string, meta: Record<string, string>, seed = meta.title) {
  const viewer = await viewerFor(login);
  const form = new FormData();
  for (const [key, value] of Object.entries(meta)) form.set(key, value);
  form.set('file', new Blob([pdf(seed) as Uint8Array<ArrayBuffer>]), `${seed}.pdf`);
  const request = new Request('http://tracker.test/api/upload/documents', {
    method: 'POST',
    body: form,
    headers: { host: 'tracker.test', origin: 'http://tracker.test' },
  });
  return handleDocumentUpload(request, async () => viewer, store);
}

const download = async (login: string, id: string) => serveDocument(await viewerFor(login), id, store);
const idOf = (answer: { body: unknown }) => (answer.body as { id: string }).id;
const documentCount = async () => (await db.select({ n: count() }).from(documents))[0].n;

beforeAll(async () => {
  // NV-HP-01 is completed in the demo: its parts (and their documents) move while it is open
  await db.update(tasks).set({ status: 'in_progress', completedOn: null }).where(eq(tasks.code, 'NV-HP-01'));
  // an official of another province, who reads none of Hải Phòng's tasks
  const [p01] = await db.select().from(organizations).where(eq(organizations.code, 'P01'));
  await db.transaction((tx) =>
    createUser(tx, {
      login: 'p01.chuyenvien',
      role: 'official',
      organizationId: p01.id,
      scopeId: p01.id,
      displayName: 'Chuyên viên tỉnh khác',
      password: 'Mot-mat-khau-dai-2026',
      mustChangePassword: false,
      actorId: null,
    }),
  );
});

// NV-HP-01 (reopened above): led by the Dân vận board (HP-BDV, hp.danvan), supported by the Front (HP-MTTQ,
// hp.mttq) and the Propaganda board (HP-BTG).
const PART = {
  recordKind: 'support_part',
  record: 'NV-HP-01',
  addressee: 'HP-MTTQ',
  title: 'Ý kiến của Mặt trận về dự thảo báo cáo',
  numberSymbol: '45-CV/MTTQ',
  issuedOn: '2024-06-19',
  issuer: 'Ủy ban MTTQ Việt Nam thành phố Hải Phòng',
};

describe("documents on a supporting unit's part", () => {
  it('the supporting unit attaches to its part; the task page lists it under the part; readers download', async () => {
    const answer = await upload('hp.mttq', PART);
    expect(answer).toMatchObject({ status: 201, body: { status: 'success' } });
    const id = idOf(answer);
    const [row] = await db
      .select({ kind: documents.recordKind, recordId: documents.recordId, unit: organizations.code })
      .from(documents)
      .innerJoin(organizations, eq(organizations.id, documents.addresseeOrgId))
      .where(eq(documents.id, id));
    const [task] = await db.select({ id: tasks.id }).from(tasks).where(eq(tasks.code, 'NV-HP-01'));
    expect(row).toEqual({ kind: 'support_part', recordId: task.id, unit: 'HP-MTTQ' });

    const mine = await documentsOf(await viewerFor('hp.mttq'), 'task', 'NV-HP-01');
    expect(mine.items.find((d) => d.id === id)).toMatchObject({
      recordKind: 'support_part',
      addressee: 'HP-MTTQ',
      canEdit: true,
    });
    // the Front attaches to its own part only, not to the lead's records nor another part
    expect(mine.attach).toEqual([
      { kind: 'support_part', addressee: 'HP-MTTQ', addresseeName: expect.any(String) },
    ]);
    const lead = await documentsOf(await viewerFor('hp.danvan'), 'task', 'NV-HP-01');
    expect(lead.items.find((d) => d.id === id)).toMatchObject({ addressee: 'HP-MTTQ', canEdit: false });
    expect(lead.attach.some((a) => a.kind === 'support_part')).toBe(false);

    for (const reader of ['hp.danvan', 'hp.dieuphoi', 'hp.lanhdao']) {
      const response = await download(reader, id);
      expect(response.status, reader).toBe(200);
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdf(PART.title));
    }
    const outsider = await download('p01.chuyenvien', id);
    expect(outsider.status).toBe(404);
    expect(await documentsOf(await viewerFor('p01.chuyenvien'), 'task', 'NV-HP-01')).toEqual({
      items: [],
      attach: [],
    });
  });

  it('refuses any other unit, another part, and a unit that is not a supporting unit; nothing is stored', async () => {
    const before = await documentCount();
    // the lead unit's official, the coordinator (the part is its unit's officials' own), the
    // Front on the Propaganda board's part, a unit of another province
    for (const [login, unit] of [
      ['hp.danvan', 'HP-MTTQ'],
      ['hp.dieuphoi', 'HP-MTTQ'],
      ['hp.mttq', 'HP-BTG'],
      ['p01.chuyenvien', 'HP-MTTQ'],
    ]) {
      const answer = await upload(login, { ...PART, addressee: unit }, `refused ${login} ${unit}`);
      expect(answer, `${login} on ${unit}`).toMatchObject({
        status: 404,
        body: { message: 'documents.errors.notFound' },
      });
    }
    // HP-MTTQ is not a supporting unit of NV-HP-06 (it leads nothing there either)
    const notPart = await upload('hp.mttq', { ...PART, record: 'NV-HP-06' }, 'not a part');
    expect(notPart.status).toBe(404);
    // a part names its unit
    const noUnit = await upload('hp.mttq', { ...PART, addressee: '' }, 'no unit');
    expect(noUnit.status).toBe(404);
    expect(await documentCount()).toBe(before);
    const refusals = await db
      .select({ n: count() })
      .from(events)
      .where(
        and(
          eq(events.action, 'document.refused'),
          sql`${events.data}->>'reason' IN ('forbidden', 'not_found')`,
        ),
      );
    expect(refusals[0].n).toBeGreaterThanOrEqual(6);
  });

  it('only the supporting unit withdraws; a withdrawn document is no longer downloaded', async () => {
    const id = idOf(await upload('hp.mttq', { ...PART, title: 'Bản sai' }));
    expect(
      await withdrawDocument(await viewerFor('hp.danvan'), { id, reason: 'Không phải của tôi' }),
    ).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await withdrawDocument(await viewerFor('p01.chuyenvien'), { id, reason: 'x' })).toEqual({
      ok: false,
      reason: 'not_found',
    });
    expect(await withdrawDocument(await viewerFor('hp.mttq'), { id, reason: 'Nhầm tệp' })).toEqual({
      ok: true,
    });
    expect((await download('hp.danvan', id)).status).toBe(404);
    const listed = await documentsOf(await viewerFor('hp.mttq'), 'task', 'NV-HP-01');
    expect(listed.items.find((d) => d.id === id)).toMatchObject({ withdrawnReason: 'Nhầm tệp' });
  });

  it("a new version replaces a document of the unit's own part, not another part's", async () => {
    const own = idOf(await upload('hp.mttq', { ...PART, title: 'Bản đầu' }));
    const replaced = await upload('hp.mttq', { ...PART, title: 'Bản thay thế', replaces: own });
    expect(replaced.status).toBe(201);
    const [row] = await db
      .select()
      .from(documents)
      .where(eq(documents.id, idOf(replaced)));
    expect(row.replacesId).toBe(own);
    // a document of the Propaganda board's part (metadata only) is no version of the Front's
    const [task] = await db.select({ id: tasks.id }).from(tasks).where(eq(tasks.code, 'NV-HP-01'));
    const [other] = await db
      .insert(documents)
      .values({
        recordKind: 'support_part',
        recordId: task.id,
        addresseeOrgId: sql`(SELECT id FROM organizations WHERE code = 'HP-BTG')` as unknown as number,
        title: 'Tài liệu của Ban Tuyên giáo',
        fileName: 'btg.pdf',
        mediaType: 'application/pdf',
        size: 10,
        sha256: 'c'.repeat(64),
        uploadedById: sql`(SELECT id FROM users WHERE login = 'hp.mttq')` as unknown as number,
      })
      .returning({ id: documents.id });
    const before = await documentCount();
    const refused = await upload('hp.mttq', { ...PART, title: 'Thay nhầm', replaces: other.id });
    expect(refused.status).toBe(404);
    expect(await documentCount()).toBe(before);
  });

  it('a part takes, corrects and withdraws documents only while its task is open', async () => {
    const id = idOf(await upload('hp.mttq', { ...PART, title: 'Trước khi đóng' }));
    await db
      .update(tasks)
      .set({ status: 'completed', completedOn: '2024-06-30' })
      .where(eq(tasks.code, 'NV-HP-01'));
    try {
      const before = await documentCount();
      const late = await upload('hp.mttq', { ...PART, title: 'Sau khi đóng' });
      expect(late.status).toBe(404);
      expect(await documentCount()).toBe(before);
      expect(await withdrawDocument(await viewerFor('hp.mttq'), { id, reason: 'x' })).toEqual({
        ok: false,
        reason: 'forbidden',
      });
      const listed = await documentsOf(await viewerFor('hp.mttq'), 'task', 'NV-HP-01');
      expect(listed.items.find((d) => d.id === id)).toMatchObject({ canEdit: false });
      expect(listed.attach).toEqual([]);
      expect((await download('hp.danvan', id)).status).toBe(200);
    } finally {
      await db
        .update(tasks)
        .set({ status: 'in_progress', completedOn: null })
        .where(eq(tasks.code, 'NV-HP-01'));
    }
  });

  it("a removed supporting unit's documents stay listed and downloadable for the task's readers, read-only, and leave the count", async () => {
    const [task] = await db.select({ id: tasks.id }).from(tasks).where(eq(tasks.code, 'NV-HP-01'));
    const [mttq] = await db.select().from(organizations).where(eq(organizations.code, 'HP-MTTQ'));
    const counted = async () =>
      (await selectRows<{ n: number }>(db, sql`SELECT ${documentCountSql('task', task.id)} AS n`))[0].n;
    const id = idOf(await upload('hp.mttq', { ...PART, title: 'Trước khi thôi phối hợp' }));
    const withPart = await counted();
    const [part] = await db
      .delete(taskSupportingUnits)
      .where(and(eq(taskSupportingUnits.taskId, task.id), eq(taskSupportingUnits.organizationId, mttq.id)))
      .returning();
    try {
      // the count holds the documents of the current parts only
      const ownLeft = (
        await selectRows<{ n: number }>(
          db,
          sql`SELECT count(*)::int AS n FROM documents WHERE record_kind = 'support_part'
            AND record_id = ${task.id} AND addressee_org_id = ${mttq.id} AND withdrawn_at IS NULL`,
        )
      )[0].n;
      expect(ownLeft).toBeGreaterThan(0);
      expect(await counted()).toBe(withPart - ownLeft);
      for (const reader of ['hp.danvan', 'hp.dieuphoi', 'hp.lanhdao']) {
        const listed = await documentsOf(await viewerFor(reader), 'task', 'NV-HP-01');
        expect(
          listed.items.find((d) => d.id === id),
          reader,
        ).toMatchObject({
          addressee: 'HP-MTTQ',
          former: true,
          canEdit: false,
        });
        expect((await download(reader, id)).status, reader).toBe(200);
      }
      // no one edits them: not the lead, nor the former unit (which no longer reads the task)
      expect((await upload('hp.mttq', { ...PART, title: 'Sau khi thôi' })).status).toBe(404);
      expect(await withdrawDocument(await viewerFor('hp.dieuphoi'), { id, reason: 'x' })).toEqual({
        ok: false,
        reason: 'forbidden',
      });
      expect(await withdrawDocument(await viewerFor('hp.mttq'), { id, reason: 'x' })).toEqual({
        ok: false,
        reason: 'not_found',
      });
      expect((await download('p01.chuyenvien', id)).status).toBe(404);
      expect((await documentsOf(await viewerFor('p01.chuyenvien'), 'task', 'NV-HP-01')).items).toEqual([]);
    } finally {
      await db.insert(taskSupportingUnits).values(part);
    }
  });

  it("an explanation's letter counts among its task's documents", async () => {
    const [task] = await db.select({ id: tasks.id }).from(tasks).where(eq(tasks.code, 'NV-HP-07'));
    const count = async () =>
      (await selectRows<{ n: number }>(db, sql`SELECT ${documentCountSql('task', task.id)} AS n`))[0].n;
    const before = await count();
    const [request] = await db
      .insert(explanationRequests)
      .values({
        taskId: task.id,
        message: 'Giải trình',
        replyDueOn: '2026-11-30',
        requestedById: sql`(SELECT id FROM users WHERE login = 'hp.lanhdao')` as unknown as number,
        requestedByOrgId: sql`(SELECT id FROM organizations WHERE code = 'HP-TU')` as unknown as number,
        createdAt: new Date(),
      })
      .returning({ id: explanationRequests.id });
    await db.insert(documents).values({
      recordKind: 'explanation',
      recordId: request.id,
      title: 'Văn bản giải trình',
      fileName: 'gt.pdf',
      mediaType: 'application/pdf',
      size: 10,
      sha256: 'e'.repeat(64),
      uploadedById: sql`(SELECT id FROM users WHERE login = 'hp.mttq')` as unknown as number,
    });
    expect(await count()).toBe(before + 1);
  });

  it('the database refuses a part without its unit, and a unit on a kind that names none', async () => {
    const [task] = await db.select({ id: tasks.id }).from(tasks).where(eq(tasks.code, 'NV-HP-01'));
    const row = (kind: string, unit: boolean) => sql`INSERT INTO documents
      (record_kind, record_id, addressee_org_id, title, file_name, media_type, size, sha256, uploaded_by_id)
      VALUES (${kind}, ${task.id}, ${unit ? sql`(SELECT id FROM organizations WHERE code = 'HP-MTTQ')` : null},
        't', 't.pdf', 'application/pdf', 1, ${'a'.repeat(64)}, (SELECT id FROM users WHERE login = 'hp.mttq'))`;
    await expect(db.execute(row('support_part', false))).rejects.toThrow();
    await expect(db.execute(row('task_update', true))).rejects.toThrow();
  });
});

// NV-HP-05 (the Front, HP-MTTQ, due 30/09/2026, in progress) is overdue on the test day.
describe('documents on an explanation request', () => {
  const ask = { message: 'Đề nghị giải trình lý do chậm tiến độ.', replyDueOn: '2026-11-25' };
  const letter = (explanation: number, over: Record<string, string> = {}) => ({
    recordKind: 'explanation',
    record: 'NV-HP-05',
    explanation: String(explanation),
    title: 'Văn bản giải trình chậm tiến độ',
    numberSymbol: '52-CV/MTTQ',
    issuedOn: '2026-11-20',
    issuer: 'Ủy ban MTTQ Việt Nam thành phố Hải Phòng',
    ...over,
  });

  it('the unit answering attaches its letter, listed with the request; readers download, others do not', async () => {
    const asked = await requestExplanation(
      await viewerFor('hp.lanhdao'),
      { code: 'NV-HP-05', ...ask },
      today(),
    );
    if (!asked.ok) throw new Error(asked.reason);
    const before = await documentCount();
    // the leader who asked, an official of another unit, another province: none attaches
    for (const login of ['hp.lanhdao', 'hp.danvan', 'p01.chuyenvien']) {
      expect((await upload(login, letter(asked.id), `x ${login}`)).status, login).toBe(404);
    }
    // the request must be the task's
    expect((await upload('hp.mttq', letter(asked.id, { record: 'NV-HP-06' }))).status).toBe(404);
    expect((await upload('hp.mttq', letter(asked.id, { explanation: 'abc' }))).status).toBe(400);
    expect(await documentCount()).toBe(before);

    const answer = await upload('hp.mttq', letter(asked.id));
    expect(answer.status).toBe(201);
    const id = idOf(answer);
    const [row] = await db.select().from(documents).where(eq(documents.id, id));
    expect(row).toMatchObject({ recordKind: 'explanation', recordId: asked.id, addresseeOrgId: null });

    const list = await documentsOf(await viewerFor('hp.lanhdao'), 'task', 'NV-HP-05');
    expect(list.items.find((d) => d.id === id)).toMatchObject({
      recordKind: 'explanation',
      explanation: asked.id,
      canEdit: false,
    });
    const own = await documentsOf(await viewerFor('hp.mttq'), 'task', 'NV-HP-05');
    expect(own.attach).toContainEqual({
      kind: 'explanation',
      addressee: null,
      addresseeName: null,
      explanation: asked.id,
    });
    expect((await download('hp.lanhdao', id)).status).toBe(200);
    expect((await download('hp.dieuphoi', id)).status).toBe(200);
    expect((await download('p01.chuyenvien', id)).status).toBe(404);

    expect(await withdrawDocument(await viewerFor('hp.lanhdao'), { id, reason: 'x' })).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await withdrawDocument(await viewerFor('hp.mttq'), { id, reason: 'Thay bằng bản ký' })).toEqual({
      ok: true,
    });
    // a withdrawn request takes no more letters
    const withdrawn = await withdrawExplanation(await viewerFor('hp.lanhdao'), {
      code: 'NV-HP-05',
      id: asked.id,
      version: 1,
    });
    expect(withdrawn.ok).toBe(true);
    expect((await upload('hp.mttq', letter(asked.id), 'after withdrawal')).status).toBe(404);
  });
});

// Two connections are needed: PGlite has one, so this runs on PostgreSQL.
describe.skipIf(process.env.TEST_DRIVER !== 'postgres')(
  'a part removed while its document is uploaded',
  () => {
    it('the upload waits for the removal and is refused: no document is left on a part that is gone', async () => {
      const [task] = await db.select({ id: tasks.id }).from(tasks).where(eq(tasks.code, 'NV-HP-01'));
      const [mttq] = await db.select().from(organizations).where(eq(organizations.code, 'HP-MTTQ'));
      const before = await documentCount();
      let settled = false;
      let pending: ReturnType<typeof upload> | undefined;
      const removed = await db.transaction(async (tx) => {
        const [part] = await tx
          .delete(taskSupportingUnits)
          .where(
            and(eq(taskSupportingUnits.taskId, task.id), eq(taskSupportingUnits.organizationId, mttq.id)),
          )
          .returning();
        // the removal is not committed yet: the upload's checks still see the part
        pending = upload('hp.mttq', { ...PART, title: 'Trong lúc thôi phối hợp' });
        pending.finally(() => {
          settled = true;
        });
        await new Promise((resolve) => setTimeout(resolve, 1500));
        // the document's transaction waits on the part's row (FOR SHARE)
        expect(settled).toBe(false);
        return part;
      });
      try {
        const answer = await pending!;
        expect(answer.status).toBe(404);
        expect(await documentCount()).toBe(before);
      } finally {
        await db.insert(taskSupportingUnits).values(removed);
      }
    });
  },
);
