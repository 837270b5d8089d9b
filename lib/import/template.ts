import ExcelJS from 'exceljs';
import {
  RECOMMENDATION_CATEGORIES,
  type RecommendationCategory,
  type RecommendationStatus,
} from '@/lib/domain/recommendations';
import { TASK_STATUSES, type TaskStatus } from '@/lib/domain/tasks';
import vi from '@/messages/vi.json';
import { RECOMMENDATION_COLUMNS } from './recommendation-rows';
import type { ColumnSpec } from './rows';
import { templateDay } from './rows';
import { TASK_COLUMNS } from './task-rows';

/** A drop-down list of the template: the column it applies to and the values it offers. */
export type TemplateList<K extends string> = {
  column: K;
  title: string;
  values: string[];
  /** false: a value outside the list is allowed (e.g. an organization written by name). */
  strict: boolean;
};

export type TemplateSpec<K extends string> = {
  sheetName: string;
  columns: readonly ColumnSpec<K>[];
  wide: readonly K[];
  rows: Partial<Record<K, string | number>>[];
  lists: TemplateList<K>[];
  help: readonly string[];
};

/**
 * An import template: one sheet with the Vietnamese headers (and, when asked, the records the
 * coordinator already has, so that an unchanged file re-imports as unchanged), drop-down lists
 * kept on a hidden sheet, and an instructions sheet.
 */
export async function buildTemplate<K extends string>(spec: TemplateSpec<K>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const help = workbook.addWorksheet(vi.import.sheets.help);
  const lists = workbook.addWorksheet(vi.import.sheets.lists, { state: 'hidden' });
  sheet.columns = spec.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: spec.wide.includes(c.key) ? 50 : 18,
  }));
  sheet.getRow(1).font = { bold: true };
  // Values are written as text cells, which no spreadsheet evaluates: unlike a CSV export they
  // need no "'" in front of a leading "=", and a pre-filled template re-imports unchanged.
  for (const row of spec.rows) sheet.addRow(row);
  const lastRow = Math.max(spec.rows.length + 200, 1000);
  spec.lists.forEach((list, i) => {
    const letter = String.fromCharCode(65 + i);
    lists.getColumn(i + 1).values = [list.title, ...list.values];
    const column = spec.columns.findIndex((c) => c.key === list.column) + 1;
    const range = `'${vi.import.sheets.lists}'!$${letter}$2:$${letter}$${Math.max(list.values.length, 1) + 1}`;
    for (let r = 2; r <= lastRow; r++) {
      sheet.getCell(r, column).dataValidation = {
        type: 'list',
        allowBlank: true,
        showErrorMessage: list.strict,
        formulae: [range],
      };
    }
  });
  help.getColumn(1).width = 110;
  for (const line of spec.help) help.addRow([line]);
  help.getRow(1).font = { bold: true, size: 14 };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type TemplateTask = {
  code: string;
  title: string;
  description: string | null;
  assignee: string;
  dueOn: string;
  status: TaskStatus;
  progress: number;
  /** why a row extends, cancels, returns or reopens its task (the forms' reason); empty otherwise */
  reason?: string;
  /** the supporting units' codes, separated by `;` */
  supporting?: string | null;
  /** the parent task's code (a cascaded task) */
  parent?: string | null;
};

/** The task import template, optionally with the coordinator's current tasks. */
export async function taskTemplate(
  orgs: { code: string; nameVi: string }[],
  existing: TemplateTask[],
): Promise<Buffer> {
  return buildTemplate({
    sheetName: vi.import.sheets.tasks,
    columns: TASK_COLUMNS,
    wide: ['title', 'description'],
    rows: existing.map((task) => ({
      code: task.code,
      title: task.title,
      description: task.description ?? '',
      assignee: task.assignee,
      dueOn: templateDay(task.dueOn),
      status: vi.tasks.status[task.status],
      progress: task.progress,
      reason: task.reason ?? '',
      supporting: task.supporting ?? '',
      parent: task.parent ?? '',
    })),
    lists: [
      {
        column: 'status',
        title: vi.import.lists.status,
        values: TASK_STATUSES.map((s) => vi.tasks.status[s]),
        strict: true,
      },
      { column: 'assignee', title: vi.import.lists.assignee, values: orgs.map((o) => o.code), strict: false },
    ],
    help: vi.import.templateHelp,
  });
}

export type TemplateRecommendation = {
  code: string;
  text: string;
  category: RecommendationCategory;
  addressees: string;
  source: string;
  session: string | null;
  tasks: string;
  responseDueOn: string | null;
  status: RecommendationStatus;
};

/** The recommendation import template, optionally with the recommendations of one's scope. */
export async function recommendationTemplate(
  lists: { addressees: string[]; sources: string[]; sessions: string[] },
  existing: TemplateRecommendation[],
): Promise<Buffer> {
  return buildTemplate({
    sheetName: vi.recommendationImport.sheet,
    columns: RECOMMENDATION_COLUMNS,
    wide: ['text'],
    rows: existing.map((rec) => ({
      code: rec.code,
      text: rec.text,
      category: vi.recommendations.categories[rec.category],
      addressees: rec.addressees,
      source: rec.source,
      session: rec.session ?? '',
      tasks: rec.tasks,
      responseDueOn: rec.responseDueOn ? templateDay(rec.responseDueOn) : '',
      status: vi.recommendationStatus[rec.status],
    })),
    lists: [
      {
        column: 'category',
        title: vi.recommendationImport.lists.category,
        values: RECOMMENDATION_CATEGORIES.map((c) => vi.recommendations.categories[c]),
        strict: true,
      },
      // Several addressees go in one cell: the list helps with the first, others are typed.
      {
        column: 'addressees',
        title: vi.recommendationImport.lists.addressees,
        values: lists.addressees,
        strict: false,
      },
      { column: 'source', title: vi.recommendationImport.lists.source, values: lists.sources, strict: false },
      {
        column: 'session',
        title: vi.recommendationImport.lists.session,
        values: lists.sessions,
        strict: false,
      },
      {
        column: 'status',
        title: vi.recommendationImport.lists.status,
        values: [vi.recommendationStatus.draft, vi.recommendationStatus.submitted],
        strict: false,
      },
    ],
    help: vi.recommendationImport.templateHelp,
  });
}
