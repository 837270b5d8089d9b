import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { REPORTS } from '@/app/(app)/reports/definitions';
import { db, selectRows } from '@/db/index';
import { tasksByOrganization } from '@/db/queries/dashboard-breakdown';
import { recordEvent } from '@/db/queries/events';
import { today } from '@/lib/clock';
import { deadlineClass, type TaskStatus } from '@/lib/domain/tasks';
import { formatDate } from '@/lib/format';
import { taskResultsTable } from '@/lib/reports/task-results';
import { parseListParams } from '@/lib/validations/filters';
import vi from '@/messages/vi.json';
import { collect } from '@/tests/export-helpers';
import { viewerFor } from '@/tests/viewers';
import { writeCsv } from './csv';
import { documentWords, writeDocx } from './docx';
import { placeDateLine } from './official-date';
import { streamDownload } from './respond';
import { writeXlsx } from './xlsx';

const t = (key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], vi) as string;
const words = documentWords((key, values) =>
  Object.entries(values ?? {}).reduce((text, [name, value]) => text.replace(`{${name}}`, value), t(key)),
);
const meta = {
  filters: 'không có',
  asOf: '15/11/2026',
  exportedAt: '10:00 15/11/2026',
  exportedBy: 'Lãnh đạo (lanhdao)',
};
const labels = {
  filters: 'Bộ lọc',
  asOf: 'Tính đến',
  exportedAt: 'Xuất lúc',
  exportedBy: 'Người xuất',
  total: 'Tổng cộng',
};

/**
 * Province figures counted the plain way from every task row, at the top level of each cascade
 * (issue 17): a national reader counts a parent, not its children (the demo's cascades have one level).
 */
async function provinceFigures() {
  const rows = await selectRows<{
    province: string | null;
    status: TaskStatus;
    due_on: string;
    completed_on: string | null;
  }>(
    db,
    sql`SELECT coalesce(p.short_name_vi, p.name_vi) AS province, t.status, t.due_on::text, t.completed_on::text
      FROM tasks t JOIN organizations o ON o.id = t.assignee_org_id LEFT JOIN organizations p ON p.id = o.province_id
      WHERE NOT EXISTS (SELECT 1 FROM tasks up WHERE up.id = t.parent_id AND up.status <> 'cancelled')`,
  );
  const figures = new Map<
    string,
    { total: number; onTime: number; late: number; within: number; overdue: number }
  >();
  for (const row of rows) {
    const cls = deadlineClass(
      { status: row.status, dueOn: row.due_on, completedOn: row.completed_on },
      today(),
    );
    if (!cls) continue;
    const name = row.province ?? 'Các cơ quan Trung ương';
    const f = figures.get(name) ?? { total: 0, onTime: 0, late: 0, within: 0, overdue: 0 };
    f.total++;
    if (cls === 'completed_on_time') f.onTime++;
    if (cls === 'completed_late') f.late++;
    if (cls === 'in_progress_on_time') f.within++;
    if (cls === 'overdue') f.overdue++;
    figures.set(name, f);
  }
  return figures;
}

async function nationalTable() {
  const groups = await tasksByOrganization(await viewerFor('lanhdao'), { asOf: today() });
  return taskResultsTable(
    groups.map((g) => ({ ...g, name: g.nameVi })),
    t,
  );
}

