import { revalidatePath } from 'next/cache';
import {
  commitRecommendationImport,
  dryRunRecommendationImport,
  mayImportRecommendations,
} from '@/db/queries/recommendation-import';
import type { Viewer } from '@/db/queries/viewer';
import { today } from '@/lib/clock';
import type { UploadAnswer } from '@/lib/http/upload';
import { runImportAction } from '@/lib/import/action';
import type { ImportState } from '@/lib/import/outcome';
import { readRecommendationRows } from '@/lib/import/recommendation-rows';

/** Dry run or commit of a recommendation spreadsheet (see `runImportAction`), posted to its upload route. */
export async function importRecommendations(
  viewer: Viewer,
  form: FormData,
): Promise<UploadAnswer<ImportState>> {
  if (!mayImportRecommendations(viewer)) {
    return { status: 403, body: { status: 'error', message: 'recommendationImport.errors.forbidden' } };
  }
  const day = today();
  const state = await runImportAction(form, {
    readRows: readRecommendationRows,
    dryRun: (rows) => dryRunRecommendationImport(viewer, rows, day),
    commit: (fileName, rows, expected) => commitRecommendationImport(viewer, fileName, rows, day, expected),
    revalidate: () => revalidatePath('/recommendations'),
  });
  return { status: 200, body: state };
}
