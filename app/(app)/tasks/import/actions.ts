'use server';

import { revalidatePath } from 'next/cache';
import { commitTaskImport, dryRunTaskImport, mayImportTasks } from '@/db/queries/task-import';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { runImportAction } from '@/lib/import/action';
import type { ImportState } from '@/lib/import/outcome';
import { readTaskRows } from '@/lib/import/task-rows';

/** Dry run or commit of a task spreadsheet (see `runImportAction`). */
export async function importTasks(_prev: ImportState, form: FormData): Promise<ImportState> {
  const viewer = await getViewer();
  if (!mayImportTasks(viewer)) return { status: 'error', message: 'import.errors.forbidden' };
  const day = today();
  return runImportAction(form, {
    readRows: readTaskRows,
    dryRun: (rows) => dryRunTaskImport(viewer, rows, day),
    commit: (fileName, rows, expected) => commitTaskImport(viewer, fileName, rows, day, expected),
    revalidate: () => revalidatePath('/tasks'),
  });
}
