import { createHash } from 'node:crypto';

/**
 * `ETag` = the record's version and a digest of the answer's body, a strong validator:
 * `"7-0123456789abcdef"`. The body also holds what changes without a new version (the deadline
 * class, computed from today; names of units), so a read compares the whole tag, while a write
 * (`If-Match`) compares the version before the '-' (a bare `"7"` is taken too). RFC 9110 allows
 * a list and `*`; a list is read as its versions, `*` names none: it would let a write
 * overwrite whatever is there, which is the lost update this header prevents. A weak tag never
 * matches a write (RFC 9110 13.1.1: strong comparison), so it is a 412, not a bad request.
 */
export function etagOf(version: number, body?: string): string {
  if (body === undefined) return `"${version}"`;
  return `"${version}-${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
}

export type IfMatch = { kind: 'missing' } | { kind: 'invalid' } | { kind: 'versions'; versions: number[] };

export function parseIfMatch(header: string | null): IfMatch {
  if (header === null || header.trim() === '') return { kind: 'missing' };
  const versions: number[] = [];
  for (const part of header.split(',')) {
    // a weak validator never matches for a write: well formed, but it names no version
    if (/^\s*W\/"[^"]*"\s*$/.test(part)) continue;
    const match = /^\s*"(\d{1,9})(?:-[0-9a-f]{16})?"\s*$/.exec(part);
    if (!match) return { kind: 'invalid' };
    versions.push(Number(match[1]));
  }
  return { kind: 'versions', versions };
}

/** `If-None-Match` names this tag (a weak one too: a read compares weakly). */
export function noneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const tag = part.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}
