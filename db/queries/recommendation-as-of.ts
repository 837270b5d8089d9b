import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { endOfDay, today } from '@/lib/clock';
import { AWAITING_REPLY } from '@/lib/domain/recommendation-workflow';
import { ADDRESSEE_STATUSES, type RecommendationStatus } from '@/lib/domain/recommendations';
import { recommendations } from '../schema';
import { ADDRESSEE_STATUS_ORDER } from './visibility';

/**
 * A recommendation as it stood at the end of a day T, one definition for the dashboard, the
 * reports, the list, its counts and its export (issue 14). Recommendations have no period table;
 * their history is in the events, written in the same transaction as each change:
 * - submitted by T: `submitted_on <= T` (before, or never, it was a draft);
 * - an addressee's answer at T: the status its first answer after T moved it from, else its
 *   current status — an answer given after T never counts at T;
 * - the reply deadline at T: the value its first change after T replaced, else the current one;
 * - it existed at T: submitted by T, or created (its creation event) by the end of T.
 * Category, text, source, addressees and duplicates are today's: they describe the request, and
 * corrections to them apply to past days too. For today (or later) every fragment is the row's
 * current value, which is what the events give then.
 */

/** Whether `asOf` needs the history: a past day. */
function past(asOf: string): boolean {
  return asOf < today();
}

/** The first event of this kind on the recommendation after the end of T (a text[] of its from_value). */
function firstAfter(asOf: string, action: string, recommendationId: SQL, extra: SQL = sql``): SQL {
  return sql`(SELECT ARRAY[e.from_value] FROM events e
    WHERE e.entity_type = 'recommendation' AND e.entity_id = ${recommendationId}
      AND e.action = ${action} AND e.at >= ${endOfDay(asOf).toISOString()} ${extra}
    ORDER BY e.at, e.id LIMIT 1)`;
}

/** The status at T of the addressee row aliased `a` (recommendation_addressees), as text. */
export function addresseeStatusAt(asOf: string, a = 'a'): SQL<string> {
  const row = sql.raw(a);
  if (!past(asOf)) return sql<string>`${row}.status::text`;
  // Every answer sets responded_on to its day: answered last on or before T, the status held at T.
  const answer = firstAfter(
    asOf,
    'recommendation.answer',
    sql`${row}.recommendation_id`,
    sql`AND e.data->>'addressee' = (SELECT ao.code FROM organizations ao WHERE ao.id = ${row}.organization_id)`,
  );
  return sql<string>`(CASE WHEN ${row}.responded_on <= ${asOf}::date THEN ${row}.status::text
    ELSE coalesce((${answer})[1], ${row}.status::text) END)`;
}

/**
 * The answers at T of addressee rows and the deadlines at T of recommendations for many rows at
 * once (the figures): each the first event after the end of T, found in one pass over the events
 * since and joined — where `addresseeStatusAt` and `responseDueAt` look each row up on their own.
 * `answersAfter` is a relation `answer_after (entity_id, addressee, from_value)` (no rows for
 * today), joined on the row's recommendation and its addressee's code; `addresseeStatusAfter`
 * reads it.
 */
export function answersAfter(asOf: string): SQL {
  if (!past(asOf))
    return sql`(SELECT NULL::int AS entity_id, NULL::text AS addressee, NULL::text AS from_value WHERE FALSE) answer_after`;
  return sql`(SELECT DISTINCT ON (e.entity_id, e.data->>'addressee') e.entity_id, e.data->>'addressee' AS addressee, e.from_value
    FROM events e WHERE e.entity_type = 'recommendation' AND e.action = 'recommendation.answer'
      AND e.at >= ${endOfDay(asOf).toISOString()}
    ORDER BY e.entity_id, e.data->>'addressee', e.at, e.id) answer_after`;
}

/** `addresseeStatusAt` of the addressee row aliased `a`, joined to `answersAfter`. */
export function addresseeStatusAfter(asOf: string, a = 'a'): SQL<string> {
  const row = sql.raw(a);
  if (!past(asOf)) return sql<string>`${row}.status::text`;
  // Every answer sets responded_on to its day: answered last on or before T, the status held at T.
  return sql<string>`(CASE WHEN ${row}.responded_on <= ${asOf}::date THEN ${row}.status::text
    ELSE coalesce(answer_after.from_value, ${row}.status::text) END)`;
}

