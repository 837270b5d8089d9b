import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { events, tasks } from '@/db/schema';
import { readSpreadsheet } from '@/lib/import/spreadsheet';
import { readTaskRows } from '@/lib/import/task-rows';
import { taskTemplate } from '@/lib/import/template';
import { TaskCreateInput } from '@/lib/validations/tasks';
import { viewerFor } from '@/tests/viewers';
import type { ImportOutcome } from './import-run';
import { taskExportRows } from './report-rows';
import { createTask } from './task-edits';
import { commitTaskImport, dryRunTaskImport, templateData } from './task-import';

/** The optional "Nhiệm vụ cha" column of the task import (issue 17): a new row cascades from it. */

const TODAY = '2026-11-15';
const HEADER =
  'Mã nhiệm vụ,Tên nhiệm vụ,Mô tả,Đơn vị thực hiện,Hạn hoàn thành,Trạng thái,Tiến độ (%),Lý do,Đơn vị phối hợp,Nhiệm vụ cha';

async function rowsOf(bytes: Uint8Array) {
  const sheet = await readSpreadsheet(bytes);
  if (!sheet.ok) throw new Error(sheet.problem.key);
  const table = readTaskRows(sheet.rows);
  if ('missing' in table) throw new Error(table.missing.join());
  return table.rows;
}
const csv = (...lines: string[]) => rowsOf(new TextEncoder().encode([HEADER, ...lines].join('\n')));

function summaryOf(result: ImportOutcome) {
  if ('conflict' in result) throw new Error('unexpected conflict');
  return result.summary;
}

async function taskCount() {
  const [t] = await db.select({ n: count() }).from(tasks);
  const [e] = await db.select({ n: count() }).from(events);
  return { tasks: t.n, events: e.n };
}

async function parentOf(code: string) {
  const [row] = await db.select({ parentId: tasks.parentId }).from(tasks).where(eq(tasks.code, code));
  if (!row?.parentId) return null;
  const [parent] = await db.select({ code: tasks.code }).from(tasks).where(eq(tasks.id, row.parentId));
  return parent.code;
}

beforeAll(async () => {
  // Parents made by the national coordinator: one for Hải Phòng (P31), one for another province.
  const national = await viewerFor('dieuphoi');
  for (const [code, assignee] of [
    ['NV-IMP-HP', 'P31'],
    ['NV-IMP-P01', 'P01'],
  ]) {
    const input = TaskCreateInput.parse({
      code,
      review: 'TK20-NQ23',
      title: `Nhiệm vụ cha ${code}`,
      description: '',
      assignee,
      dueOn: '2027-03-31',
      session: '',
      recommendations: [],
    });
    const result = await createTask(national, input, TODAY);
    if (!result.ok) throw new Error(JSON.stringify(result));
  }
});

