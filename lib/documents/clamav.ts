import { createReadStream } from 'node:fs';
import { connect, type Socket } from 'node:net';
import type { ScanResult } from './scan';

/**
 * The virus scan of an uploaded file by ClamAV's daemon (CLAMAV_URL, `tcp://host:port`),
 * through clamd's INSTREAM command: the file is sent in chunks, each after its length as
 * 4 bytes big-endian, a zero length ends it, and clamd answers one line. No library: the
 * protocol is these few lines, and the ones on npm add a binary lookup we do not want.
 *
 * Unset CLAMAV_URL: no scan, every file passes. Set but unreachable, too slow or answering an
 * error: a ClamavError, so that the upload is refused rather than accepted unscanned.
 */
export class ClamavError extends Error {}

const CHUNK = 64 * 1024;

export type ScanOptions = {
  /** The longest wait for the connection. */
  connectTimeoutMs?: number;
  /** The longest the whole scan may take (sending and clamd's verdict). */
  timeoutMs?: number;
};

export function parseClamavUrl(url: string): { host: string; port: number } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ClamavError('CLAMAV_URL is not a URL: expected tcp://host:port (clamd’s TCPSocket)');
  }
  const port = Number(parsed.port);
  if (parsed.protocol !== 'tcp:' || !parsed.hostname || !Number.isInteger(port) || port <= 0) {
    throw new ClamavError('CLAMAV_URL must be tcp://host:port (clamd’s TCPAddr and TCPSocket)');
  }
  return { host: parsed.hostname.replace(/^\[|\]$/g, ''), port };
}

/** Reads clamd's one-line answer to INSTREAM: `stream: OK`, `stream: NAME FOUND` or `… ERROR`. */
export function readVerdict(reply: string): ScanResult {
  const line = reply.replace(/\0/g, '').trim();
  if (line === 'stream: OK') return { infected: false };
  const found = /^stream: (.+) FOUND$/.exec(line);
  if (found) return { infected: true, signature: found[1] };
  throw new ClamavError(`the virus scanner refused the file: ${line.slice(0, 200) || 'no answer'}`);
}

export async function scanFile(
  path: string,
  url: string | undefined = process.env.CLAMAV_URL,
  options: ScanOptions = {},
): Promise<ScanResult> {
  if (!url?.trim()) return { infected: false };
  const { host, port } = parseClamavUrl(url.trim());
  const { connectTimeoutMs = 5_000, timeoutMs = 120_000 } = options;
  const where = `${host}:${port}`;

  const socket = await new Promise<Socket>((resolve, reject) => {
    const s = connect({ host, port });
    const timer = setTimeout(() => {
      s.destroy();
      reject(
        new ClamavError(`the virus scanner (clamd at ${where}) did not answer within ${connectTimeoutMs} ms`),
      );
    }, connectTimeoutMs);
    s.once('connect', () => {
      clearTimeout(timer);
      resolve(s);
    });
    s.once('error', (error) => {
      clearTimeout(timer);
      reject(new ClamavError(`the virus scanner (clamd at ${where}) cannot be reached: ${error.message}`));
    });
  });

  const reply: Buffer[] = [];
  const answered = new Promise<string>((resolve, reject) => {
    socket.on('data', (chunk: Buffer) => {
      reply.push(chunk);
      // clamd ends its answer with NUL (the z of zINSTREAM) and then closes.
      if (chunk.includes(0)) resolve(Buffer.concat(reply).toString('utf8'));
    });
    socket.once('end', () => resolve(Buffer.concat(reply).toString('utf8')));
    socket.once('close', () => resolve(Buffer.concat(reply).toString('utf8')));
    socket.once('error', (error) => {
      // clamd may close while we still send (a file over its StreamMaxLength): its answer,
      // already received, says why; without one, the error does.
      if (reply.length) resolve(Buffer.concat(reply).toString('utf8'));
      else reject(new ClamavError(`the virus scan (clamd at ${where}) failed: ${error.message}`));
    });
  });
  answered.catch(() => {});

  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new ClamavError(`the virus scan (clamd at ${where}) took longer than ${timeoutMs} ms`));
    }, timeoutMs);
  });

  try {
    return readVerdict(await Promise.race([send(socket, path).then(() => answered), answered, timedOut]));
  } finally {
    clearTimeout(timer);
    socket.destroy();
  }
}

/** zINSTREAM, then the file in length-prefixed chunks, then a zero length. */
async function send(socket: Socket, path: string): Promise<void> {
  const write = (bytes: Buffer) =>
    new Promise<void>((resolve) => {
      if (socket.destroyed || !socket.writable || socket.write(bytes)) return resolve();
      // A closed socket never drains: the answer (or its absence) settles the scan instead.
      const done = () => {
        socket.off('drain', done);
        socket.off('close', done);
        resolve();
      };
      socket.on('drain', done);
      socket.on('close', done);
    });
  await write(Buffer.from('zINSTREAM\0'));
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
    if (socket.destroyed || !socket.writable) return;
    const length = Buffer.alloc(4);
    length.writeUInt32BE(chunk.length);
    await write(Buffer.concat([length, chunk]));
  }
  await write(Buffer.alloc(4));
}
