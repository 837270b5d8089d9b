import 'server-only';
import { recommendationDetail } from '@/db/queries/recommendation-detail';
import type { WriteFailure } from '@/db/queries/recommendation-writes';
import { today } from '@/lib/clock';
import type { ApiContext } from './handler';
import { recommendationResource } from './recommendations';
import { resourceResponse, writeProblem } from './writes';

/** The recommendation as the API answers it (its answers included), with its ETag. */
export async function answerRecommendationResource(
  context: ApiContext,
  code: string,
  init: { status?: number; headers?: Record<string, string>; request?: Request } = {},
): Promise<Response> {
  const detail = await recommendationDetail(context.viewer, code, today());
  if (!detail) return context.problem('not_found');
  return resourceResponse(context, detail.version, recommendationResource(detail), init);
}

/** A recommendation write's refusal as problem details (writeProblem). */
export function recommendationWriteProblem(context: ApiContext, result: WriteFailure): Response {
  return writeProblem(
    context,
    result.reason === 'invalid'
      ? { reason: 'invalid', fieldErrors: { [result.field]: [result.message] } }
      : { reason: result.reason },
  );
}
