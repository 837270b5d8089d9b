export type BackupResult =
  | { ok: true; secretIncluded?: boolean; keptAside?: string[] }
  | { ok: false; reason: 'no_database' | 'not_a_backup' | 'not_empty' | 'tool_failed'; message: string };

export const refused = (
  reason: Extract<BackupResult, { ok: false }>['reason'],
  message: string,
): BackupResult => ({
  ok: false,
  reason,
  message,
});
