import { answerRecommendation } from '@/db/queries/recommendation-answers';
import { recommendationDetail } from '@/db/queries/recommendation-detail';
import { apiRoute } from '@/lib/api/handler';
import { translatedErrors } from '@/lib/api/problem';
import { answerRecommendationResource, recommendationWriteProblem } from '@/lib/api/recommendation-writes';
import { asField, bodyOf, formErrors, ifMatchOf } from '@/lib/api/writes';
import { today } from '@/lib/clock';
import { codeFromParam } from '@/lib/domain/codes';
import { AnswerBody } from '@/lib/validations/api-recommendations';
import { AnswerInput } from '@/lib/validations/recommendations';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ code: string }> };

/**
 * POST /api/v1/recommendations/{code}/answers `{ addressee, status, response }` with
 * `If-Match: "<version>"`: one addressee's answer moves on, through the recommendation page's
 * form schema and data-layer function (only a unit within the user's reach answers, along the
 * answers' transitions). 200 with the recommendation, whose `addressees` list the answers.
 */
export async function POST(request: Request, { params }: Params) {
  return apiRoute(request, { write: true }, async (context) => {
    const code = codeFromParam((await params).code);
    if (!code) return context.problem('not_found');
    const versions = ifMatchOf(context, request);
    if (!versions.ok) return versions.response;
    const body = await bodyOf(context, request, AnswerBody);
    if (!body.ok) return body.response;
    const current = await recommendationDetail(context.viewer, code, today());
    if (!current) return context.problem('not_found');
    if (!versions.value.includes(current.version)) return context.problem('precondition_failed');
    const input = AnswerInput.safeParse({
      code,
      version: current.version,
      addressee: body.value.addressee,
      status: body.value.status,
      response: asField(body.value.response),
    });
    if (!input.success) return context.problem('invalid', { errors: formErrors(context, input.error) });
    const result = await answerRecommendation(context.viewer, input.data);
    if (!result.ok) {
      // the recommendation was just read: what is not found is the addressee among its own
      if (result.reason === 'not_found') {
        return context.problem('invalid', {
          errors: translatedErrors(context.t, { addressee: ['recommendations.errors.addresseeInvalid'] }),
        });
      }
      return recommendationWriteProblem(context, result);
    }
    return answerRecommendationResource(context, code);
  });
}
