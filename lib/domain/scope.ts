/**
 * Organizations form a tree; each has a materialized path of ids ("/1/18/52/"), so that
 * "inside this subtree" is a prefix test here and a `LIKE 'path%'` on an index in SQL.
 */
export function isWithin(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath);
}

export function childPath(parentPath: string | null, id: number): string {
  return `${parentPath ?? '/'}${id}/`;
}
