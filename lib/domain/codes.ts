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
 * The code named by a segment of an address (`/tasks/[code]`), or null when no record can
 * have it: the page answers "not found", whatever the segment holds (`%`, `%E0`, 5 000 bytes).
 * Next may hand the segment over still encoded or already decoded: codes have no `%`, so
 * decoding once more is harmless for a real code and fails only for something that is none.
 */
export function codeFromParam(segment: string): string | null {
  let value: string;
  try {
    value = decodeURIComponent(segment);
  } catch {
    return null;
  }
  return isCode(value) ? value : null;
}
