import ExcelJS from 'exceljs';
import { TASK_STATUSES, type TaskStatus } from '@/lib/domain/tasks';
import { neutralizeFormula } from '@/lib/export/table';
import vi from '@/messages/vi.json';
import { TASK_COLUMNS } from './task-rows';

export type TemplateTask = {
  code: string;
  title: string;
  description: string | null;
  assignee: string;
  dueOn: string;
  status: TaskStatus;
  progress: number;
};

/**
 * The task import template: a sheet with the Vietnamese headers (and, when asked, the tasks the
 * coordinator already has, so that an unchanged file re-imports as unchanged), drop-down lists
 * for status and organization codes, and an instructions sheet.
 */
export async function taskTemplate(
  orgs: { code: string; nameVi: string }[],
  existing: TemplateTask[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Nhiệm vụ', { views: [{ state: 'frozen', ySplit: 1 }] });
  const help = workbook.addWorksheet('Hướng dẫn');
  const lists = workbook.addWorksheet('Danh mục', { state: 'hidden' });
  sheet.columns = TASK_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.key === 'title' || c.key === 'description' ? 50 : 18,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const task of existing) {
    sheet.addRow({
      code: task.code,
      title: neutralizeFormula(task.title),
      description: task.description ? neutralizeFormula(task.description) : '',
      assignee: task.assignee,
      dueOn: task.dueOn.split('-').reverse().join('/'),
      status: vi.tasks.status[task.status],
      progress: task.progress,
    });
  }
  const statuses = TASK_STATUSES.map((s) => vi.tasks.status[s]);
  lists.getColumn(1).values = ['Trạng thái', ...statuses];
  lists.getColumn(2).values = ['Mã đơn vị', ...orgs.map((o) => o.code)];
  lists.getColumn(3).values = ['Tên đơn vị', ...orgs.map((o) => o.nameVi)];
  const lastRow = Math.max(existing.length + 200, 1000);
  const statusCol = TASK_COLUMNS.findIndex((c) => c.key === 'status') + 1;
  const orgCol = TASK_COLUMNS.findIndex((c) => c.key === 'assignee') + 1;
  for (let r = 2; r <= lastRow; r++) {
    sheet.getCell(r, statusCol).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`'Danh mục'!$A$2:$A$${statuses.length + 1}`],
    };
    sheet.getCell(r, orgCol).dataValidation = {
      type: 'list',
      allowBlank: false,
      showErrorMessage: false,
      formulae: [`'Danh mục'!$B$2:$B$${Math.max(orgs.length, 1) + 1}`],
    };
  }
  help.getColumn(1).width = 110;
  for (const line of vi.import.templateHelp) help.addRow([line]);
  help.getRow(1).font = { bold: true, size: 14 };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
