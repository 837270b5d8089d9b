/**
 * The one rule for the code of a record (an organization, review, session, task or
 * recommendation) as forms, imports, URL parameters and addresses carry it: P31, NV-HP-01,
 * NV-2026-0001, KS-HP. Resolutions keep their own written number ("23-NQ/TW").
 */
export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9._-]{1,39}$/;

export function isCode(value: string): boolean {
  return CODE_PATTERN.test(value);
}

/**
 * The codes the application gives new tasks and recommendations: NV-<year>-<number>,
 * KN-<year>-<number>. They belong to the generator: typed by hand, such a code would take a
 * number the counter is still to give (and block that year's numbering).
 */
const GENERATED_CODE = /^(NV|KN)-\d{4}-\d+$/;

export function isGeneratedCode(code: string): boolean {
  return GENERATED_CODE.test(code);
}

/**
 * A segment of an address (`/tasks/[code]`, `/admin/users/[login]`) as text, or null when it
 * cannot name anything: a malformed escape (`%`, `%E0`) or more than 64 characters. Next may
 * hand the segment over still encoded or already decoded; names have no `%`, so decoding once
 * more is harmless for a real one and fails only for something that is none.
 */
export function segmentOf(segment: string): string | null {
  let value: string;
  try {
    value = decodeURIComponent(segment);
  } catch {
    return null;
  }
  return value.length > 0 && value.length <= 64 && !value.includes('%') ? value : null;
}

/**
 * Whether an address holds an escape that is no UTF-8 (`/tasks/%E0`). Next answers such an
 * address with a 500 on a dynamic route before any page runs, so the proxy answers it first.
 */
export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** The code named by a segment of an address, or null: the page answers "not found". */
export function codeFromParam(segment: string): string | null {
  const value = segmentOf(segment);
  return value !== null && isCode(value) ? value : null;
}
