import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { REPORTS } from '@/app/(app)/reports/definitions';
import { tasksByOrganization } from '@/db/queries/dashboard-breakdown';
import { today } from '@/lib/clock';
import { rates } from '@/lib/domain/figures';
import { figureView } from '@/lib/figure-filters';
import vi from '@/messages/vi.json';
import { collect } from '@/tests/export-helpers';
import { viewerFor } from '@/tests/viewers';
import { documentWords, writeDocx } from './docx';
import type { ReportTable } from './table';
import { writeXlsx } from './xlsx';

const t = (key: string, values?: Record<string, string>) =>
  Object.entries(values ?? {}).reduce(
    (text, [name, value]) => text.replace(`{${name}}`, value),
    key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], vi) as string,
  );
const meta = {
  filters: 'So sánh với ngày: 01/10/2026',
  asOf: '15/11/2026',
  exportedAt: '10:00 15/11/2026',
  exportedBy: 'x',
};
const labels = {
  filters: 'Bộ lọc',
  asOf: 'Tính đến',
  exportedAt: 'Xuất lúc',
  exportedBy: 'Người xuất',
  total: 'Tổng cộng',
};
const COMPARE = '2026-10-01';

async function comparedTable(login: string): Promise<ReportTable> {
  const definition = REPORTS['task-results'];
  if (definition.kind !== 'summary') throw new Error('task-results is a summary');
  return definition.build(await viewerFor(login), figureView({ compare: COMPARE }), t, 'vi');
}

/** Where a run may leave the files to open them with LibreOffice and look at them. */
function keep(name: string, bytes: Uint8Array) {
  const dir = process.env.EXPORT_SAMPLES_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), bytes);
}

describe('the task results summary with a compare day', () => {
  it('XLSX: the compare day named over its figures and over the change, each equal to asOf=compare', async () => {
    const viewer = await viewerFor('hp.lanhdao');
    const table = await comparedTable('hp.lanhdao');
    const buffer = await collect((out) => writeXlsx(out, table, table.rows, meta, labels));
    keep('task-results-compare.xlsx', buffer);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    // title rows, then the group header row and the column header row
    let groupRow = 0;
    sheet.eachRow((row, n) => {
      if ((row.values as unknown[]).includes('Tại ngày 01/10/2026')) groupRow = n;
    });
    expect(groupRow).toBeGreaterThan(0);
    const groups = sheet.getRow(groupRow).values as unknown[];
    expect(groups).toContain('Thay đổi so với ngày 01/10/2026');
    const column = (group: string, header: string) => {
      const headers = sheet.getRow(groupRow + 1).values as unknown[];
      // merged group cells repeat their text in ExcelJS: the first header under the group
      const from = groups.indexOf(group);
      return headers.indexOf(header, from);
    };
    const thenTotal = column('Tại ngày 01/10/2026', 'Tổng số nhiệm vụ');
    const thenCompleted = column('Tại ngày 01/10/2026', 'Đã hoàn thành');
    const changeCompleted = column('Thay đổi so với ngày 01/10/2026', 'Đã hoàn thành');
    const changeTotal = column('Thay đổi so với ngày 01/10/2026', 'Tổng số nhiệm vụ');
    expect(Math.min(thenTotal, thenCompleted, changeCompleted, changeTotal)).toBeGreaterThan(0);
    expect(sheet.getRow(groupRow + 2).getCell(changeCompleted).numFmt).toBe('+#,##0;-#,##0;#,##0');

    const before = new Map(
      (await tasksByOrganization(viewer, { asOf: COMPARE })).map((g) => [g.nameVi, g] as const),
    );
    const now = new Map(
      (await tasksByOrganization(viewer, { asOf: today() })).map((g) => [g.nameVi, g] as const),
    );
    let moved = 0;
    for (let r = groupRow + 2; r < groupRow + 2 + table.rows.length; r++) {
      const row = sheet.getRow(r);
      const name = String(row.getCell(2).value);
      const then = before.get(name);
      const current = now.get(name);
      const thenCounts = then ? rates(then, 0) : { counted: 0, completed: 0 };
      const nowCounts = current ? rates(current, 0) : { counted: 0, completed: 0 };
      expect(row.getCell(thenTotal).value, name).toBe(thenCounts.counted);
      expect(row.getCell(thenCompleted).value, name).toBe(thenCounts.completed);
      expect(row.getCell(changeCompleted).value, name).toBe(nowCounts.completed - thenCounts.completed);
      expect(row.getCell(changeTotal).value, name).toBe(nowCounts.counted - thenCounts.counted);
      if (nowCounts.completed !== thenCounts.completed || nowCounts.counted !== thenCounts.counted) moved++;
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('DOCX: the compare columns and their headings in the Word table', async () => {
    const table = await comparedTable('lanhdao');
    expect(table.columns.map((c) => c.key)).toEqual(
      expect.arrayContaining([
        'then_total',
        'then_completionRate',
        'change_completed',
        'change_completionRate',
      ]),
    );
    const buffer = await writeDocx(
      table,
      {
        sector: 'state',
        parentBody: '',
        issuingBody: 'Ban Chỉ đạo',
        number: '1/BC',
        placeDate: 'Hà Nội, ngày 15 tháng 11 năm 2026',
        subject: 'Kết quả',
        recipients: [],
        signerTitle: 'Trưởng ban',
        signerName: 'Nguyễn Văn A',
      },
      documentWords((key, values) => t(key, values as Record<string, string>)),
    );
    keep('task-results-compare.docx', buffer);
    const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Tại ngày 01/10/2026');
    expect(xml).toContain('Thay đổi so với ngày 01/10/2026');
    expect(xml).toContain('Tỷ lệ hoàn thành (± điểm phần trăm)');
    // a change is written with its sign
    const total = table.total!;
    const change = total.change_completed as number;
    expect(change).toBe((total.completed as number) - (total.then_completed as number));
    expect(xml).toContain(`${change > 0 ? '+' : ''}${change.toLocaleString('vi-VN')}`);
  });
});