/** The same for a query over `recommendation_addressees a` and `recommendations`: joins and values. */
export function asOfJoins(asOf: string) {
  if (!past(asOf)) {
    return {
      addresseeJoins: sql``,
      addresseeStatus: addresseeStatusAfter(asOf),
      deadlineJoin: sql``,
      responseDue: sql<string | null>`${recommendations.responseDueOn}`,
    };
  }
  return {
    addresseeJoins: sql`JOIN organizations ao ON ao.id = a.organization_id LEFT JOIN ${answersAfter(asOf)}
      ON answer_after.entity_id = a.recommendation_id AND answer_after.addressee = ao.code`,
    addresseeStatus: addresseeStatusAfter(asOf),
    deadlineJoin: sql`LEFT JOIN (SELECT DISTINCT ON (e.entity_id) e.entity_id, e.from_value
        FROM events e WHERE e.entity_type = 'recommendation' AND e.action = 'recommendation.setDeadline'
          AND e.at >= ${endOfDay(asOf).toISOString()}
        ORDER BY e.entity_id, e.at, e.id) deadline_after ON deadline_after.entity_id = ${recommendations.id}`,
    responseDue: sql<
      string | null
    >`(CASE WHEN deadline_after.entity_id IS NOT NULL THEN deadline_after.from_value::date
      ELSE ${recommendations.responseDueOn} END)`,
  };
}

/** The reply deadline of the recommendation at T. */
export function responseDueAt(asOf: string): SQL<string | null> {
  if (!past(asOf)) return sql`${recommendations.responseDueOn}`;
  const change = firstAfter(asOf, 'recommendation.setDeadline', sql`${recommendations.id}`);
  return sql`(coalesce(${change}, ARRAY[${recommendations.responseDueOn}::text]))[1]::date`;
}

/** Submitted by the end of T. */
export function submittedBy(asOf: string): SQL<boolean> {
  return sql<boolean>`(${recommendations.submittedOn} IS NOT NULL AND ${recommendations.submittedOn} <= ${asOf}::date)`;
}

/**
 * It existed at the end of T: submitted by then, or drafted by then — by its creation event, on
 * the application's clock like every other event (`created_at` is the database's).
 */
export function existedAt(asOf: string): SQL<boolean> | undefined {
  if (!past(asOf)) return undefined;
  return sql<boolean>`(${submittedBy(asOf)} OR EXISTS (SELECT 1 FROM events e
    WHERE e.entity_type = 'recommendation' AND e.entity_id = ${recommendations.id}
      AND e.action = 'recommendation.create' AND e.at < ${endOfDay(asOf).toISOString()}))`;
}

export const AWAITING = sql.raw(AWAITING_REPLY.map((s) => `'${s}'`).join(', '));

/** The overall status at T: a draft until submitted, else the least advanced addressee's answer at T. */
export function overallStatusAt(asOf: string): SQL<string> {
  const status = addresseeStatusAt(asOf, 'oa');
  return sql<string>`CASE WHEN NOT ${submittedBy(asOf)} THEN 'draft' ELSE coalesce((
    SELECT x.s FROM (SELECT ${status} AS s FROM recommendation_addressees oa
      WHERE oa.recommendation_id = ${recommendations.id}) x
    ORDER BY array_position(${ADDRESSEE_STATUS_ORDER}, x.s) LIMIT 1), 'submitted') END`;
}

/**
 * "Its overall status at T is one of these". The overall status is a draft before submission and an
 * addressee status after, so a set holding every addressee status is decided by the submission alone,
 * without the per-row status subquery (the "submitted" figures and lists ask exactly that).
 */
export function overallStatusIn(
  asOf: string,
  statuses: readonly RecommendationStatus[],
): SQL<boolean> | undefined {
  const set = new Set<string>(statuses);
  const answered = ADDRESSEE_STATUSES.every((s) => set.has(s));
  if (answered && set.has('draft')) return undefined;
  if (answered) return submittedBy(asOf);
  if (set.size === 1 && set.has('draft')) return sql<boolean>`NOT ${submittedBy(asOf)}`;
  return sql<boolean>`${overallStatusAt(asOf)} IN ${statuses}`;
}

/** "Reply overdue" at T: submitted by T, its deadline at T passed, an addressee still awaited at T. */
export function replyOverdueAt(asOf: string): SQL<boolean> {
  return sql<boolean>`(${submittedBy(asOf)} AND coalesce(${responseDueAt(asOf)} < ${asOf}::date, FALSE)
    AND EXISTS (SELECT 1 FROM recommendation_addressees ra WHERE ra.recommendation_id = ${recommendations.id}
                AND ${addresseeStatusAt(asOf, 'ra')} IN (${AWAITING})))`;
}
