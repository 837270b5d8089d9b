/**
 * The one rule for the code of a record (an organization, review, session, task or
 * recommendation) as forms, imports, URL parameters and addresses carry it: P31, NV-HP-01,
 * NV-2026-0001, KS-HP. Resolutions keep their own written number ("23-NQ/TW").
 */
export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9._-]{1,39}$/;

export function isCode(value: string): boolean {
  return CODE_PATTERN.test(value);
}
