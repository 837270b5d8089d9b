export const RECOMMENDATION_CATEGORIES = [
  'new_resolution',
  'rule_revision',
  'policy',
  'guidance',
  'other',
] as const;
export type RecommendationCategory = (typeof RECOMMENDATION_CATEGORIES)[number];

/** An addressee's answer, from least to most advanced. */
export const ADDRESSEE_STATUSES = [
  'submitted',
  'under_review',
  'declined',
  'partially_accepted',
  'accepted',
  'implemented',
] as const;
export type AddresseeStatus = (typeof ADDRESSEE_STATUSES)[number];

export const RECOMMENDATION_STATUSES = ['draft', ...ADDRESSEE_STATUSES] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/**
 * The overall status: `draft` before submission, otherwise the least advanced of the
 * addressees' statuses. Its SQL twin is `overallStatusSql` in db/queries/visibility.ts.
 */
export function overallStatus(
  submittedOn: string | null,
  addressees: readonly AddresseeStatus[],
): RecommendationStatus {
  if (submittedOn === null || addressees.length === 0) return 'draft';
  return addressees.reduce((least, status) =>
    ADDRESSEE_STATUSES.indexOf(status) < ADDRESSEE_STATUSES.indexOf(least) ? status : least,
  );
}
