import 'server-only';
import { and, asc, count, inArray, type SQL, sql } from 'drizzle-orm';
import {
  RECOMMENDATION_STATUSES,
  type RecommendationCategory,
  type RecommendationStatus,
} from '@/lib/domain/recommendations';
import { likePattern } from '@/lib/domain/text';
import type { ListParams } from '@/lib/validations/filters';
import { db } from '../index';
import { organizations, recommendations, reviews } from '../schema';
import { documentCountSql } from './documents';
import {
  addresseeStatusAt,
  existedAt,
  overallStatusAt,
  overallStatusIn,
  replyOverdueAt,
  responseDueAt,
  submittedBy,
} from './recommendation-as-of';
import type { Viewer } from './viewer';
import { recommendationListVisibleTo } from './visibility';

export const PAGE_SIZE = 50;

/** Sortable columns, by URL name (the status is the one of the as-of day). */
const SORTS = {
  code: () => sql`${recommendations.code}`,
  submittedOn: () => sql`${recommendations.submittedOn}`,
  responseDueOn: () => sql`${recommendations.responseDueOn}`,
  status: (asOf: string) =>
    sql`array_position(${sql.raw(`ARRAY[${RECOMMENDATION_STATUSES.map((s) => `'${s}'`).join(',')}]::text[]`)}, ${overallStatusAt(asOf)})`,
  source: () => sql`(SELECT o.name_vi FROM organizations o WHERE o.id = ${recommendations.sourceOrgId})`,
} as const;
export type RecommendationSort = keyof typeof SORTS;

/**
 * The WHERE of a list: visibility always, then every URL filter (the status one on request).
 * Before today, the recommendations that existed at the end of `asOf`, their statuses, answers
 * and deadlines as they stood then (recommendation-as-of.ts): what the figures counted that day.
 */
export function listWhere(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
  withStatus: boolean,
): SQL | undefined {
  const conditions: (SQL | undefined)[] = [recommendationListVisibleTo(viewer), existedAt(asOf)];
  if (params.review) {
    conditions.push(
      sql`${recommendations.reviewId} = (SELECT r.id FROM reviews r WHERE r.code = ${params.review})`,
    );
  }
  if (params.province) {
    conditions.push(sql`${recommendations.sourceOrgId} IN (SELECT o.id FROM organizations o
      WHERE o.province_id = (SELECT p.id FROM organizations p WHERE p.code = ${params.province}))`);
  }
  if (params.org) {
    conditions.push(sql`${recommendations.sourceOrgId} IN (SELECT o.id FROM organizations o
      JOIN organizations p ON p.code = ${params.org} WHERE o.path LIKE p.path || '%')`);
  }
  if (params.addressee?.length || params.answer?.length) {
    // With `answer`: an addressee (one of the listed ones, if any) whose answer at the day is one of those.
    const addressee = params.addressee?.length ? sql`AND o.code IN ${params.addressee}` : sql``;
    const answer = params.answer?.length ? sql`AND ${addresseeStatusAt(asOf)} IN ${params.answer}` : sql``;
    conditions.push(sql`EXISTS (SELECT 1 FROM recommendation_addressees a JOIN organizations o ON o.id = a.organization_id
      WHERE a.recommendation_id = ${recommendations.id} ${addressee} ${answer})`);
  }
  // The figures by addressee count each request once: duplicates are folded into their primary.
  if (params.primaries === '1') conditions.push(sql`${recommendations.duplicateOfId} IS NULL`);
  if (params.category?.length) conditions.push(inArray(recommendations.category, params.category));
  if (withStatus) {
    const statuses = (params.status ?? []).filter((s): s is RecommendationStatus =>
      (RECOMMENDATION_STATUSES as readonly string[]).includes(s),
    );
    if (statuses.length) conditions.push(overallStatusIn(asOf, statuses));
  }
  if (params.replyOverdue === '1') conditions.push(replyOverdueAt(asOf));
  if (params.q) conditions.push(sql`${recommendations.searchText} LIKE ${likePattern(params.q)}`);
  return and(...conditions);
}

function orderBy(sort: string | undefined, asOf: string): SQL[] {
  const descending = sort?.startsWith('-') ?? true;
  const key = (sort?.replace(/^-/, '') ?? 'submittedOn') as RecommendationSort;
  const column = (SORTS[key] ?? SORTS.submittedOn)(asOf);
  const direction = descending ? sql`${column} DESC NULLS FIRST` : sql`${column} ASC NULLS LAST`;
  return [direction, asc(recommendations.code)];
}

export type RecommendationRow = {
  code: string;
  sourceNameVi: string;
  sourceNameEn: string | null;
  category: RecommendationCategory;
  excerpt: string;
  submittedOn: string | null;
  responseDueOn: string | null;
  status: RecommendationStatus;
  replyOverdue: boolean;
  addressees: { code: string; nameVi: string; nameEn: string | null }[];
  duplicateOf: string | null;
  duplicates: number;
  /** evidence documents in force (the letter and the answers) */
  documents: number;
};

