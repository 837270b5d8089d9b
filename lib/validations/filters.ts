import { z } from 'zod';
import { isIsoDay, today } from '@/lib/clock';
import { TASK_LEVELS } from '@/lib/domain/cascade';
import {
  ADDRESSEE_STATUSES,
  RECOMMENDATION_CATEGORIES,
  RECOMMENDATION_STATUSES,
} from '@/lib/domain/recommendations';
import { DEADLINE_CLASSES, TASK_STATUSES } from '@/lib/domain/tasks';
import { codeField, isoDay } from './common';

/**
 * The URL parameters that every list, the dashboard, the reports and the exports share
 * (DESIGN.md, "URL parameters"). One schema, so that a view can be bookmarked, shared and
 * exported as seen.
 */
const day = isoDay('errors.badDate');
const code = codeField('errors.badCode');
/** "a,b,c" (or several parameters of the same name) → a list of allowed values */
const list = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((raw) => (Array.isArray(raw) ? raw : [raw]).flatMap((item) => item.split(',')).filter(Boolean))
    .pipe(z.array(z.enum(values, { message: 'errors.badValue' })).max(values.length));
const codes = z
  .union([z.string(), z.array(z.string())])
  .transform((raw) => (Array.isArray(raw) ? raw : [raw]).flatMap((item) => item.split(',')).filter(Boolean))
  .pipe(z.array(code).max(50));

/** The fields of ListParams, without its cross-field rule (zod cannot omit fields from a refined schema). */
export const ListParamFields = z
  .object({
    q: z.string().trim().max(200).optional(),
    review: code.optional(),
    org: code.optional(),
    province: code.optional(),
    status: list([...TASK_STATUSES, ...RECOMMENDATION_STATUSES] as [string, ...string[]]).optional(),
    class: list(DEADLINE_CLASSES).optional(),
    category: list(RECOMMENDATION_CATEGORIES).optional(),
    addressee: codes.optional(),
    /** recommendations with an addressee (of `addressee`, if given) whose answer is one of these */
    answer: list(ADDRESSEE_STATUSES).optional(),
    /** primaries only: duplicates folded into them, as the figures by addressee count */
    primaries: z.literal('1').optional(),
    recommendation: code.optional(),
    replyOverdue: z.literal('1').optional(),
    /** tasks assigned outside the viewer's scope (followed through its recommendations) */
    outside: z.literal('1').optional(),
    /** only the tasks led by that organization itself (`org`, else `province`), not by its units */
    own: z.literal('1').optional(),
    /** tasks by the viewer's part in them: `lead` (what the figures count), `support` (supporting units) */
    unitRole: z.enum(['lead', 'support'], { message: 'errors.badValue' }).optional(),
    dueFrom: day.optional(),
    dueTo: day.optional(),
    from: day.optional(),
    to: day.optional(),
    asOf: day.optional(),
    /** the earlier day the headline figures and the summary tables are compared with */
    compare: day.optional(),
    period: z.enum(['week', 'month']).optional(),
    /** cascaded tasks: the top of each cascade, as figures count (`top`), or every level (`all`) */
    level: z.enum(TASK_LEVELS, { message: 'errors.badValue' }).optional(),
    sort: z
      .string()
      .regex(/^-?[a-zA-Z]+$/, 'errors.badValue')
      .max(40)
      .optional(),
    page: z.coerce.number().int().min(1).max(100_000).optional(),
  })
  .strip();

export const ListParams = ListParamFields
  // A comparison looks back: the compare day comes before the as-of day (today by default). Zod 4
  // runs this check even after a field failed, so it compares only two valid days: a malformed day
  // is reported by its own field alone, never as "not before".
  .refine(
    (params) =>
      !params.compare ||
      !isIsoDay(params.compare) ||
      (params.asOf !== undefined && !isIsoDay(params.asOf)) ||
      params.compare < (params.asOf ?? today()),
    {
      path: ['compare'],
      message: 'errors.compareNotBefore',
    },
  );
export type ListParams = z.infer<typeof ListParams>;

export type SearchParams = Record<string, string | string[] | undefined>;

/** Only the parameters given: an empty one is no filter. */
export function presentParams(searchParams: SearchParams) {
  return Object.fromEntries(Object.entries(searchParams).filter(([, v]) => v !== undefined && v !== ''));
}

/** Strict parsing, for exports and API routes: a bad value is a 400 with the field named. */
export function parseListParams(searchParams: SearchParams) {
  return ListParams.safeParse(presentParams(searchParams));
}

/**
 * Lenient parsing, for pages: a parameter with a bad value is dropped (and reported), the
 * rest still apply, so that an edited URL never ends in an error page.
 */
export function readListParams(searchParams: SearchParams): {
  params: ListParams;
  invalid: string[];
  /** the message key of each dropped parameter (its first issue), e.g. errors.compareNotBefore */
  reasons: Record<string, string>;
} {
  const invalid: string[] = [];
  const reasons: Record<string, string> = {};
  // A second round may find what the first could not check: `compare` against the `asOf` that was
  // dropped (the whole-object check compares only valid days), i.e. against today.
  for (let round = 0; round < 3; round++) {
    const kept = Object.fromEntries(Object.entries(searchParams).filter(([key]) => !invalid.includes(key)));
    const result = parseListParams(kept);
    if (result.success) return { params: result.data, invalid, reasons };
    for (const issue of result.error.issues) {
      const name = String(issue.path[0]);
      if (!invalid.includes(name)) {
        invalid.push(name);
        reasons[name] = issue.message;
      }
    }
  }
  return { params: {}, invalid, reasons };
}

/** Back to a query string, for links that keep the current filters (e.g. a chart segment). */
export function toQueryString(
  params: Partial<Record<keyof ListParams, string | number | readonly string[] | undefined>>,
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    query.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}
