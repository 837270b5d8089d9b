import { revalidatePath } from 'next/cache';
import { mayImportTasks, taskImportHandlers } from '@/db/queries/task-import';
import type { Viewer } from '@/db/queries/viewer';
import { today } from '@/lib/clock';
import type { UploadAnswer } from '@/lib/http/upload';
import { runImportAction } from '@/lib/import/action';
import type { ImportState } from '@/lib/import/outcome';

/** Dry run or commit of a task spreadsheet (see `runImportAction`), posted to its upload route. */
export async function importTasks(viewer: Viewer, form: FormData): Promise<UploadAnswer<ImportState>> {
  if (!mayImportTasks(viewer))
    return { status: 403, body: { status: 'error', message: 'import.errors.forbidden' } };
  const state = await runImportAction(form, {
    ...taskImportHandlers(viewer, today()),
    revalidate: () => revalidatePath('/tasks'),
  });
  return { status: 200, body: state };
}