describe('task results exports', () => {
  it('XLSX: parsed back, every figure matches the database, with the title, merged headers and a frozen header', async () => {
    const table = await nationalTable();
    const buffer = await collect((out) => writeXlsx(out, table, table.rows, meta, labels));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('Kết quả thực hiện nhiệm vụ theo cơ quan, địa phương');
    expect(String(sheet.getCell('A4').value)).toContain('Lãnh đạo (lanhdao)');
    expect(sheet.getCell('D6').value).toBe('Đã hoàn thành');
    expect(sheet.getCell('D7').value).toBe('Tổng');
    expect(sheet.getCell('D6').isMerged).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 7 });
    const expected = await provinceFigures();
    let checked = 0;
    for (let r = 8; r < 8 + table.rows.length; r++) {
      const row = sheet.getRow(r);
      const f = expected.get(String(row.getCell(2).value))!;
      expect([
        row.getCell(3).value,
        row.getCell(5).value,
        row.getCell(6).value,
        row.getCell(8).value,
        row.getCell(9).value,
      ]).toEqual([f.total, f.onTime, f.late, f.within, f.overdue]);
      expect(row.getCell(10).numFmt).toBe('0.0%');
      checked++;
    }
    expect(checked).toBe(expected.size);
    const totalRow = sheet.getRow(8 + table.rows.length);
    expect(totalRow.getCell(3).value).toBe([...expected.values()].reduce((s, f) => s + f.total, 0));
  });

  it('CSV: UTF-8 with BOM, RFC 4180, figures match the database', async () => {
    const table = await nationalTable();
    const buffer = await collect((out) => writeCsv(out, table.columns, table.rows, table.total));
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: string[][] = parse(buffer.toString('utf8').slice(1));
    expect(records[0][1]).toBe('Cơ quan/địa phương');
    expect(records[0][3]).toBe('Đã hoàn thành — Tổng');
    const expected = await provinceFigures();
    for (const record of records.slice(1, -1)) {
      const f = expected.get(record[1])!;
      expect(record.slice(2, 3).map(Number)).toEqual([f.total]);
      expect(Number(record[8])).toBe(f.overdue);
    }
    expect(records).toHaveLength(expected.size + 2);
  });

  it('CSV neutralises formulas in text and keeps numbers as numbers', async () => {
    const columns = [
      { key: 'a', header: 'A', kind: 'text' as const },
      { key: 'n', header: 'N', kind: 'int' as const },
    ];
    const buffer = await collect((out) => writeCsv(out, columns, [{ a: '=HYPERLINK("http://x")', n: -5 }]));
    const [, row] = parse(buffer.toString('utf8').slice(1)) as string[][];
    expect(row).toEqual(['\'=HYPERLINK("http://x")', '-5']);
  });

  it('XLSX writes a formula-looking text as a plain string, never as a formula', async () => {
    const columns = [{ key: 'a', header: 'A', kind: 'text' as const }];
    const buffer = await collect((out) =>
      writeXlsx(out, { title: 'T', columns }, [{ a: '=1+1' }, { a: '@SUM(A1)' }], meta, labels),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const cell = workbook.worksheets[0].getCell('A7');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=1+1');
    expect(workbook.worksheets[0].getCell('A8').type).toBe(ExcelJS.ValueType.String);
  });

  it('DOCX: the Party header, the place-date line, the table rows and the signature', async () => {
    const table = await nationalTable();
    const buffer = await writeDocx(
      table,
      {
        sector: 'party',
        parentBody: 'Thành ủy Hải Phòng',
        issuingBody: 'Ban Dân vận',
        number: '12-BC/BDV',
        placeDate: placeDateLine('Hải Phòng', '2024-05-25'),
        subject: 'Kết quả thực hiện nhiệm vụ',
        recipients: ['Ban Chỉ đạo Trung ương'],
        signerTitle: 'T/M Ban Dân vận',
        signerName: 'Lê Trí Vũ',
      },
      words,
    );
    const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
    for (const text of [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'THÀNH ỦY HẢI PHÒNG',
      'BAN DÂN VẬN',
      'Số 12-BC/BDV',
      'Hải Phòng, ngày 25 tháng 5 năm 2024',
      'BÁO CÁO',
      'Nơi nhận',
      'Lê Trí Vũ',
      'Times New Roman',
    ]) {
      expect(xml).toContain(text);
    }
    expect(xml).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(xml).toContain('w:titlePg'); // page numbers from page 2
    // header (2 rows) + a row per organization + the total row, in the summary table
    const rows = (xml.match(/<w:tr>|<w:tr /g) ?? []).length;
    expect(rows).toBe(1 /* header block */ + 2 + table.rows.length + 1 + 1 /* signature block */);
  });

  it('DOCX for a state body carries the national motto header', async () => {
    const table = await nationalTable();
    const buffer = await writeDocx(
      table,
      {
        sector: 'state',
        parentBody: 'Chính phủ',
        issuingBody: 'Bộ Nội vụ',
        number: '15/BC-BNV',
        placeDate: placeDateLine('Hà Nội', '2025-02-05'),
        subject: 'Kết quả',
        recipients: [],
        signerTitle: 'KT. Bộ trưởng',
        signerName: 'Nguyễn Văn A',
      },
      words,
    );
    const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(xml).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(xml).toContain('Hà Nội, ngày 05 tháng 02 năm 2025');
  });

  const office = ['/usr/bin/libreoffice', '/usr/bin/soffice'].find((p) => existsSync(p));
  // LibreOffice opens the files as an office suite would. CI installs it; elsewhere it may be absent.
  it.runIf(office || process.env.CI)(
    'LibreOffice opens the XLSX and the DOCX and prints them to PDF',
    async () => {
      expect(office, 'LibreOffice is required in CI').toBeTruthy();
      const table = await nationalTable();
      const dir = mkdtempSync(path.join(tmpdir(), 'office-'));
      writeFileSync(
        path.join(dir, 'report.xlsx'),
        await collect((out) => writeXlsx(out, table, table.rows, meta, labels)),
      );
      const docx = await writeDocx(
        table,
        {
          sector: 'state',
          parentBody: '',
          issuingBody: 'Bộ Nội vụ',
          number: '1/BC',
          placeDate: placeDateLine('Hà Nội', today()),
          subject: 'Kết quả',
          recipients: ['Ban Chỉ đạo'],
          signerTitle: 'Bộ trưởng',
          signerName: 'Nguyễn Văn A',
        },
        words,
      );
      writeFileSync(path.join(dir, 'document.docx'), docx);
      execFileSync(
        office!,
        ['--headless', '--convert-to', 'pdf', '--outdir', dir, 'report.xlsx', 'document.docx'],
        {
          cwd: dir,
          timeout: 120_000,
          env: { ...process.env, HOME: dir },
        },
      );
      for (const name of ['report.pdf', 'document.pdf']) {
        const pdf = readFileSync(path.join(dir, name));
        expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
        expect(pdf.length).toBeGreaterThan(5000);
      }
    },
    180_000,
  );
});