/** The columns of a RecommendationRow, as of `asOf`. */
function rowColumns(asOf: string) {
  return {
    code: recommendations.code,
    sourceNameVi: organizations.nameVi,
    sourceNameEn: organizations.nameEn,
    category: recommendations.category,
    excerpt: sql<string>`left(${recommendations.text}, 280)`,
    // as the export shows them: no submission nor deadline of a later day
    submittedOn: sql<
      string | null
    >`CASE WHEN ${submittedBy(asOf)} THEN ${recommendations.submittedOn}::text END`,
    responseDueOn: sql<string | null>`${responseDueAt(asOf)}::text`,
    status: overallStatusAt(asOf) as SQL<RecommendationStatus>,
    replyOverdue: replyOverdueAt(asOf),
    addressees: sql<RecommendationRow['addressees']>`coalesce((
      SELECT json_agg(json_build_object('code', o.code, 'nameVi', o.name_vi, 'nameEn', o.name_en) ORDER BY o.path)
      FROM recommendation_addressees a JOIN organizations o ON o.id = a.organization_id
      WHERE a.recommendation_id = ${recommendations.id}), '[]'::json)`,
    duplicateOf: sql<
      string | null
    >`(SELECT p.code FROM recommendations p WHERE p.id = ${recommendations.duplicateOfId})`,
    duplicates:
      sql<number>`(SELECT count(*) FROM recommendations d WHERE d.duplicate_of_id = ${recommendations.id})`.mapWith(
        Number,
      ),
    documents: documentCountSql('recommendation', recommendations.id),
  };
}

/** One page of the recommendations the viewer may read, with the URL's filters and sort, as of `asOf`. */
export async function listRecommendations(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
): Promise<{ rows: RecommendationRow[]; total: number; page: number; pages: number }> {
  const where = listWhere(viewer, params, asOf, true);
  const total = await countRecommendations(viewer, params, asOf);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(params.page ?? 1, pages);
  const rows = await db
    .select(rowColumns(asOf))
    .from(recommendations)
    .innerJoin(organizations, sql`${organizations.id} = ${recommendations.sourceOrgId}`)
    .where(where)
    .orderBy(...orderBy(params.sort, asOf))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  return { rows, total, page, pages };
}

/** How many recommendations `listRecommendations` lists for these parameters, without reading a page. */
export async function countRecommendations(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
): Promise<number> {
  const [{ total }] = await db
    .select({ total: count() })
    .from(recommendations)
    .where(listWhere(viewer, params, asOf, true));
  return total;
}

/** How many of the listed recommendations (every filter but status) are in each overall status. */
export async function recommendationListCounts(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
): Promise<Record<RecommendationStatus, number>> {
  const status = overallStatusAt(asOf);
  const rows = await db
    .select({ status, n: count() })
    .from(recommendations)
    .where(listWhere(viewer, params, asOf, false))
    .groupBy(sql`1`);
  const counts = Object.fromEntries(RECOMMENDATION_STATUSES.map((s) => [s, 0])) as Record<
    RecommendationStatus,
    number
  >;
  for (const row of rows) counts[row.status as RecommendationStatus] = row.n;
  return counts;
}

/** Filter choices for the list: the reviews, and the addressees and provinces that occur. */
export async function recommendationFilterOptions() {
  const [reviewRows, addresseeRows, provinceRows] = await Promise.all([
    db.select({ code: reviews.code, titleVi: reviews.titleVi, titleEn: reviews.titleEn }).from(reviews),
    db
      .selectDistinct({
        code: organizations.code,
        nameVi: organizations.nameVi,
        nameEn: organizations.nameEn,
      })
      .from(organizations)
      .where(sql`${organizations.id} IN (SELECT a.organization_id FROM recommendation_addressees a)`)
      .orderBy(asc(organizations.code)),
    db
      .select({ code: organizations.code, nameVi: organizations.nameVi, nameEn: organizations.nameEn })
      .from(organizations)
      .where(sql`${organizations.kind} = 'province'`)
      .orderBy(asc(organizations.code)),
  ]);
  return { reviews: reviewRows, addressees: addresseeRows, provinces: provinceRows };
}

/** Where a keyset page of recommendations starts: after the row with this sort value and code. */
export type RecommendationKey = { value: string; code: string };

/**
 * The sort column of a keyset page, never null so that `>`/`<` can continue after any row: a
 * missing day counts as the last one (9999-12-31), which orders rows as the page's
 * `DESC NULLS FIRST` / `ASC NULLS LAST` does.
 */
function keysetColumn(sort: string | undefined, asOf: string) {
  const descending = sort?.startsWith('-') ?? true;
  const requested = sort?.replace(/^-/, '') ?? 'submittedOn';
  const field = (Object.hasOwn(SORTS, requested) ? requested : 'submittedOn') as RecommendationSort;
  const base = SORTS[field](asOf);
  const type = { code: 'text', submittedOn: 'date', responseDueOn: 'date', status: 'int', source: 'text' }[
    field
  ];
  const column = type === 'date' ? sql`coalesce(${base}, DATE '9999-12-31')` : base;
  return { column, descending, type };
}

/**
 * A page of the same list (filters, visibility, as-of day, order) by keyset instead of page
 * number, for the API: `limit` rows after `after`, with the key the next page starts from.
 */
export async function listRecommendationsAfter(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
  page: { after?: RecommendationKey; limit: number },
): Promise<{ rows: RecommendationRow[]; next: RecommendationKey | null }> {
  const { column, descending, type } = keysetColumn(params.sort, asOf);
  const conditions = [listWhere(viewer, params, asOf, true)];
  if (page.after) {
    const value = sql`${page.after.value}::${sql.raw(type)}`;
    conditions.push(
      sql`(${column} ${sql.raw(descending ? '<' : '>')} ${value} OR (${column} = ${value} AND ${recommendations.code} > ${page.after.code}))`,
    );
  }
  const rows = await db
    .select({
      ...rowColumns(asOf),
      sortValue: sql<string>`(${column})::text`,
    })
    .from(recommendations)
    .innerJoin(organizations, sql`${organizations.id} = ${recommendations.sourceOrgId}`)
    .where(and(...conditions))
    .orderBy(descending ? sql`${column} DESC` : sql`${column} ASC`, asc(recommendations.code))
    .limit(page.limit + 1);
  const more = rows.length > page.limit;
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    rows: shown.map(({ sortValue: _, ...row }) => row),
    next: more && last ? { value: last.sortValue, code: last.code } : null,
  };
}
