import { z } from 'zod';
import type { ImportOutcome, ImportState, ImportSummary } from './outcome';
import { MAX_FILE_BYTES, readSpreadsheet } from './spreadsheet';

/** What one import plugs into the shared action: how it reads rows, checks and commits them. */
export type ImportHandlers<R> = {
  readRows: (rows: string[][]) => { rows: R[] } | { missing: string[] };
  dryRun: (rows: R[]) => Promise<ImportSummary>;
  commit: (fileName: string, rows: R[], expected: Record<string, number>) => Promise<ImportOutcome>;
  revalidate: () => void;
};

const Versions = z.record(z.string().max(64), z.number().int().min(0));

/** The dry run's versions as the form sent them back; anything unreadable is "saw nothing". */
function readVersions(value: FormDataEntryValue | null): Record<string, number> {
  if (typeof value !== 'string' || value.length > 4 * 1024 * 1024) return {};
  try {
    const parsed = Versions.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/**
 * The body of every import action, after `getViewer()` and the permission check: read the
 * upload, find the columns, then dry run or commit. The commit re-sends the same file, which is
 * parsed and checked again inside the write's transaction; the only thing taken back from the
 * dry run is the versions it saw, and only to refuse the commit when a record moved since.
 */
export async function runImportAction<R>(form: FormData, handlers: ImportHandlers<R>): Promise<ImportState> {
  const file = form.get('file');
  const mode = form.get('mode') === 'commit' ? 'commit' : 'check';
  if (!(file instanceof File) || file.size === 0) return { status: 'error', message: 'import.file.required' };
  const fileName = file.name.slice(0, 200);
  if (file.size > MAX_FILE_BYTES)
    return { status: 'error', message: 'import.file.tooLarge', params: { max: 10 } };
  const sheet = await readSpreadsheet(new Uint8Array(await file.arrayBuffer()));
  if (!sheet.ok)
    return { status: 'error', message: sheet.problem.key, params: sheet.problem.params, fileName };
  const table = handlers.readRows(sheet.rows);
  if ('missing' in table) {
    return {
      status: 'error',
      message: 'import.file.missingColumns',
      params: { columns: table.missing.join(', ') },
      fileName,
    };
  }
  if (table.rows.length === 0) return { status: 'error', message: 'import.file.noRows', fileName };
  if (mode === 'check') return { status: 'checked', summary: await handlers.dryRun(table.rows), fileName };
  const result = await handlers.commit(fileName, table.rows, readVersions(form.get('versions')));
  if ('conflict' in result) return { status: 'conflict', conflict: result.conflict, fileName };
  if (!result.ok) return { status: 'checked', summary: result.summary, fileName };
  handlers.revalidate();
  return { status: 'done', summary: result.summary, fileName };
}
