import { recommendationDetail } from '@/db/queries/recommendation-detail';
import { submitRecommendation } from '@/db/queries/recommendation-writes';
import { apiRoute } from '@/lib/api/handler';
import { answerRecommendationResource, recommendationWriteProblem } from '@/lib/api/recommendation-writes';
import { formErrors, ifMatchOf } from '@/lib/api/writes';
import { today } from '@/lib/clock';
import { codeFromParam } from '@/lib/domain/codes';
import { SubmitRecommendationInput } from '@/lib/validations/recommendations';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ code: string }> };

/**
 * POST /api/v1/recommendations/{code}/actions/submit with `If-Match: "<version>"` (no body): a
 * draft goes to its addressees, through the recommendation page's data-layer function (the
 * source side within reach, or the review's coordinating office). 200 with the recommendation.
 */
export async function POST(request: Request, { params }: Params) {
  return apiRoute(request, { write: true }, async (context) => {
    const code = codeFromParam((await params).code);
    if (!code) return context.problem('not_found');
    const versions = ifMatchOf(context, request);
    if (!versions.ok) return versions.response;
    const current = await recommendationDetail(context.viewer, code, today());
    if (!current) return context.problem('not_found');
    if (!versions.value.includes(current.version)) return context.problem('precondition_failed');
    const input = SubmitRecommendationInput.safeParse({ code, version: current.version });
    if (!input.success) return context.problem('invalid', { errors: formErrors(context, input.error) });
    const result = await submitRecommendation(context.viewer, input.data);
    if (!result.ok) return recommendationWriteProblem(context, result);
    return answerRecommendationResource(context, code);
  });
}
