import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { documentsOf, editDocumentMeta, withdrawDocument } from '@/db/queries/documents';
import { documents, events } from '@/db/schema';
import { now } from '@/lib/clock';
import { heldDifference, STORE_KINDS, useStore } from '@/tests/document-stores';
import { viewerFor } from '@/tests/viewers';
import type { BlobStore } from './blob-store';
import { serveDocument } from './download';
import { handleDocumentUpload } from './upload';

const ORIGIN = 'http://tracker.test';

/** A small PDF (the type is told by its first bytes), different for every `seed`. */
function pdf(seed: string, size = 2000): Uint8Array {
  const head = `%PDF-1.4\n% ${seed}\n`;
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode(head));
  for (let i = head.length; i < size - 6; i += 1) bytes[i] = (i * 31 + seed.length) % 256;
  bytes.set(new TextEncoder().encode('%%EOF\n'), size - 6);
  return bytes;
}

type ZipEntry = { name: string; deflated: Buffer; size: number };

/** A zip made by hand (deflate from zlib): small enough to read, however much an entry inflates to. */
function zip(entries: ZipEntry[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(e.deflated.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, e.deflated);
    central.push(dir, name);
    offset += local.length + name.length + e.deflated.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, cd, end]));
}

const entry = (name: string, text: string): ZipEntry => {
  const bytes = Buffer.from(text);
  return { name, deflated: deflateRawSync(bytes), size: bytes.length };
};

/** `mb` megabytes of zeros, deflated chunk by chunk (never held whole). */
async function zerosEntry(name: string, mb: number): Promise<ZipEntry> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const zero = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < mb; i += 1) if (!deflate.write(zero)) await once(deflate, 'drain');
  deflate.end();
  await once(deflate, 'end');
  return { name, deflated: Buffer.concat(out), size: (mb * 1024 * 1024) % 2 ** 32 };
}

/** 210 MB of zeros in a DOCX: deflated once, for every store's run. */
let bomb: Promise<Uint8Array> | undefined;
const zipBomb = () => {
  bomb ??= zerosEntry('word/media/bomb.bin', 210).then((e) => docx(e));
  return bomb;
};