describe('task import: the parent task column', () => {
  it('cascades a new row from the parent it names, with the link in both histories', async () => {
    const city = await viewerFor('hp.dieuphoi');
    const rows = await csv(
      'NV-IMP-C1,Xây dựng báo cáo chuyên đề dân vận,,HP-BDV,31/03/2027,,,,,NV-IMP-HP',
      'NV-IMP-C2,Nhiệm vụ không có cha,,HP-BDV,31/03/2027,,,,,',
    );
    expect((await dryRunTaskImport(city, rows, TODAY)).errors).toEqual([]);
    const before = await taskCount();
    const result = summaryOf(await commitTaskImport(city, 'con.csv', rows, TODAY));
    expect(result.errors).toEqual([]);
    expect(result.counts).toEqual({ create: 2, update: 0, unchanged: 0 });
    // two tasks; their two events, the parent's cascade event and the import's own
    expect(await taskCount()).toEqual({ tasks: before.tasks + 2, events: before.events + 4 });
    expect(await parentOf('NV-IMP-C1')).toBe('NV-IMP-HP');
    expect(await parentOf('NV-IMP-C2')).toBeNull();
    const cascade = await db
      .select({ toValue: events.toValue, data: events.data })
      .from(events)
      .where(and(eq(events.entityCode, 'NV-IMP-HP'), eq(events.action, 'task.cascade')));
    expect(cascade).toEqual([
      {
        toValue: 'NV-IMP-C1',
        data: expect.objectContaining({ child: 'NV-IMP-C1', import: 'con.csv', line: 2 }),
      },
    ]);
  });

  it('refuses a bad code, a parent out of scope and the cascade rules, row by row, writing nothing', async () => {
    const city = await viewerFor('hp.dieuphoi');
    const rows = await csv(
      ',Cha không tồn tại,,HP-BDV,31/03/2027,,,,,NV-KHONG-CO',
      ',Cha của tỉnh khác,,HP-BDV,31/03/2027,,,,,NV-IMP-P01',
      ',Hạn sau hạn của cha,,HP-BDV,30/04/2027,,,,,NV-IMP-HP',
      // NV-HP-06 is led by HP-BDV: the Front is not inside it
      ',Đơn vị ngoài đơn vị của cha,,HP-MTTQ,31/03/2027,,,,,NV-HP-06',
      ',Mã sai,,HP-BDV,31/03/2027,,,,,không phải mã',
      ',Dòng đúng,,HP-BDV,31/03/2027,,,,,NV-IMP-HP',
    );
    const before = await taskCount();
    const result = summaryOf(await commitTaskImport(city, 'sai.csv', rows, TODAY));
    expect(result.errors).toEqual([
      { line: 2, column: 'parent', key: 'cascade.errors.parentInvalid' },
      { line: 3, column: 'parent', key: 'cascade.errors.parentInvalid' },
      { line: 4, column: 'dueOn', key: 'cascade.errors.dueAfterParent' },
      { line: 5, column: 'assignee', key: 'cascade.errors.outsideParentUnit' },
      { line: 6, column: 'parent', key: 'cascade.errors.parentInvalid' },
    ]);
    expect(await taskCount()).toEqual(before);
  });

  it('refuses a new assignee that breaks the cascade, and a new row whose parent another row changes', async () => {
    const national = await viewerFor('dieuphoi');
    // NV-IMP-HP (P31) has NV-IMP-C1 (HP-BDV): the city office (HP-VPTU) does not hold HP-BDV
    const moved = await csv('NV-IMP-HP,Nhiệm vụ cha NV-IMP-HP,,HP-VPTU,31/03/2027,,,,,');
    expect((await dryRunTaskImport(national, moved, TODAY)).errors).toEqual([
      { line: 2, column: 'assignee', key: 'cascade.errors.childrenOutside' },
    ]);
    const both = await csv(
      ',Con mới của cha đang sửa,,HP-BDV,31/01/2027,,,,,NV-IMP-HP',
      'NV-IMP-HP,Nhiệm vụ cha NV-IMP-HP,,P31,30/04/2027,,,Gia hạn theo kế hoạch mới,,',
    );
    const before = await taskCount();
    const result = summaryOf(await commitTaskImport(national, 'cha-con.csv', both, TODAY));
    expect(result.errors).toEqual([{ line: 2, column: 'parent', key: 'import.errors.parentChangedInFile' }]);
    expect(await taskCount()).toEqual(before);
  });

  it('round trip: the template and the export carry the parent; an existing task keeps it', async () => {
    const city = await viewerFor('hp.dieuphoi');
    const { orgs, existing } = await templateData(city, TODAY, true);
    expect(existing.find((t) => t.code === 'NV-IMP-C1')).toMatchObject({ parent: 'NV-IMP-HP' });
    expect(existing.find((t) => t.code === 'NV-HP-01')).toMatchObject({ parent: 'NV-HP-00' });
    const rows = await rowsOf(new Uint8Array(await taskTemplate(orgs, existing)));
    expect(rows.find((r) => r.values.code === 'NV-IMP-C1')?.values.parent).toBe('NV-IMP-HP');
    const again = summaryOf(await commitTaskImport(city, 'lai.xlsx', rows, TODAY));
    expect(again.errors).toEqual([]);
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: existing.length });

    const exported = [];
    for await (const batch of taskExportRows(city, { q: 'NV-IMP-C' }, TODAY)) exported.push(...batch);
    expect(exported.map((r) => [r.code, r.parent])).toEqual(
      expect.arrayContaining([
        ['NV-IMP-C1', 'NV-IMP-HP'],
        ['NV-IMP-C2', null],
      ]),
    );

    // the link is never moved by a file: naming another parent is refused; an empty cell keeps it
    const moved = await csv(
      'NV-IMP-C1,Xây dựng báo cáo chuyên đề dân vận,,HP-BDV,31/03/2027,,,,,NV-HP-06',
      'NV-IMP-C2,Nhiệm vụ không có cha,,HP-BDV,31/03/2027,,,,,NV-IMP-HP',
    );
    expect((await dryRunTaskImport(city, moved, TODAY)).errors).toEqual([
      { line: 2, column: 'parent', key: 'import.errors.parentChange' },
      { line: 3, column: 'parent', key: 'import.errors.parentChange' },
    ]);
    const kept = await csv('NV-IMP-C1,Xây dựng báo cáo chuyên đề dân vận,,HP-BDV,31/03/2027,,,,,');
    expect((await dryRunTaskImport(city, kept, TODAY)).counts).toEqual({
      create: 0,
      update: 0,
      unchanged: 1,
    });
  });
});
