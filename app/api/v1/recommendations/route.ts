import { createRecommendation } from '@/db/queries/recommendation-writes';
import { listRecommendationsAfter, type RecommendationKey } from '@/db/queries/recommendations';
import { decodeCursor, pageLinks } from '@/lib/api/cursor';
import { apiRoute } from '@/lib/api/handler';
import { parameterErrors, searchParamsOf } from '@/lib/api/params';
import { answerRecommendationResource, recommendationWriteProblem } from '@/lib/api/recommendation-writes';
import { recommendationCursorFits, recommendationSummary } from '@/lib/api/recommendations';
import { asField, bodyOf, formErrors } from '@/lib/api/writes';
import { today } from '@/lib/clock';
import {
  parseApiRecommendationListParams,
  RecommendationCreateBody,
} from '@/lib/validations/api-recommendations';
import { NewRecommendationInput } from '@/lib/validations/recommendations';

export const dynamic = 'force-dynamic';

const DEFAULT_LIMIT = 100;

/**
 * GET /api/v1/recommendations?<the recommendations page's filters>&limit=&cursor= — the list the
 * page shows (visibility, filters, as-of day, order), by keyset.
 */
export async function GET(request: Request) {
  return apiRoute(request, { write: false }, async ({ viewer, url, t, problem, json }) => {
    const input = parseApiRecommendationListParams(searchParamsOf(url));
    if (!input.success) return problem('bad_request', { errors: parameterErrors(t, input.error) });
    const { cursor, limit = DEFAULT_LIMIT, ...filters } = input.data;
    const sort = filters.sort ?? '-submittedOn';
    let after: RecommendationKey | undefined;
    if (cursor) {
      const decoded = decodeCursor(cursor);
      if (!decoded || decoded.sort !== sort || !recommendationCursorFits(sort, decoded.value))
        return problem('bad_request', { errors: { cursor: [t('api.badCursor')] } });
      after = { value: String(decoded.value), code: decoded.code };
    }
    const page = await listRecommendationsAfter(viewer, { ...filters, sort }, filters.asOf ?? today(), {
      after,
      limit,
    });
    const links = pageLinks(url, page.next ? { sort, ...page.next } : null);
    return json({ data: page.rows.map(recommendationSummary), next: links.next }, { headers: links.headers });
  });
}

/**
 * POST /api/v1/recommendations: a draft, through the /recommendations/new form's schema and
 * data-layer function (officials and coordinators, from a unit within their reach). 201 with the
 * recommendation, its Location and ETag.
 */
export async function POST(request: Request) {
  return apiRoute(request, { write: true }, async (context) => {
    const body = await bodyOf(context, request, RecommendationCreateBody);
    if (!body.ok) return body.response;
    const input = NewRecommendationInput.safeParse({ ...body.value, session: asField(body.value.session) });
    if (!input.success) return context.problem('invalid', { errors: formErrors(context, input.error) });
    const result = await createRecommendation(context.viewer, input.data);
    if (!result.ok) return recommendationWriteProblem(context, result);
    return answerRecommendationResource(context, result.code, {
      status: 201,
      headers: { Location: `/api/v1/recommendations/${encodeURIComponent(result.code)}` },
    });
  });
}
