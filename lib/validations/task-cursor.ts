import { type Cursor, cursorValueFits, decodeCursor, encodeCursor } from '@/lib/api/cursor';
import { TASK_SORTS } from '@/lib/domain/tasks';
import type { SearchParams } from './filters';

/** A row's place in the task list: its sort value and code (db/queries/task-list.ts TaskKey). */
export type TaskCursorKey = { value: string; code: string };

/** The sort a list is really read in: an unknown column sorts by due day, as the query does. */
export function effectiveTaskSort(sort: string | undefined): string {
  const field = sort?.replace(/^-/, '');
  if (field && (TASK_SORTS as readonly string[]).includes(field)) return sort as string;
  return sort?.startsWith('-') ? '-dueOn' : 'dueOn';
}

/** The `after` / `before` parameter of the tasks page for a row of a list in this sort. */
export function encodeTaskCursor(sort: string | undefined, key: TaskCursorKey): string {
  return encodeCursor({ sort: effectiveTaskSort(sort), value: key.value, code: key.code });
}

/**
 * The tasks page's cursor (`before` wins over `after`). A cursor made for another sort, or
 * edited, is dropped and reported like any bad parameter: the list starts from its first page.
 */
export function readTaskCursor(
  search: SearchParams,
  sort: string | undefined,
): { after?: TaskCursorKey; before?: TaskCursorKey; invalid: string[] } {
  const effective = effectiveTaskSort(sort);
  const read = (name: 'after' | 'before') => {
    const raw = search[name];
    if (raw === undefined || raw === '') return undefined;
    const cursor: Cursor | null = typeof raw === 'string' ? decodeCursor(raw) : null;
    if (!cursor || cursor.sort !== effective || !cursorValueFits(effective, cursor.value)) return null;
    return { value: String(cursor.value), code: cursor.code };
  };
  const before = read('before');
  const after = before ? undefined : read('after');
  const invalid = [before === null && 'before', after === null && 'after'].filter((n): n is string => !!n);
  return { ...(before ? { before } : after ? { after } : {}), invalid };
}
