'use server';

import { revalidatePath } from 'next/cache';
import {
  commitTaskImport,
  dryRunTaskImport,
  type ImportSummary,
  mayImportTasks,
} from '@/db/queries/task-import';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { readSpreadsheet } from '@/lib/import/spreadsheet';
import { readTaskRows } from '@/lib/import/task-rows';

export type ImportState = {
  status: 'idle' | 'checked' | 'done' | 'error';
  message?: string;
  params?: Record<string, string | number>;
  summary?: ImportSummary;
  fileName?: string;
};

/**
 * Dry run or commit of a task spreadsheet. The commit re-submits the same file, which is parsed
 * and checked again inside the write's transaction: nothing the client sends back is trusted.
 */
export async function importTasks(_prev: ImportState, form: FormData): Promise<ImportState> {
  const viewer = await getViewer();
  if (!mayImportTasks(viewer)) return { status: 'error', message: 'import.errors.forbidden' };
  const file = form.get('file');
  const mode = form.get('mode') === 'commit' ? 'commit' : 'check';
  if (!(file instanceof File) || file.size === 0) return { status: 'error', message: 'import.file.required' };
  const fileName = file.name.slice(0, 200);
  if (file.size > 10 * 1024 * 1024)
    return { status: 'error', message: 'import.file.tooLarge', params: { max: 10 } };
  const sheet = await readSpreadsheet(new Uint8Array(await file.arrayBuffer()));
  if (!sheet.ok)
    return { status: 'error', message: sheet.problem.key, params: sheet.problem.params, fileName };
  const table = readTaskRows(sheet.rows);
  if ('missing' in table) {
    return {
      status: 'error',
      message: 'import.file.missingColumns',
      params: { columns: table.missing.join(', ') },
      fileName,
    };
  }
  if (table.rows.length === 0) return { status: 'error', message: 'import.file.noRows', fileName };
  const day = today();
  if (mode === 'check') {
    return { status: 'checked', summary: await dryRunTaskImport(viewer, table.rows, day), fileName };
  }
  const result = await commitTaskImport(viewer, fileName, table.rows, day);
  if (!result.ok) return { status: 'checked', summary: result.summary, fileName };
  revalidatePath('/tasks');
  return { status: 'done', summary: result.summary, fileName };
}