async function docx(extra?: ZipEntry): Promise<Uint8Array> {
  return zip([
    entry(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    entry('word/document.xml', '<w:document xmlns:w="w"><w:body><w:p/></w:body></w:document>'),
    ...(extra ? [extra] : []),
  ]);
}

type Meta = Record<string, string>;
const TASK_META: Meta = {
  recordKind: 'completion_report',
  record: 'NV-HP-06',
  title: 'Báo cáo kết quả',
  numberSymbol: '125-BC/BDVTU',
  issuedOn: '2026-11-10',
  issuer: 'Ban Dân vận Thành ủy Hải Phòng',
};

function uploadRequest(
  bytes: Uint8Array | Blob,
  name: string,
  meta: Meta = TASK_META,
  origin: string | null = ORIGIN,
) {
  const form = new FormData();
  for (const [key, value] of Object.entries(meta)) form.set(key, value);
  form.set('file', bytes instanceof Blob ? bytes : new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
  return new Request('http://tracker.test/api/upload/documents', {
    method: 'POST',
    body: form,
    headers: { host: 'tracker.test', ...(origin ? { origin } : {}) },
  });
}

async function uploadTo(
  store: BlobStore,
  login: string,
  bytes: Uint8Array | Blob,
  name: string,
  meta?: Meta,
  origin?: string | null,
) {
  const viewer = await viewerFor(login);
  return handleDocumentUpload(uploadRequest(bytes, name, meta, origin), async () => viewer, store);
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const idOf = (answer: { body: unknown }) => (answer.body as { id: string }).id;

// Megabytes through PGlite's single connection take seconds on a busy machine.
const SLOW = 120_000;

// The same suite whichever store holds the bytes (STORAGE_URL unset, or S3-compatible storage).
describe.each(STORE_KINDS)('evidence documents, bytes in %s', (kind) => {
  const target = useStore(kind);
  const upload = (
    login: string,
    bytes: Uint8Array | Blob,
    name: string,
    meta?: Meta,
    origin?: string | null,
  ) => uploadTo(target.store, login, bytes, name, meta, origin);
  const download = async (login: string, id: string) =>
    serveDocument(await viewerFor(login), id, target.store);
  /** The documents' rows and what the store holds. */
  const stored = async () => {
    const [d] = await db.select({ n: count() }).from(documents);
    return { documents: d.n, ...(await target.held()) };
  };

  it(
    'round trip: an official attaches a PDF, the coordinator downloads the same bytes, with safe headers',
    async () => {
      const bytes = pdf('round trip', 3 * 1024 * 1024 + 17);
      const answer = await upload('hp.danvan', bytes, 'Báo cáo hoàn thành NV-HP-06.pdf');
      expect(answer).toMatchObject({
        status: 201,
        body: { status: 'success', message: 'documents.uploaded' },
      });
      const id = idOf(answer);
      const [row] = await db.select().from(documents).where(eq(documents.id, id));
      expect(row).toMatchObject({
        recordKind: 'completion_report',
        sha256: sha(bytes),
        size: bytes.length,
        mediaType: 'application/pdf',
        fileName: 'Báo cáo hoàn thành NV-HP-06.pdf',
        numberSymbol: '125-BC/BDVTU',
      });

      const response = await download('hp.dieuphoi', id);
      expect(response.status).toBe(200);
      const got = new Uint8Array(await response.arrayBuffer());
      expect(got.length).toBe(bytes.length);
      expect(sha(got)).toBe(sha(bytes));
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      // sent as stored: never gzipped again by Next or a proxy
      expect(response.headers.get('cache-control')).toBe('private, no-store, no-transform');
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="Bao cao hoan thanh NV-HP-06.pdf"; filename*=UTF-8''${encodeURIComponent('Báo cáo hoàn thành NV-HP-06.pdf')}`,
      );
      const actions = await db
        .select({ action: events.action })
        .from(events)
        .where(eq(events.entityCode, id));
      expect(actions.map((e) => e.action).sort()).toEqual(['document.download', 'document.upload']);
    },
    SLOW,
  );

  it(
    'stores the same file once, also when it is attached twice in parallel',
    async () => {
      const bytes = pdf('twice', 1500 * 1024);
      const before = await stored();
      const answers = await Promise.all([
        upload('hp.danvan', bytes, 'a.pdf'),
        upload('hp.danvan', bytes, 'b.pdf'),
        upload('hp.dieuphoi', bytes, 'c.pdf'),
      ]);
      expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
      expect(heldDifference(before, await stored())).toEqual({
        documents: 3,
        ...target.growth(bytes.length),
      });
      const ids = answers.map(idOf);
      for (const id of ids) {
        const got = new Uint8Array(await (await download('hp.dieuphoi', id)).arrayBuffer());
        expect(sha(got)).toBe(sha(bytes));
      }
    },
    SLOW,
  );

  it('accepts a DOCX by its entries, and names it by its real type', async () => {
    const answer = await upload('hp.danvan', await docx(), 'Biên bản');
    expect(answer.status).toBe(201);
    const [row] = await db
      .select()
      .from(documents)
      .where(eq(documents.id, idOf(answer)));
    expect(row.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(row.fileName).toBe('Biên bản.docx');
  });

  it(
    'refuses hostile files with a clear message, storing nothing and logging the refusal',
    async () => {
      const before = await stored();
      const [{ n: refusalsBefore }] = await db
        .select({ n: count() })
        .from(events)
        .where(eq(events.action, 'document.refused'));
      const html = new TextEncoder().encode('<!doctype html><script>alert(1)</script>');
      const cases: [Uint8Array, string, string][] = [
        [html, 'bao-cao.pdf', 'documents.errors.type'],
        [new Uint8Array(), 'rong.pdf', 'documents.errors.empty'],
        [pdf('path'), '../../etc/passwd.pdf', 'documents.errors.fileName'],
        [pdf('control'), 'bao\tcao\u202e.pdf', 'documents.errors.fileName'],
        [await zipBomb(), 'bom.docx', 'documents.errors.zipBomb'],
        [
          new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'),
          'anh.png',
          'documents.errors.type',
        ],
      ];
      for (const [bytes, name, message] of cases) {
        const answer = await upload('hp.danvan', bytes, name);
        expect(answer, name).toMatchObject({ status: 400, body: { status: 'error', message } });
      }
      expect(await stored()).toEqual(before);
      const [{ n: refusals }] = await db
        .select({ n: count() })
        .from(events)
        .where(eq(events.action, 'document.refused'));
      expect(refusals - refusalsBefore).toBe(cases.length);
    },
    SLOW,
  );

  it('refuses a file over DOCUMENT_MAX_MB while it streams, storing nothing', async () => {
    const before = await stored();
    process.env.DOCUMENT_MAX_MB = '2';
    try {
      const answer = await upload('hp.danvan', pdf('big', 2 * 1024 * 1024 + 1), 'lon.pdf');
      expect(answer).toEqual({
        status: 413,
        body: { status: 'error', message: 'documents.errors.tooLarge', params: { max: 2 } },
      });
      // exactly the limit passes
      expect((await upload('hp.danvan', pdf('limit', 2 * 1024 * 1024), 'vua.pdf')).status).toBe(201);
    } finally {
      delete process.env.DOCUMENT_MAX_MB;
    }
    expect((await stored()).documents).toBe(before.documents + 1);
  });

  it('refuses a foreign Origin, and an upload to a record the viewer may not edit or read', async () => {
    const before = await stored();
    expect(await upload('hp.danvan', pdf('origin'), 'x.pdf', TASK_META, 'http://evil.test')).toMatchObject({
      status: 403,
    });
    // hp.mttq reads NV-HP-06 (same province scope? no: an official's scope is the unit) — 404 either way
    for (const login of ['hp.mttq', 'bnv', 'hp.lanhdao']) {
      expect(await upload(login, pdf(login), 'x.pdf'), login).toMatchObject({
        status: 404,
        body: { message: 'documents.errors.notFound' },
      });
    }
    expect(
      await upload('hp.danvan', pdf('bad meta'), 'x.pdf', {
        ...TASK_META,
        issuedOn: '2026-02-30',
        title: '',
      }),
    ).toMatchObject({
      status: 400,
      body: {
        fieldErrors: { issuedOn: ['documents.errors.badDate'], title: ['documents.errors.titleRequired'] },
      },
    });
    expect(await stored()).toEqual(before);
  });

  it('an answer document by the addressee, a session document by the coordinator', async () => {
    const answer = await upload('bnv', pdf('reply'), 'Công văn trả lời.pdf', {
      recordKind: 'answer',
      record: 'KN-HP-03',
      addressee: 'BNV',
      title: 'Công văn trả lời kiến nghị',
      numberSymbol: '1234/BNV-CQĐP',
    });
    expect(answer.status).toBe(201);
    // the source side may not file the addressee's answer
    expect(
      (
        await upload('hp.dieuphoi', pdf('not mine'), 'x.pdf', {
          recordKind: 'answer',
          record: 'KN-HP-03',
          addressee: 'BNV',
          title: 'x',
        })
      ).status,
    ).toBe(404);
    const session = await upload('hp.dieuphoi', pdf('minutes'), 'Biên bản làm việc.pdf', {
      recordKind: 'session',
      record: 'KS-HP',
      title: 'Biên bản làm việc',
    });
    expect(session.status).toBe(201);
    const list = await documentsOf(await viewerFor('hp.lanhdao'), 'session', 'KS-HP');
    expect(list.items.map((d) => d.title)).toContain('Biên bản làm việc');
    expect(list.attach).toEqual([]);
    const rec = await documentsOf(await viewerFor('bnv'), 'recommendation', 'KN-HP-03');
    expect(rec.attach).toEqual([{ kind: 'answer', addressee: 'BNV', addresseeName: expect.any(String) }]);
    expect(rec.items.find((d) => d.title === 'Công văn trả lời kiến nghị')).toMatchObject({
      addressee: 'BNV',
      canEdit: true,
    });
  });

  it('out of scope is 404, like an absent id; a withdrawn document is offered to admins only', async () => {
    const id = idOf(await upload('hp.danvan', pdf('scope'), 'pham-vi.pdf'));
    expect((await download('bnv', id)).status).toBe(404);
    expect((await download('bnv', '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await download('bnv', 'not-a-uuid')).status).toBe(404);

    const official = await viewerFor('hp.danvan');
    expect(await withdrawDocument(await viewerFor('hp.lanhdao'), { id, reason: 'x' })).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await withdrawDocument(official, { id, reason: 'Nhầm tệp' })).toEqual({ ok: true });
    expect(await withdrawDocument(official, { id, reason: 'again' })).toEqual({
      ok: false,
      reason: 'conflict',
    });
    expect((await download('hp.dieuphoi', id)).status).toBe(404);
    expect((await download('quantri', id)).status).toBe(200);
    const [row] = await db.select().from(documents).where(eq(documents.id, id));
    expect(row.withdrawnReason).toBe('Nhầm tệp');
    // stamped by the application's clock (the tests' fixed instant), as every write is
    expect(row.withdrawnAt).toEqual(now());

    // the new version names the one it replaces
    const next = await upload('hp.danvan', pdf('v2'), 'pham-vi-v2.pdf', { ...TASK_META, replaces: id });
    expect(next.status).toBe(201);
    const [v2] = await db
      .select()
      .from(documents)
      .where(eq(documents.id, idOf(next)));
    expect(v2.replacesId).toBe(id);

    expect(
      await editDocumentMeta(official, {
        id: v2.id,
        title: 'Báo cáo (bản 2)',
        numberSymbol: '126-BC/BDVTU',
        issuedOn: null,
        issuer: null,
      }),
    ).toEqual({ ok: true });
    const [edited] = await db.select().from(documents).where(eq(documents.id, v2.id));
    expect(edited.title).toBe('Báo cáo (bản 2)');
    expect(edited.updatedAt).toEqual(now());
  });

  it(
    'a file changed in the store is never delivered whole: the stream fails',
    async () => {
      const bytes = pdf('tamper', 2 * 1024 * 1024 + 5);
      const id = idOf(await upload('hp.danvan', bytes, 'tamper.pdf'));
      // delivered whole before the change: the failure below is the change's
      expect(sha(new Uint8Array(await (await download('hp.dieuphoi', id)).arrayBuffer()))).toBe(sha(bytes));
      await target.tamper(sha(bytes));
      const response = await download('hp.dieuphoi', id);
      expect(response.status).toBe(200);
      await expect(response.arrayBuffer()).rejects.toThrow();
    },
    SLOW,
  );
});
