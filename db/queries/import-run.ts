import 'server-only';
import {
  type CheckedImport,
  type ConflictRow,
  type ImportOutcome,
  staleRows,
  summarize,
} from '@/lib/import/outcome';
import { transactionRetryingDeadlock } from '../deadlock';
import type { Executor } from '../index';
import { IMPORT_LIMITS, setLocalLimits } from '../settings';
import { recordEvent } from './events';
import type { Viewer } from './viewer';

/**
 * The dry-run/commit pattern every import follows. The check reads the database and plans
 * every row; the dry run shows it; the commit runs the same check again inside ONE transaction,
 * refuses the whole file on any error, refuses it as a conflict when a matched record moved
 * since the dry run, and otherwise writes it with one event for the import itself.
 */
export type { CheckedImport, ImportOutcome, ImportSummary } from '@/lib/import/outcome';
export { summarize };

/** Thrown inside the commit's transaction when a record moved under it: roll back, report it. */
export class ImportConflict extends Error {
  constructor(readonly rows: ConflictRow[]) {
    super('import conflict');
  }
}

class Rejected extends Error {
  constructor(readonly check: CheckedImport) {
    super('import rejected');
  }
}

export async function commitImport<C extends CheckedImport>(options: {
  viewer: Viewer;
  fileName: string;
  action: 'task.import' | 'recommendation.import';
  /** The versions the dry run showed; absent when there was no dry run to compare with. */
  expected?: Record<string, number>;
  check: (tx: Executor) => Promise<C>;
  write: (tx: Executor, check: C) => Promise<void>;
}): Promise<ImportOutcome> {
  const { viewer, fileName } = options;
  try {
    return await transactionRetryingDeadlock(async (tx) => {
      await setLocalLimits(tx, IMPORT_LIMITS);
      const check = await options.check(tx);
      if (check.errors.length) throw new Rejected(check);
      if (options.expected) {
        const stale = staleRows(options.expected, check.matched);
        if (stale.length) throw new ImportConflict(stale);
      }
      await options.write(tx, check);
      await recordEvent(tx, {
        actorId: viewer.id,
        organizationId: viewer.org.id,
        entityType: 'import',
        action: options.action,
        data: { fileName, ...check.counts },
      });
      return { ok: true as const, summary: summarize(check) };
    });
  } catch (error) {
    if (error instanceof Rejected) return { ok: false, summary: summarize(error.check) };
    if (error instanceof ImportConflict) return { ok: false, conflict: error.rows.slice(0, 500) };
    throw error;
  }
}
