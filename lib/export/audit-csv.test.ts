import { describe, expect, it } from 'vitest';
import { csvStream } from './audit-csv';
import { neutralizeFormula } from './table';

async function* batches(rows: (string | number | null)[][]) {
  yield rows.slice(0, 1);
  yield rows.slice(1);
}

describe('audit CSV', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const hostile of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx']) {
      expect(neutralizeFormula(hostile)).toBe(`'${hostile}`);
    }
    expect(neutralizeFormula('Hải Phòng')).toBe('Hải Phòng');
  });

  it('writes a BOM, CRLF lines and quotes, batch after batch', async () => {
    const stream = csvStream(
      ['a', 'b'],
      batches([
        ['=HYPERLINK("x")', 1],
        ['Đảng, "Nhà nước"', null],
      ]),
    );
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text).toBe('a,b\r\n"\'=HYPERLINK(""x"")",1\r\n"Đảng, ""Nhà nước""",\r\n');
  });
});
