import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { importTasks } from '@/app/(app)/tasks/import/upload';
import { db } from '@/db/index';
import { events, tasks } from '@/db/schema';
import { IMPORT_UPLOAD_LIMITS } from '@/lib/import/spreadsheet';
import { viewerFor } from '@/tests/viewers';
import { handleUpload, readBodyWithin } from './upload';

const HEADER = 'Mã nhiệm vụ,Tên nhiệm vụ,Mô tả,Đơn vị thực hiện,Hạn hoàn thành,Trạng thái,Tiến độ (%)';
const URL_ = 'http://tracker.test/api/upload/tasks-import';

async function stored() {
  const [t] = await db.select({ n: count() }).from(tasks);
  const [e] = await db.select({ n: count() }).from(events);
  return { tasks: t.n, events: e.n };
}

/** A multipart POST as the import form sends it, from `origin`. */
function post(body: BodyInit, origin: string | null, headers: Record<string, string> = {}) {
  return new Request(URL_, {
    method: 'POST',
    body,
    headers: { host: 'tracker.test', ...(origin ? { origin } : {}), ...headers },
    duplex: 'half',
  } as RequestInit);
}

function importForm(csv: string, mode: 'check' | 'commit' = 'commit') {
  const form = new FormData();
  form.set('file', new File([csv], 'nhiem-vu.csv', { type: 'text/csv' }));
  form.set('mode', mode);
  return form;
}
const oneNewTask = `${HEADER}\n,Nhiệm vụ tải lên,,HP-MTTQ,31/12/2099,,`;

/** A body that streams `total` bytes in 1 MB chunks, counting how many were pulled. */
function endless(total: number) {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const chunk = new Uint8Array(1024 * 1024).fill(0x61);
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => sent };
}

describe('the import upload route', () => {
  const coordinator = () => viewerFor('hp.dieuphoi');

  it('answers 401 without a session, before reading the body, and stores nothing', async () => {
    const before = await stored();
    const { stream, pulled } = endless(5 * 1024 * 1024);
    const answer = await handleUpload(
      post(stream, 'http://tracker.test', { 'content-type': 'multipart/form-data; boundary=x' }),
      async () => null,
      importTasks,
      IMPORT_UPLOAD_LIMITS,
    );
    expect(answer).toEqual({ status: 401, body: { status: 'error', message: 'upload.unauthorized' } });
    expect(pulled()).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(await stored()).toEqual(before);
  });

  it('answers 403 to a foreign Origin, or none, even with a session, and stores nothing', async () => {
    const before = await stored();
    for (const origin of ['http://evil.test', 'null', null, 'http://tracker.test.evil.test']) {
      const answer = await handleUpload(
        post(importForm(oneNewTask), origin),
        coordinator,
        importTasks,
        IMPORT_UPLOAD_LIMITS,
      );
      expect(answer).toEqual({ status: 403, body: { status: 'error', message: 'upload.foreignOrigin' } });
    }
    expect(await stored()).toEqual(before);
  });

  it('refuses a body over the limit with a clear message, reading no more than the limit, storing nothing', async () => {
    const before = await stored();
    const { stream, pulled } = endless(200 * 1024 * 1024);
    const answer = await handleUpload(
      post(stream, 'http://tracker.test', { 'content-type': 'multipart/form-data; boundary=x' }),
      coordinator,
      importTasks,
      IMPORT_UPLOAD_LIMITS,
    );
    expect(answer).toEqual({
      status: 413,
      body: { status: 'error', message: 'upload.tooLarge', params: { max: 10 } },
    });
    expect(pulled()).toBeLessThanOrEqual(IMPORT_UPLOAD_LIMITS.bodyBytes + 2 * 1024 * 1024);
    // A declared length over the limit is refused before a byte is read.
    const declared = endless(20 * 1024 * 1024);
    expect(
      await readBodyWithin(
        post(declared.stream, 'http://tracker.test', { 'content-length': String(20 * 1024 * 1024) }),
        IMPORT_UPLOAD_LIMITS.bodyBytes,
      ),
    ).toBeNull();
    // (A stream fetches its first chunk by itself; nothing past it is asked for.)
    expect(declared.pulled()).toBeLessThanOrEqual(1024 * 1024);
    // A file of 10 MB and a byte, within the body limit, is refused by the import's own rule.
    const big = new FormData();
    big.set('file', new File([new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61)], 'x.csv'));
    big.set('mode', 'commit');
    const tooBig = await handleUpload(
      post(big, 'http://tracker.test'),
      coordinator,
      importTasks,
      IMPORT_UPLOAD_LIMITS,
    );
    expect(tooBig).toMatchObject({ status: 200, body: { status: 'error', message: 'import.file.tooLarge' } });
    expect(await stored()).toEqual(before);
  }, 60_000);

  it('refuses what is not a multipart form, and a role that may not import', async () => {
    const before = await stored();
    const json = post(JSON.stringify({ file: oneNewTask }), 'http://tracker.test', {
      'content-type': 'application/json',
    });
    expect(await handleUpload(json, coordinator, importTasks, IMPORT_UPLOAD_LIMITS)).toMatchObject({
      status: 400,
      body: { message: 'upload.badRequest' },
    });
    const official = await handleUpload(
      post(importForm(oneNewTask), 'http://tracker.test'),
      () => viewerFor('hp.mttq'),
      importTasks,
      IMPORT_UPLOAD_LIMITS,
    );
    expect(official).toMatchObject({ status: 403, body: { message: 'import.errors.forbidden' } });
    expect(await stored()).toEqual(before);
  });

  it('runs the dry run of a well-formed upload from the same origin', async () => {
    const before = await stored();
    const answer = await handleUpload(
      post(importForm(oneNewTask, 'check'), 'http://tracker.test'),
      coordinator,
      importTasks,
      IMPORT_UPLOAD_LIMITS,
    );
    expect(answer).toMatchObject({ status: 200, body: { status: 'checked', fileName: 'nhiem-vu.csv' } });
    expect((answer.body as { summary: { counts: unknown } }).summary.counts).toEqual({
      create: 1,
      update: 0,
      unchanged: 0,
    });
    expect(await stored()).toEqual(before);
  });
});
