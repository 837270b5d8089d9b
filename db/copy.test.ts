import { sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { copiedRows, inlineParameters } from './copy';

/** A binary COPY stream of one text column: header (with an extension area), rows, trailer. */
function binaryCopy(lines: (string | null)[], extension = Buffer.alloc(0)): Buffer {
  const header = Buffer.alloc(19);
  Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1').copy(header);
  header.writeUInt32BE(0, 11);
  header.writeUInt32BE(extension.length, 15);
  const rows = lines.map((line) => {
    const bytes = line === null ? Buffer.alloc(0) : Buffer.from(line, 'utf8');
    const frame = Buffer.alloc(6);
    frame.writeInt16BE(1, 0);
    frame.writeInt32BE(line === null ? -1 : bytes.length, 2);
    return Buffer.concat([frame, bytes]);
  });
  const trailer = Buffer.alloc(2);
  trailer.writeInt16BE(-1, 0);
  return Buffer.concat([header, extension, ...rows, trailer]);
}

async function* pieces(bytes: Buffer, size: number) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function read(bytes: Buffer, size: number) {
  let rows = 0;
  const out: Buffer[] = [];
  for await (const chunk of copiedRows(pieces(bytes, size), (n) => (rows += n))) out.push(chunk);
  return { text: Buffer.concat(out).toString('utf8'), rows };
}

describe('the rows of a binary COPY', () => {
  const lines = ['a,b\r\n', '"x\r\ny",Đảng\r\n', '\\N\t\\\r\n', '', `${'z'.repeat(70_000)}\r\n`];

  it('are their bytes, unescaped and whole, however the stream is cut', async () => {
    const bytes = binaryCopy(lines, Buffer.from('ext'));
    for (const size of [1, 2, 5, 7, 19, 64, 1000, 65_536, bytes.length]) {
      expect(await read(bytes, size)).toEqual({ text: lines.join(''), rows: lines.length });
    }
  });

  it('are handed on in pieces of at least 64 KB, however small the reads, the last one excepted', async () => {
    const many = Array.from({ length: 5_000 }, (_, i) => `${i},Nhiệm vụ số ${i}\r\n`);
    const bytes = binaryCopy(many);
    const sizes: number[] = [];
    let text = '';
    for await (const chunk of copiedRows(pieces(bytes, 100), () => {})) {
      sizes.push(chunk.length);
      text += chunk.toString('utf8');
    }
    expect(text).toBe(many.join(''));
    expect(sizes.length).toBeGreaterThan(1);
    for (const size of sizes.slice(0, -1)) expect(size).toBeGreaterThanOrEqual(64 * 1024);
  });

  it('are handed on after a second without 64 KB: a narrow export keeps its download alive', async () => {
    const bytes = binaryCopy(['a\r\n', 'b\r\n', 'c\r\n']);
    const rowsEnd = bytes.length - 2;
    const seen: string[] = [];
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      async function* slow() {
        yield bytes.subarray(0, rowsEnd - 3); // the header, 'a' and 'b'
        vi.setSystemTime(Date.now() + 1_500); // the database scans on and finds nothing for 1.5 s
        yield bytes.subarray(rowsEnd - 3, rowsEnd); // 'c'
        seen.push('trailer read');
        yield bytes.subarray(rowsEnd);
      }
      for await (const chunk of copiedRows(slow(), () => {})) seen.push(chunk.toString('utf8'));
    } finally {
      vi.useRealTimers();
    }
    // without the time rule the three rows would wait for the end of the stream
    expect(seen).toEqual(['a\r\nb\r\nc\r\n', 'trailer read']);
  });

  it('refuse a NULL line, a second column, a stream cut inside a row or not a binary COPY', async () => {
    await expect(read(binaryCopy(['a', null]), 3)).rejects.toThrow(/NULL/);
    const two = binaryCopy(['a']);
    two.writeInt16BE(2, 19);
    await expect(read(two, 64)).rejects.toThrow(/one expected/);
    const whole = binaryCopy(['abc', 'def']);
    await expect(read(whole.subarray(0, whole.length - 4), 5)).rejects.toThrow(/inside a row/);
    await expect(read(Buffer.from('a\tb\n'.repeat(10)), 64)).rejects.toThrow(/not a binary/);
  });
});

describe('a statement for COPY', () => {
  it('has its parameters written in as literals of unknown type, quotes and backslashes escaped', () => {
    const text = inlineParameters(
      sql`SELECT '$1 stays' AS "a$2", ${"it's"} AS b, ${'C:\\tmp'} AS c, ${5} AS d, ${null} AS e, ${new Date('2026-11-15T03:00:00.5Z')} AS f -- $3 in a comment's note
        WHERE x = ${true}`,
    );
    expect(text).toBe(
      `SELECT '$1 stays' AS "a$2", 'it''s' AS b,  E'C:\\\\tmp' AS c, '5' AS d, NULL AS e, '2026-11-15T03:00:00.500Z' AS f -- $3 in a comment's note
        WHERE x = 'true'`,
    );
  });

  it('is refused when a parameter cannot be written or placed', () => {
    expect(() => inlineParameters(sql`SELECT ${{ a: 1 }}`)).toThrow(/cannot be written/);
    expect(() => inlineParameters(sql`SELECT '${'a'}'`)).toThrow(/not every parameter/);
  });
});
