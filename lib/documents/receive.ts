import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import busboy from 'busboy';

/**
 * A multipart body read as a stream (busboy): the text fields, and the one file written to a
 * temporary file as it comes, its SHA-256 computed on the way. The file is never held in memory;
 * past `maxBytes` the upload stops at once and the partial file is removed.
 */
export type ReceivedFile = { path: string; size: number; sha256: string; name: string };
export type Received =
  | { ok: true; fields: Record<string, string>; file: ReceivedFile | null }
  | { ok: false; reason: 'tooLarge' | 'badRequest' };

const FIELD_LIMITS = { fields: 20, fieldSize: 10_000, files: 1, parts: 30 };

export async function removeQuietly(file: string | undefined): Promise<void> {
  if (file) await rm(file, { force: true }).catch(() => undefined);
}

export function receiveMultipart(request: Request, maxBytes: number): Promise<Received> {
  return new Promise((resolve) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { 'content-type': request.headers.get('content-type') ?? '' },
        // one byte over the limit is enough to know the file is too large (accept() checks the size)
        limits: { ...FIELD_LIMITS, fileSize: maxBytes + 1 },
        defParamCharset: 'utf8',
        // the name as the client sent it: a path in it is refused, not silently cut (file-name.ts)
        preservePath: true,
      });
    } catch {
      return resolve({ ok: false, reason: 'badRequest' });
    }
    if (!request.body) return resolve({ ok: false, reason: 'badRequest' });
    // The form fields around the file take a few kilobytes: a body declared far larger is refused unread.
    const declared = Number(request.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes + 256 * 1024)
      return resolve({ ok: false, reason: 'tooLarge' });
    const body = Readable.fromWeb(request.body as unknown as WebReadableStream);
    const fields: Record<string, string> = {};
    let file: ReceivedFile | null = null;
    let writing: Promise<void> | null = null;
    let out: ReturnType<typeof createWriteStream> | null = null;
    let settled = false;
    const finish = async (answer: Received) => {
      if (settled) return;
      settled = true;
      body.unpipe(parser);
      body.destroy();
      if (!answer.ok) {
        out?.destroy();
        writing?.catch(() => undefined);
        await removeQuietly(file?.path);
      }
      resolve(answer);
    };

    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) return void finish({ ok: false, reason: 'badRequest' });
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || file) {
        stream.resume();
        return;
      }
      const target = path.join(tmpdir(), `document-${randomUUID()}`);
      const received: ReceivedFile = { path: target, size: 0, sha256: '', name: info.filename ?? '' };
      file = received;
      const hash = createHash('sha256');
      const sink = createWriteStream(target, { flags: 'wx', mode: 0o600 });
      out = sink;
      stream.on('data', (chunk: Buffer) => {
        received.size += chunk.length;
        hash.update(chunk);
      });
      stream.on('limit', () => void finish({ ok: false, reason: 'tooLarge' }));
      writing = new Promise<void>((done, fail) => {
        sink.on('finish', () => {
          received.sha256 = hash.digest('hex');
          done();
        });
        sink.on('error', fail);
        stream.on('error', fail);
      });
      stream.pipe(sink);
    });
    parser.on('partsLimit', () => void finish({ ok: false, reason: 'badRequest' }));
    parser.on('filesLimit', () => void finish({ ok: false, reason: 'badRequest' }));
    parser.on('fieldsLimit', () => void finish({ ok: false, reason: 'badRequest' }));
    parser.on('error', () => void finish({ ok: false, reason: 'badRequest' }));
    body.on('error', () => void finish({ ok: false, reason: 'badRequest' }));
    parser.on('close', async () => {
      try {
        await writing;
      } catch {
        return finish({ ok: false, reason: 'badRequest' });
      }
      await finish({ ok: true, fields, file });
    });
    body.pipe(parser);
  });
}