describe('task list export', () => {
  it('CSV of the detail list: the same in small batches as in one, dates dd/MM/yyyy, statuses in words', async () => {
    const list = REPORTS.tasks;
    if (list.kind !== 'list') throw new Error('the task list is a list');
    const viewer = await viewerFor('lanhdao');
    const params = parseListParams({}).data!;
    const csvOf = (batchSize?: number) =>
      collect((out) =>
        writeCsv(out, list.columns(t), list.rows(viewer, params, today(), t, 'vi', batchSize)),
      );
    const whole = await csvOf();
    // 7 rows a batch: many batches, each read ahead while the one before is written.
    expect((await csvOf(7)).equals(whole)).toBe(true);

    const records: string[][] = parse(whole, { bom: true, relax_column_count: false });
    expect(records[0][0]).toBe(t('reports.columns.code'));
    const body = records.slice(1);
    const tasks = await selectRows<{ code: string; due_on: string; status: TaskStatus }>(
      db,
      sql`SELECT code, due_on::text, status FROM tasks`,
    );
    const byCode = new Map(tasks.map((task) => [task.code, task]));
    expect(body.length).toBeGreaterThan(7);
    expect(body.map((r) => r[0])).toEqual(body.map((r) => r[0]).sort());
    // columns found by their heading: the list grows columns (supporting units, parent, evidence)
    const column = (key: string) => records[0].indexOf(t(`reports.columns.${key}`));
    const [dueAt, statusAt] = [column('dueOn'), column('status')];
    expect(dueAt).toBeGreaterThan(0);
    expect(statusAt).toBeGreaterThan(0);
    for (const row of body) {
      const task = byCode.get(row[0])!;
      expect(row[dueAt]).toBe(formatDate(task.due_on));
      expect(row[statusAt]).toBe(t(`tasks.status.${task.status}`));
    }
  });
});

describe('an export in the log', () => {
  const exportEvents = async (code: string) =>
    (
      await selectRows<{ n: number }>(
        db,
        sql`SELECT count(*)::int AS n FROM events WHERE action = 'report.export' AND entity_code = ${code}`,
      )
    )[0].n;

  it('is recorded before the first byte is sent, even if the client never reads', async () => {
    const viewer = await viewerFor('lanhdao');
    let seenAtFirstByte: number | null = null;
    const response = await streamDownload(
      'x.csv',
      'csv',
      () =>
        recordEvent(db, {
          actorId: viewer.id,
          organizationId: viewer.org.id,
          entityType: 'report',
          entityCode: 'before-first-byte',
          action: 'report.export',
        }),
      async (output) => {
        seenAtFirstByte = await exportEvents('before-first-byte');
        await writeCsv(output, [{ key: 'a', header: 'A', kind: 'text' }], [{ a: 'x' }]);
        return 1;
      },
    );
    // The event is there when the response is handed over, before a byte was read.
    expect(await exportEvents('before-first-byte')).toBe(1);
    expect(await response.text()).toContain('x');
    expect(seenAtFirstByte).toBe(1);
  });

  it('sends nothing when the export cannot be recorded', async () => {
    let written = false;
    await expect(
      streamDownload(
        'x.csv',
        'csv',
        () =>
          recordEvent(db, {
            actorId: -1, // no such user: the insert fails on its foreign key
            entityType: 'report',
            entityCode: 'not-recorded',
            action: 'report.export',
          }),
        async () => {
          written = true;
          return 0;
        },
      ),
    ).rejects.toThrow();
    expect(written).toBe(false);
    expect(await exportEvents('not-recorded')).toBe(0);
  });
});
