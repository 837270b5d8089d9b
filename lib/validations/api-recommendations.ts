import { z } from 'zod';
import { TEXT_LIMIT } from '@/lib/domain/recommendation-workflow';
import {
  ADDRESSEE_STATUSES,
  RECOMMENDATION_CATEGORIES,
  RECOMMENDATION_STATUSES,
} from '@/lib/domain/recommendations';
import { pageFields } from './api';
import { ListParamFields, presentParams, type SearchParams } from './filters';

/**
 * The requests of /api/v1/recommendations (lib/api/openapi-recommendations.ts documents them
 * from these schemas). The list takes the recommendations page's filters with a cursor instead
 * of a page number; the bodies check JSON types, then the route parses the values with the
 * form's own schema (lib/validations/recommendations.ts), so both refuse the same things.
 */
export const RECOMMENDATION_API_SORTS = ['code', 'submittedOn', 'responseDueOn', 'status', 'source'] as const;

const list = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((raw) => (Array.isArray(raw) ? raw : [raw]).flatMap((item) => item.split(',')).filter(Boolean))
    .pipe(z.array(z.enum(values, { message: 'errors.badValue' })).max(values.length));

export const ApiRecommendationListParams = ListParamFields.pick({
  q: true,
  review: true,
  org: true,
  province: true,
  category: true,
  addressee: true,
  answer: true,
  primaries: true,
  replyOverdue: true,
  asOf: true,
})
  .extend({
    status: list(RECOMMENDATION_STATUSES)
      .optional()
      .meta({ description: 'overall statuses, comma-separated' }),
    sort: z
      .enum([...RECOMMENDATION_API_SORTS, ...RECOMMENDATION_API_SORTS.map((s) => `-${s}` as const)], {
        message: 'errors.badValue',
      })
      .optional()
      .meta({
        description:
          'a field, descending with a leading "-" (default -submittedOn, drafts first); then by code',
      }),
    ...pageFields,
  })
  .strip();
export type ApiRecommendationListParams = z.infer<typeof ApiRecommendationListParams>;

export function parseApiRecommendationListParams(searchParams: SearchParams) {
  return ApiRecommendationListParams.safeParse(presentParams(searchParams));
}

const code = z.string().max(40);

/** POST /api/v1/recommendations: a draft, as the /recommendations/new form makes it. */
export const RecommendationCreateBody = z
  .object({
    review: code.meta({ description: 'the review, e.g. TK20-NQ23' }),
    sourceOrg: code.meta({ description: 'the unit that recommends, within your reach' }),
    session: code.nullable().optional().meta({ description: 'the survey session it was raised at' }),
    category: z.enum(RECOMMENDATION_CATEGORIES),
    text: z.string().min(1).max(TEXT_LIMIT),
    addressees: z.array(code).min(1).max(30).meta({ description: 'codes of the bodies it is addressed to' }),
  })
  .strict();
export type RecommendationCreateBody = z.infer<typeof RecommendationCreateBody>;

/** POST /api/v1/recommendations/{code}/answers: one addressee's answer moves on. */
export const AnswerBody = z
  .object({
    addressee: code.meta({ description: 'the addressee that answers (a unit within your reach)' }),
    status: z.enum(ADDRESSEE_STATUSES.filter((s) => s !== 'submitted') as [string, ...string[]]).meta({
      description:
        'the answer’s next status: submitted → under_review → accepted | partially_accepted | declined; accepted | partially_accepted → implemented',
    }),
    response: z
      .string()
      .max(TEXT_LIMIT)
      .nullable()
      .optional()
      .meta({ description: 'the answer’s text (required for declined and implemented)' }),
  })
  .strict();
export type AnswerBody = z.infer<typeof AnswerBody>;
