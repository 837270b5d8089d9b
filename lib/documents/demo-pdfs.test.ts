import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DOCUMENTS } from './demo-pdfs';

/**
 * The demo PDFs as a reader gets them: pdftotext (poppler-utils; CI installs it) must give
 * back the Vietnamese text with its diacritics, which only an embedded font can carry.
 */
const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));
if (!pdftotext) {
  console.warn(
    'demo-pdfs.test.ts: pdftotext is missing, so the text round trip is SKIPPED (the structure is still checked). ' +
      'Install it with: apt-get install -y poppler-utils',
  );
}

// Phrases each document must read back, spread over its pages.
const EXPECTED: Record<string, string[]> = {
  '01-BB/ĐKS': [
    'BIÊN BẢN',
    'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Ban Thường vụ Thành ủy Hải Phòng',
    'đồng chí Đỗ Văn Phới, Phó Trưởng Ban Dân vận Trung ương',
    'Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát và dân thụ hưởng',
    'KN-HP-03: Chỉ đạo Bộ Nội vụ hướng dẫn thực hiện đồng bộ, thống nhất',
    'nhiệm vụ NV-HP-01',
    'Buổi làm việc kết thúc lúc 11 giờ 30 cùng ngày',
  ],
  '125-BC/TU': [
    'Số 125-BC/TU',
    'DỰ THẢO',
    'tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW',
    'Hạn chế và nguyên nhân',
    'Nghị quyết số 43-NQ/TW ngày 24/11/2023',
    'T/M BAN THƯỜNG VỤ',
  ],
  '812/BNV-CQĐP': [
    'BỘ NỘI VỤ',
    'Số: 812/BNV-CQĐP',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Hà Nội, ngày 14 tháng 02 năm 2025',
    'Nghị định số 33/2023/NĐ-CP ngày 10/6/2023',
    'KT. BỘ TRƯỞNG',
  ],
};

const built = new Map<string, Uint8Array>();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'demo-pdfs-'));
  for (const document of DEMO_DOCUMENTS) built.set(document.number, await document.build());
}, 60_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('demo PDFs', () => {
  it('are three documents, one for each record the demo shows', () => {
    expect(DEMO_DOCUMENTS.map((d) => d.belongsTo)).toEqual([
      { kind: 'session', code: 'KS-HP' },
      { kind: 'task', code: 'NV-HP-01' },
      { kind: 'answer', recommendation: 'KN-HP-03', addressee: 'BNV' },
    ]);
    for (const d of DEMO_DOCUMENTS) {
      expect(d.fileName).toMatch(/\.pdf$/);
      expect(d.fileName).not.toMatch(/[/\\]/);
      expect(d.issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it.each(DEMO_DOCUMENTS.map((d) => [d.number, d] as const))(
    '%s is a PDF that opens, with its title, small',
    async (number) => {
      const bytes = built.get(number) as Uint8Array;
      expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      // Subset fonts: tens of kilobytes, not the 400 kB of three whole TTFs.
      expect(bytes.length).toBeLessThan(150_000);
      const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
      expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
      expect(pdf.getTitle()).toMatch(/^(Biên bản|Dự thảo Báo cáo|Công văn số 812\/BNV-CQĐP)/);
      expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(vi-VN)');
      // The three fonts travel inside the file (FontFile2), so any reader shows ơ, ư, đ.
      const embedded = pdf.context
        .enumerateIndirectObjects()
        .filter(([, object]) => object instanceof PDFDict && object.has(PDFName.of('FontFile2')));
      expect(embedded).toHaveLength(3);
    },
  );

  it('the minutes and the draft report run over more than one page', async () => {
    for (const number of ['01-BB/ĐKS', '125-BC/TU']) {
      const pdf = await PDFDocument.load(built.get(number) as Uint8Array);
      expect(pdf.getPageCount()).toBeGreaterThan(1);
    }
  });

  describe.skipIf(!pdftotext)('read back with pdftotext', () => {
    const text = async (number: string): Promise<string> => {
      const file = path.join(dir, `${number.replace(/\W/g, '_')}.pdf`);
      await writeFile(file, built.get(number) as Uint8Array);
      const out = execFileSync(pdftotext as string, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      return out.normalize('NFC').replace(/\s+/g, ' ');
    };

    it.each(Object.keys(EXPECTED))(
      '%s gives back its Vietnamese text, diacritics and all',
      async (number) => {
        const content = await text(number);
        for (const phrase of EXPECTED[number]) expect(content).toContain(phrase);
        for (const letter of ['ơ', 'ư', 'đ', 'ạ', 'ộ', 'ị', 'ủ', 'ễ', 'Đ', 'Ộ'])
          expect(content).toContain(letter);
        // Nothing unmapped: no replacement characters, no stray private-use glyph codes.
        expect(content).not.toMatch(/[\uFFFD\uE000-\uF8FF]/);
        expect(content).toContain('Văn bản minh họa do hệ thống tạo từ dữ liệu demo');
      },
    );
  });
});
