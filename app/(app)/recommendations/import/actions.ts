'use server';

import { revalidatePath } from 'next/cache';
import {
  commitRecommendationImport,
  dryRunRecommendationImport,
  mayImportRecommendations,
} from '@/db/queries/recommendation-import';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { runImportAction } from '@/lib/import/action';
import type { ImportState } from '@/lib/import/outcome';
import { readRecommendationRows } from '@/lib/import/recommendation-rows';

/** Dry run or commit of a recommendation spreadsheet (see `runImportAction`). */
export async function importRecommendations(_prev: ImportState, form: FormData): Promise<ImportState> {
  const viewer = await getViewer();
  if (!mayImportRecommendations(viewer)) {
    return { status: 'error', message: 'recommendationImport.errors.forbidden' };
  }
  const day = today();
  return runImportAction(form, {
    readRows: readRecommendationRows,
    dryRun: (rows) => dryRunRecommendationImport(viewer, rows, day),
    commit: (fileName, rows, expected) => commitRecommendationImport(viewer, fileName, rows, day, expected),
    revalidate: () => revalidatePath('/recommendations'),
  });
}
