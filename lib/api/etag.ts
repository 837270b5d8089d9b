/**
 * `ETag` = the record's version, a strong validator: `"7"`. `If-Match` must name one version
 * (RFC 9110 allows a list and `*`; a list is read as its versions, `*` names none: it would
 * let a write overwrite whatever is there, which is the lost update this header prevents).
 */
export function etagOf(version: number): string {
  return `"${version}"`;
}

export type IfMatch = { kind: 'missing' } | { kind: 'invalid' } | { kind: 'versions'; versions: number[] };

export function parseIfMatch(header: string | null): IfMatch {
  if (header === null || header.trim() === '') return { kind: 'missing' };
  const versions: number[] = [];
  for (const part of header.split(',')) {
    // a weak validator never matches for a write (RFC 9110 13.1.1: strong comparison)
    const match = /^\s*"(\d{1,9})"\s*$/.exec(part);
    if (!match) return { kind: 'invalid' };
    versions.push(Number(match[1]));
  }
  return { kind: 'versions', versions };
}

/** `If-None-Match` names this version (a weak one too: a read compares weakly). */
export function noneMatch(header: string | null, version: number): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const tag = part.trim().replace(/^W\//, '');
    return tag === '*' || tag === etagOf(version);
  });
}
