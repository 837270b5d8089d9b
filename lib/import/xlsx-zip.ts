import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/**
 * The zip side of the XLSX reader (xlsx-reader.ts): its limits and refusals, the entries'
 * directory, and each entry inflated chunk by chunk into an XML parser against one budget of
 * bytes really inflated (never the sizes the zip declares, which a hostile file can fake).
 */
export const XLSX_LIMITS = {
  /** Inflated bytes of every entry read (workbook, styles, shared strings, the sheet). */
  inflatedBytes: 50 * 1024 * 1024,
  /** Rows with values, the header included. */
  rows: 20_001,
  /** The right-most column a value may stand in. */
  columns: 200,
  /** Characters of one cell. */
  cellChars: 10_000,
  /** Characters of every value read: a shared string of 10,000 characters used in every cell
   * of 20,000 rows would otherwise make billions of characters out of a small file. */
  totalChars: 40_000_000,
  /** Entries of the zip (an XLSX has a few dozen). */
  entries: 10_000,
} as const;

export type XlsxProblem =
  | { key: 'zipBomb'; params: { max: number } }
  | { key: 'notSpreadsheet' }
  | { key: 'tooManyRows'; params: { max: number } }
  | { key: 'tooManyColumns'; params: { max: number } }
  | { key: 'tooMuchText'; params: { max: number } }
  | { key: 'formula'; params: { cell: string } }
  | { key: 'cellTooLong'; params: { cell: string; max: number } };

/** Thrown inside the reader when a limit is passed or the file is not a workbook. */
export class Refused extends Error {
  constructor(readonly problem: XlsxProblem) {
    super(problem.key);
  }
}

export const notSpreadsheet = () => new Refused({ key: 'notSpreadsheet' });
export const MB = 1024 * 1024;

export function openZip(bytes: Uint8Array): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // Sizes are not validated by yauzl: the budget below counts the real bytes itself.
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, validateEntrySizes: false, decodeStrings: true },
      (error, zip) => (error || !zip ? reject(notSpreadsheet()) : resolve(zip)),
    );
  });
}

/** Every entry's directory record (no data is inflated here). */
export function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    if (zip.entryCount > XLSX_LIMITS.entries) return reject(notSpreadsheet());
    const entries = new Map<string, Entry>();
    zip.on('entry', (entry: Entry) => {
      entries.set(entry.fileName.replace(/^\/+/, ''), entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', () => reject(notSpreadsheet()));
    zip.readEntry();
  });
}

export type Budget = { left: number };

/**
 * Inflates one entry chunk by chunk into an XML parser, counting the inflated bytes; the
 * stream is destroyed as soon as the budget is spent or a handler refuses the content.
 */
export function parseEntry(
  zip: ZipFile,
  entry: Entry,
  budget: Budget,
  handlers: (parser: SaxesParser) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(notSpreadsheet());
      const parser = new SaxesParser({ position: false });
      let failure: unknown = null;
      const fail = (reason: unknown) => {
        if (failure) return;
        failure = reason;
        stream.destroy();
        reject(reason);
      };
      parser.on('error', () => fail(notSpreadsheet()));
      handlers(parser);
      const decoder = new StringDecoder('utf8');
      stream.on('data', (chunk: Buffer) => {
        if (failure) return;
        budget.left -= chunk.length;
        if (budget.left < 0) {
          return fail(new Refused({ key: 'zipBomb', params: { max: XLSX_LIMITS.inflatedBytes / MB } }));
        }
        try {
          parser.write(decoder.write(chunk));
        } catch (reason) {
          fail(reason instanceof Refused ? reason : notSpreadsheet());
        }
      });
      stream.on('error', () => fail(notSpreadsheet()));
      stream.on('end', () => {
        if (failure) return;
        try {
          parser.write(decoder.end());
          parser.close();
          resolve();
        } catch (reason) {
          fail(reason instanceof Refused ? reason : notSpreadsheet());
        }
      });
    });
  });
}

/** A zip on disk (an uploaded document), read entry by entry: never held whole in memory. */
export function openZipFile(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(
      path,
      { lazyEntries: true, validateEntrySizes: false, decodeStrings: true, autoClose: false },
      (error, zip) => (error || !zip ? reject(notSpreadsheet()) : resolve(zip)),
    );
  });
}

/**
 * Inflates one entry, counting the bytes really inflated against `budget` (refused as a ZIP bomb
 * past it), and keeps the first `keep` bytes of it (a `mimetype` entry, [Content_Types].xml).
 */
export function inflateEntry(
  zip: ZipFile,
  entry: Entry,
  budget: Budget,
  maxMb: number,
  keep = 0,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(notSpreadsheet());
      const kept: Buffer[] = [];
      let keptBytes = 0;
      let failed = false;
      stream.on('data', (chunk: Buffer) => {
        if (failed) return;
        budget.left -= chunk.length;
        if (budget.left < 0) {
          failed = true;
          stream.destroy();
          return reject(new Refused({ key: 'zipBomb', params: { max: maxMb } }));
        }
        if (keptBytes < keep) {
          kept.push(chunk.subarray(0, keep - keptBytes));
          keptBytes += Math.min(chunk.length, keep - keptBytes);
        }
      });
      stream.on('error', () => {
        if (!failed) reject(notSpreadsheet());
        failed = true;
      });
      stream.on('end', () => {
        if (!failed) resolve(Buffer.concat(kept));
      });
    });
  });
}
