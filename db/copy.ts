import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { escapeLiteral, type Pool, type PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { DatabaseHandle } from './index';
import { COPY_EXPORT_LIMITS, type LocalLimits, localLimitsSql } from './settings';

/**
 * `COPY (query) TO STDOUT` through the pool: an export whose lines PostgreSQL writes itself
 * (lib/export/csv-sql.ts), streamed to the download as the database sends them.
 *
 * The format is binary, with one text column a row: the row's bytes arrive exactly as the query
 * made them, CRLF included. The text format would escape every backslash, tab, CR and LF of a
 * field and end each line with a bare LF; the csv format can neither quote a field for its `;` nor
 * end lines with CRLF. The binary framing (a 19-byte header, then per row a field count and a
 * length) is taken off here.
 */

const dialect = new PgDialect();

/** Placeholders outside literals, quoted names and comments. */
const TOKENS = /'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\/|\$(\d+)/g;

/** A parameter as a literal of unknown type, as the driver sends it as text (pg's prepareValue). */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (value instanceof Date) return escapeLiteral(value.toISOString());
  if (typeof value === 'string') return escapeLiteral(value);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return escapeLiteral(String(value));
  throw new Error(`COPY: a parameter of type ${typeof value} cannot be written into the statement`);
}

/**
 * The statement with its parameters written in as literals: COPY takes no bind parameters. Each
 * placeholder must be found once, in order, or nothing is sent (a query this cannot read).
 */
export function inlineParameters(query: SQL): string {
  const { sql: text, params } = dialect.sqlToQuery(query);
  let next = 1;
  const inlined = text.replace(TOKENS, (token, index: string | undefined) => {
    if (index === undefined) return token;
    if (Number(index) !== next) throw new Error(`COPY: placeholder $${index} out of order`);
    next++;
    return literal(params[Number(index) - 1]);
  });
  if (next !== params.length + 1) throw new Error('COPY: not every parameter was placed');
  return inlined;
}

/**
 * The rows' bytes are handed on in pieces of at least this size. The database's bytes arrive in
 * small reads (its 8 KB sends), and each piece handed on costs a stream write, a promise, a socket
 * write and, on a compressed response, a flush of the compressor (Next flushes after each write):
 * thousands of them in a 100,000-row export.
 */
const PIECE_BYTES = 64 * 1024;

/**
 * …or once this long has passed since the last piece: an export that matches few rows of many (a
 * narrow audit filter) must not keep a proxy waiting past its read timeout for 64 KB to gather.
 */
const PIECE_MS = 1_000;

/**
 * The date style of a COPY export's transaction: a date's text is then dd/MM/yyyy, the CSV field of
 * a date as lib/format.ts writes it (lib/export/csv-sql.ts, dateField, counts on it). An ISO date
 * literal or parameter (YYYY-MM-DD) reads the same under it.
 */
export const COPY_DATE_STYLE = 'SQL, DMY';

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER_BYTES = 19;

