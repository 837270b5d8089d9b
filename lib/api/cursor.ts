import { isIsoDay } from '@/lib/clock';

/**
 * Cursors of /api/v1 lists: the sort and the last row's sort value and code, base64url JSON.
 * Opaque to callers; a cursor made for another sort (or edited) is refused, never misread.
 */
export type Cursor = { sort: string; value: string | number; code: string };

/**
 * The longest cursor taken: a 500-character Vietnamese title (up to 3 bytes a character in
 * UTF-8) with a code, as JSON then base64url, is some 2,100 characters; the server's own
 * `Link: rel="next"` must always be taken back.
 */
export const CURSOR_MAX = 2800;
/** The longest sort value a cursor carries (a title: 500 characters; the rest are shorter). */
const VALUE_MAX = 1000;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.value, cursor.code])).toString('base64url');
}

export function decodeCursor(text: string): Cursor | null {
  try {
    const raw: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(raw) || raw.length !== 3) return null;
    const [sort, value, code] = raw;
    if (typeof sort !== 'string' || typeof code !== 'string') return null;
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isInteger(value))) return null;
    if (text.length > CURSOR_MAX) return null;
    if (sort.length > 40 || code.length > 40 || String(value).length > VALUE_MAX) return null;
    // PostgreSQL text takes no NUL character
    if (code.includes('\u0000') || String(value).includes('\u0000')) return null;
    return { sort, value, code };
  } catch {
    return null;
  }
}

/** `Link: <…>; rel="next"` for the next page, the request's own parameters with the new cursor. */
export function nextLink(url: URL, cursor: string): string {
  const next = new URL(url);
  next.searchParams.set('cursor', cursor);
  return `<${next.pathname}${next.search}>; rel="next"`;
}

/**
 * A list page's `next` (the next page's address, null on the last page) and its `Link` header,
 * for every /api/v1 list alike.
 */
export function pageLinks(
  url: URL,
  next: Cursor | null,
): { next: string | null; headers: Record<string, string> } {
  if (!next) return { next: null, headers: {} };
  const link = nextLink(url, encodeCursor(next));
  return { next: link.slice(1, link.indexOf('>')), headers: { Link: link } };
}

/**
 * The cursor's sort value fits the sort's type (db/queries/task-list.ts sortKey): an edited
 * cursor is a 400, never a cast error in the database. `sort` may be descending ("-dueOn").
 */
export function cursorValueFits(sort: string, value: string | number): boolean {
  const text = String(value);
  switch (sort.replace(/^-/, '')) {
    case 'dueOn':
      return isIsoDay(text);
    case 'status':
      return /^\d{1,2}$/.test(text);
    default:
      return typeof value === 'string';
  }
}
