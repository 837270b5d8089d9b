import { constants, createDeflateRaw, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isDateFormat, readXlsx } from './xlsx-reader';
import { XLSX_LIMITS } from './xlsx-zip';

type ZipEntry = { name: string; data: Buffer; declaredSize?: number };

/**
 * A zip written by hand, every entry raw-deflated, so that a test can make its directory lie:
 * `declaredSize` is what the local header and the central directory say the entry inflates to.
 */
function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const size = entry.declaredSize ?? 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const deflated = (text: string): ZipEntry['data'] => deflateRawSync(Buffer.from(text));
const entry = (name: string, text: string): ZipEntry => ({
  name,
  data: deflated(text),
  declaredSize: Buffer.byteLength(text),
});

const WORKBOOK = entry(
  'xl/workbook.xml',
  '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>',
);
const RELS = entry(
  'xl/_rels/workbook.xml.rels',
  '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
);

/**
 * Raw deflate of `head`, then `repeat` times the same block, then `tail`: every block ends on a
 * full flush (no reference to what came before), so one compressed block is simply repeated.
 * A few kilobytes of work make a stream that inflates to gigabytes.
 */
async function deflatedRun(head: string, block: string, repeat: number, tail: string): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const flushed = async (text: string) => {
    chunks.length = 0;
    deflate.write(text);
    await new Promise<void>((resolve) => deflate.flush(constants.Z_FULL_FLUSH, () => resolve()));
    return Buffer.concat(chunks);
  };
  const start = await flushed(head);
  await flushed(block);
  const again = await flushed(block);
  expect((await flushed(block)).equals(again)).toBe(true);
  chunks.length = 0;
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  deflate.end(tail);
  await ended;
  const end = Buffer.concat(chunks);
  return Buffer.concat([start, ...Array.from({ length: repeat }, () => again), end]);
}