/** The rows' bytes of a binary COPY stream of one text column, framing taken off, chunk by chunk. */
export async function* copiedRows(chunks: AsyncIterable<Buffer>, counted: (rows: number) => void) {
  // Bytes of a row cut by a chunk's end wait here until the row is whole: gathered, then joined
  // once (a long row arriving in many small chunks is not copied again at each one).
  let waiting: Buffer[] = [];
  let waitingBytes = 0;
  let needed = SIGNATURE.length;
  let started = false;
  let ended = false;
  let piece: Buffer[] = [];
  let pieceBytes = 0;
  let pieceSince = Date.now();
  for await (const chunk of chunks) {
    if (ended) throw new Error('COPY: bytes after the end of the rows');
    waiting.push(chunk);
    waitingBytes += chunk.length;
    if (waitingBytes < needed) continue;
    const data = waiting.length === 1 ? waiting[0] : Buffer.concat(waiting, waitingBytes);
    let at = 0;
    if (!started) {
      if (!data.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('COPY: not a binary stream');
      needed = data.length < HEADER_BYTES ? HEADER_BYTES : HEADER_BYTES + data.readUInt32BE(15);
      if (data.length < needed) {
        [waiting, waitingBytes] = [[data], data.length];
        continue;
      }
      at = needed;
      started = true;
    }
    const out = Buffer.allocUnsafe(data.length - at);
    let written = 0;
    let rows = 0;
    needed = 2;
    while (data.length - at >= 2) {
      const fields = data.readInt16BE(at);
      if (fields === -1) {
        ended = true;
        at += 2;
        break;
      }
      if (fields !== 1) throw new Error(`COPY: ${fields} columns, one expected`);
      needed = 6;
      if (data.length - at < needed) break;
      const length = data.readInt32BE(at + 2);
      if (length < 0) throw new Error('COPY: a line is NULL');
      needed = 6 + length;
      if (data.length - at < needed) break;
      written += data.copy(out, written, at + 6, at + needed);
      at += needed;
      needed = 2;
      rows++;
    }
    const rest = data.subarray(at);
    [waiting, waitingBytes] = [rest.length ? [rest] : [], rest.length];
    if (ended && rest.length) throw new Error('COPY: bytes after the end of the rows');
    counted(rows);
    if (written) {
      piece.push(out.subarray(0, written));
      pieceBytes += written;
    }
    if (pieceBytes >= PIECE_BYTES || (pieceBytes && Date.now() - pieceSince >= PIECE_MS)) {
      yield piece.length === 1 ? piece[0] : Buffer.concat(piece, pieceBytes);
      [piece, pieceBytes, pieceSince] = [[], 0, Date.now()];
    }
  }
  if (!ended) throw new Error('COPY: the stream ended inside a row');
  if (pieceBytes) yield piece.length === 1 ? piece[0] : Buffer.concat(piece, pieceBytes);
}

/**
 * COPY exports running on each pool: at most half its connections, so that pages still get theirs.
 * Kept on globalThis like the pool itself (db/index.ts): Next bundles routes separately, and a
 * count per copy of this module would let each bundle take its own half.
 */
const holder = globalThis as unknown as { __trackerCopyRunning?: WeakMap<Pool, number> };
holder.__trackerCopyRunning ??= new WeakMap<Pool, number>();
const running = holder.__trackerCopyRunning;
const copySlots = (pool: Pool) => Math.max(1, Math.floor((pool.options.max ?? 10) / 2));

export type CopyOut = AsyncIterable<Buffer> & { count: () => number; close: () => Promise<void> };

/**
 * Starts `COPY (query) TO STDOUT` on a connection of the handle's pool, in a read-only transaction
 * with the export's limits and COPY_DATE_STYLE; the result is the rows' bytes and must be closed (its connection goes
 * back to the pool, or is dropped if the COPY did not finish: that ends it on the server).
 * Null on the embedded database (no COPY through PGlite's driver here), while half the pool
 * already runs COPY exports (each holds its connection for the whole download), or once `signal`
 * (the request's) has aborted: the caller writes the export itself then.
 *
 * The request's signal closes the COPY when the client goes away: a response body that is never
 * read nor cancelled (Next does neither when the client left before the body was piped) must not
 * keep its connection and its slot for good.
 */
export async function startCopy(
  handle: DatabaseHandle,
  query: SQL,
  { limits = COPY_EXPORT_LIMITS, signal }: { limits?: LocalLimits; signal?: AbortSignal } = {},
): Promise<CopyOut | null> {
  const pool = handle.pool;
  if (!pool || signal?.aborted) return null;
  const inUse = running.get(pool) ?? 0;
  if (inUse >= copySlots(pool)) return null;
  running.set(pool, inUse + 1);
  let client: PoolClient | undefined;
  let copy: CopyOut;
  try {
    const statement = `COPY (${inlineParameters(query)}) TO STDOUT (FORMAT binary)`;
    client = await pool.connect();
    await client.query('BEGIN READ ONLY');
    const setLimits = dialect.sqlToQuery(localLimitsSql(limits));
    await client.query(setLimits.sql, setLimits.params);
    await client.query(`SET LOCAL DateStyle = '${COPY_DATE_STYLE}'`);
    const stream = client.query(copyTo(statement));
    copy = copyOut(pool, client, stream, signal);
  } catch (error) {
    client?.release(error as Error);
    running.set(pool, (running.get(pool) ?? 1) - 1);
    throw error;
  }
  if (!signal?.aborted) return copy;
  await copy.close();
  return null;
}

function copyOut(
  pool: Pool,
  client: PoolClient,
  stream: ReturnType<typeof copyTo>,
  signal: AbortSignal | undefined,
): CopyOut {
  let rows = 0;
  let finished = false;
  let closed = false;
  // An error before the first read (a statement the server refuses) must not go unheard: the rows'
  // iterator, made later, finds it on the stream and throws it.
  stream.on('error', () => {});
  const lines = copiedRows(stream, (n) => {
    rows += n;
  });
  const abandoned = () => {
    close().catch(() => {});
  };
  signal?.addEventListener('abort', abandoned, { once: true });
  async function close() {
    if (closed) return;
    closed = true;
    signal?.removeEventListener('abort', abandoned);
    let failure: Error | undefined;
    if (finished) {
      // Every row and the trailer were read: the export is whole. A COMMIT that fails (the server
      // ended the session, idle in its transaction, while a slow client read the last buffered
      // rows) loses nothing of a read-only transaction; the connection is dropped, not reused.
      await client.query('COMMIT').catch((error: Error) => {
        failure = error;
      });
    } else {
      stream.destroy();
      // a connection in the middle of a COPY cannot be reused: dropping it ends the COPY
      failure = new Error('the COPY export ended early');
    }
    client.release(failure);
    running.set(pool, (running.get(pool) ?? 1) - 1);
  }
  return {
    async *[Symbol.asyncIterator]() {
      yield* lines;
      finished = true;
    },
    count: () => rows,
    close,
  };
}
