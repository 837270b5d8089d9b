import { z } from 'zod';
import { ORG_KINDS } from '@/lib/domain/roles';
import { pageFields } from './api';
import { ListParamFields, presentParams, type SearchParams } from './filters';

/**
 * The requests of /api/v1's reference data: survey sessions, organizations, figures (the OpenAPI
 * document is made from these very schemas, lib/api/openapi-reference-data.ts). Lists page by
 * keyset (`cursor`, `limit`) as /api/v1/tasks does; their filters are the shared URL parameters.
 */
export const ApiSessionListParams = ListParamFields.pick({ review: true, org: true })
  .extend({
    org: ListParamFields.shape.org.meta({
      description: 'an organization code: sessions with the units of its subtree',
    }),
    ...pageFields,
  })
  .strip();
export type ApiSessionListParams = z.infer<typeof ApiSessionListParams>;

export function parseApiSessionListParams(searchParams: SearchParams) {
  return ApiSessionListParams.safeParse(presentParams(searchParams));
}

export const ApiOrganizationListParams = ListParamFields.pick({ q: true })
  .extend({
    q: ListParamFields.shape.q.meta({ description: 'code or name, with or without diacritics' }),
    parent: ListParamFields.shape.org.meta({
      description: 'an organization code: only the units directly inside it',
    }),
    kind: z
      .enum(ORG_KINDS, { message: 'errors.badValue' })
      .optional()
      .meta({ description: 'only units of this kind' }),
    ...pageFields,
  })
  .strip();
export type ApiOrganizationListParams = z.infer<typeof ApiOrganizationListParams>;

export function parseApiOrganizationListParams(searchParams: SearchParams) {
  return ApiOrganizationListParams.safeParse(presentParams(searchParams));
}

/**
 * GET /api/v1/figures: the dashboard's parameters. `asOf` is a day as every URL of the
 * application writes it, YYYY-MM-DD (ISO 8601), never dd/MM/yyyy (the screens' way of showing it).
 */
export const ApiFigureParams = ListParamFields.pick({ review: true, org: true, asOf: true, level: true })
  .extend({
    org: ListParamFields.shape.org.meta({
      description:
        'an organization code: the figures of its subtree (default: the token user’s scope); 404 when out of reach',
    }),
    review: ListParamFields.shape.review.meta({ description: 'a review code, e.g. TK20-NQ23' }),
    asOf: ListParamFields.shape.asOf.meta({
      description: 'the day the figures stand at the end of, YYYY-MM-DD (default: today, Asia/Ho_Chi_Minh)',
    }),
    level: ListParamFields.shape.level.meta({
      description: 'cascaded tasks: `top` (default) counts the top of each cascade, `all` every level',
    }),
  })
  .strip();
export type ApiFigureParams = z.infer<typeof ApiFigureParams>;

export function parseApiFigureParams(searchParams: SearchParams) {
  return ApiFigureParams.safeParse(presentParams(searchParams));
}
