/**
 * Cursors of /api/v1 lists: the sort and the last row's sort value and code, base64url JSON.
 * Opaque to callers; a cursor made for another sort (or edited) is refused, never misread.
 */
export type Cursor = { sort: string; value: string | number; code: string };

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
    if (sort.length > 40 || code.length > 40 || String(value).length > 1000) return null;
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