async function workbook(fill: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('readXlsx', () => {
  it('refuses a 10 MB file whose sheet says 1 KB and inflates to gigabytes, within 300 MB of memory', async () => {
    const block = '<row r="1"/>'.repeat((1024 * 1024) / 12);
    const data = await deflatedRun('<worksheet><sheetData>', block, 4700, '</sheetData></worksheet>');
    const file = zipOf([WORKBOOK, RELS, { name: 'xl/worksheets/sheet1.xml', data, declaredSize: 1024 }]);
    // About 10 MB on disk, more than 4 GB once inflated.
    expect(file.length).toBeGreaterThan(8 * 1024 * 1024);
    expect(file.length).toBeLessThan(10 * 1024 * 1024);

    global.gc?.();
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    const sample = setInterval(() => {
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakHeap = Math.max(peakHeap, now.heapUsed);
    }, 5);
    const started = Date.now();
    const result = await readXlsx(file);
    clearInterval(sample);
    const after = process.memoryUsage();
    peakRss = Math.max(peakRss, after.rss);
    peakHeap = Math.max(peakHeap, after.heapUsed);

    expect(result).toEqual({ ok: false, problem: { key: 'zipBomb', params: { max: 50 } } });
    expect(peakRss).toBeLessThan(300 * 1024 * 1024);
    expect(peakHeap - before.heapUsed).toBeLessThan(100 * 1024 * 1024);
    // Stopped at the budget (50 MB inflated), not after gigabytes.
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 60_000);

  it('refuses a sheet that declares more than the budget before inflating it', async () => {
    const sheet = entry('xl/worksheets/sheet1.xml', '<worksheet><sheetData/></worksheet>');
    const file = zipOf([WORKBOOK, RELS, { ...sheet, declaredSize: XLSX_LIMITS.inflatedBytes + 1 }]);
    expect(await readXlsx(file)).toMatchObject({ ok: false, problem: { key: 'zipBomb' } });
  });

  it('refuses shared strings that lie about their size as they inflate past the budget', async () => {
    const sheet = entry('xl/worksheets/sheet1.xml', '<worksheet><sheetData/></worksheet>');
    const data = await deflatedRun('<sst>', '<si><t>x</t></si>'.repeat(60_000), 80, '</sst>');
    const file = zipOf([WORKBOOK, RELS, sheet, { name: 'xl/sharedStrings.xml', data, declaredSize: 10 }]);
    expect(await readXlsx(file)).toMatchObject({ ok: false, problem: { key: 'zipBomb' } });
  });

  it('refuses a shared string repeated in every cell beyond the characters allowed', async () => {
    const cells = Array.from({ length: 60 }, () => `<c t="s"><v>0</v></c>`).join('');
    const rows = Array.from({ length: 20_000 }, (_, r) => `<row r="${r + 1}">${cells}</row>`).join('');
    const file = zipOf([
      WORKBOOK,
      RELS,
      entry('xl/sharedStrings.xml', `<sst><si><t>${'a'.repeat(9_000)}</t></si></sst>`),
      entry('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${rows}</sheetData></worksheet>`),
    ]);
    // Every cell points at one string: counted once, by reference, so this is read...
    expect(await readXlsx(file)).toMatchObject({ ok: true });
    const inline = Array.from(
      { length: 20 },
      () => `<c t="inlineStr"><is><t>${'b'.repeat(9_000)}</t></is></c>`,
    );
    const heavy = Array.from({ length: 250 }, (_, r) => `<row r="${r + 1}">${inline.join('')}</row>`).join(
      '',
    );
    const text = zipOf([
      WORKBOOK,
      RELS,
      entry('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${heavy}</sheetData></worksheet>`),
    ]);
    // ...while 45 million characters of text in the cells themselves are not.
    expect(await readXlsx(text)).toMatchObject({ ok: false, problem: { key: 'tooMuchText' } });
  }, 60_000);

  it('refuses a value beyond the last column and beyond the last row', async () => {
    const far = entry(
      'xl/worksheets/sheet1.xml',
      '<worksheet><sheetData><row r="1"><c r="GT1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>',
    );
    expect(await readXlsx(zipOf([WORKBOOK, RELS, far]))).toMatchObject({
      problem: { key: 'tooManyColumns', params: { max: 200 } },
    });
    const low = entry(
      'xl/worksheets/sheet1.xml',
      '<worksheet><sheetData><row r="20002"><c r="A20002" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>',
    );
    expect(await readXlsx(zipOf([WORKBOOK, RELS, low]))).toMatchObject({ problem: { key: 'tooManyRows' } });
  });

  it('reads only the first sheet, in the workbook order', async () => {
    const file = await workbook((book) => {
      book.addWorksheet('Nhiệm vụ').addRow(['Tên nhiệm vụ']);
      const second = book.addWorksheet('Khác');
      second.addRow(['không đọc']);
      second.getCell('B2').value = { formula: 'SUM(1,2)', result: 3 } as ExcelJS.CellFormulaValue;
    });
    expect(await readXlsx(file)).toEqual({ ok: true, rows: [['Tên nhiệm vụ']] });
  });

  it('reads shared, inline and rich text, numbers, booleans, and dates of any date format', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('A');
      sheet.addRow(['a', 12.5, true, new Date(Date.UTC(2026, 1, 28))]);
      sheet.getCell('A2').value = { richText: [{ text: 'Hải ' }, { text: 'Phòng', font: { bold: true } }] };
      sheet.getCell('B2').value = 46_022;
      sheet.getCell('B2').numFmt = 'dd/mm/yyyy';
      sheet.getCell('C2').value = 46_022;
      sheet.getCell('C2').numFmt = '#,##0';
      sheet.getCell('E3').value = ' Cha\u0300o ';
    });
    expect(await readXlsx(file)).toEqual({
      ok: true,
      rows: [
        ['a', '12.5', 'true', '2026-02-28'],
        ['Hải Phòng', '2025-12-31', '46022'],
        ['', '', '', '', 'Chào'],
      ],
    });
  });

  it('counts dates from 1904 when the workbook says so, and reads ISO date cells', async () => {
    const file = zipOf([
      entry(
        'xl/workbook.xml',
        '<workbook xmlns:r="r"><workbookPr date1904="1"/><sheets><sheet r:id="rId1"/></sheets></workbook>',
      ),
      RELS,
      entry(
        'xl/styles.xml',
        '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>',
      ),
      entry(
        'xl/worksheets/sheet1.xml',
        '<worksheet><sheetData><row><c s="1"><v>0</v></c><c t="d"><v>2026-12-31T00:00:00</v></c></row></sheetData></worksheet>',
      ),
    ]);
    expect(await readXlsx(file)).toEqual({ ok: true, rows: [['1904-01-01', '2026-12-31']] });
  });

  it('refuses a formula, a long cell, broken XML and a zip without a workbook', async () => {
    const sheet = (xml: string) =>
      zipOf([
        WORKBOOK,
        RELS,
        entry('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${xml}</sheetData></worksheet>`),
      ]);
    expect(await readXlsx(sheet('<row r="3"><c r="C3"><f>1+1</f><v>2</v></c></row>'))).toEqual({
      ok: false,
      problem: { key: 'formula', params: { cell: 'C3' } },
    });
    expect(
      await readXlsx(
        sheet(`<row r="2"><c r="B2" t="inlineStr"><is><t>${'x'.repeat(10_001)}</t></is></c></row>`),
      ),
    ).toEqual({ ok: false, problem: { key: 'cellTooLong', params: { cell: 'B2', max: 10_000 } } });
    expect(await readXlsx(sheet('<row><c><v>1</c></row>'))).toEqual({
      ok: false,
      problem: { key: 'notSpreadsheet' },
    });
    expect(await readXlsx(zipOf([entry('hello.txt', 'hi')]))).toEqual({
      ok: false,
      problem: { key: 'notSpreadsheet' },
    });
  });

  it('tells date formats from number formats', () => {
    expect(['dd/mm/yyyy', 'd-mmm-yy', '[$-42A]dd/mm/yyyy', 'yyyy"年"m"月"'].map(isDateFormat)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['#,##0', '0.0%', 'General', '"day "0', '[Red]0.00'].map(isDateFormat)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
