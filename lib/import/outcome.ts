import type { RowError } from './rows';

/**
 * What an import's check, dry run and commit answer, shared by the server and the page.
 * The dry run returns the versions of the records it matched; the commit compares them.
 */
export type ImportCounts = { create: number; update: number; unchanged: number };
export type PreviewRow = {
  line: number;
  kind: keyof ImportCounts;
  code: string | null;
  title: string;
  org: string;
  day: string | null;
};
/** A row of the file matched to a record (version 0: a code that is still free). */
export type MatchedRow = { line: number; code: string; version: number };
export type ConflictRow = { line: number; code: string };

export type CheckedImport = {
  errors: RowError[];
  counts: ImportCounts;
  preview: PreviewRow[];
  matched: MatchedRow[];
};

export type ImportSummary = {
  counts: ImportCounts;
  errors: RowError[];
  preview: PreviewRow[];
  /** What the dry run saw, sent back with the commit: code → version. */
  versions: Record<string, number>;
};

export type ImportOutcome =
  | { ok: true; summary: ImportSummary }
  | { ok: false; summary: ImportSummary }
  | { ok: false; conflict: ConflictRow[] };

const MAX_ERRORS_SHOWN = 500;
const PREVIEW_ROWS = 20;

export function summarize(check: CheckedImport): ImportSummary {
  return {
    counts: check.counts,
    errors: check.errors.slice(0, MAX_ERRORS_SHOWN),
    preview: check.preview.slice(0, PREVIEW_ROWS),
    versions: Object.fromEntries(check.matched.map((m) => [m.code, m.version])),
  };
}

/** Rows whose record is not at the version the dry run showed (or that the dry run did not see). */
export function staleRows(expected: Record<string, number>, matched: MatchedRow[]): ConflictRow[] {
  return matched
    .filter((m) => (Object.hasOwn(expected, m.code) ? expected[m.code] : undefined) !== m.version)
    .map((m) => ({ line: m.line, code: m.code }));
}

/** What the import page's action answers its form with. Messages are i18n keys. */
export type ImportState = {
  status: 'idle' | 'checked' | 'done' | 'error' | 'conflict';
  message?: string;
  params?: Record<string, string | number>;
  summary?: ImportSummary;
  conflict?: ConflictRow[];
  fileName?: string;
};
