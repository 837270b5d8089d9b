'use server';

import { revalidatePath } from 'next/cache';
import { mayImportTasks, taskImportHandlers } from '@/db/queries/task-import';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { runImportAction } from '@/lib/import/action';
import type { ImportState } from '@/lib/import/outcome';

/** Dry run or commit of a task spreadsheet (see `runImportAction`). */
export async function importTasks(_prev: ImportState, form: FormData): Promise<ImportState> {
  const viewer = await getViewer();
  if (!mayImportTasks(viewer)) return { status: 'error', message: 'import.errors.forbidden' };
  return runImportAction(form, {
    ...taskImportHandlers(viewer, today()),
    revalidate: () => revalidatePath('/tasks'),
  });
}
