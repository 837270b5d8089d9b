import 'server-only';
import { recommendationDetail } from '@/db/queries/recommendation-detail';
import type { WriteFailure } from '@/db/queries/recommendation-writes';
import { today } from '@/lib/clock';
import { etagOf } from './etag';
import type { ApiContext } from './handler';
import { translatedErrors } from './problem';
import { recommendationResource } from './recommendations';

/** The recommendation as the API answers it (its answers included), with its ETag. */
export async function answerRecommendationResource(
  context: ApiContext,
  code: string,
  init: { status?: number; headers?: Record<string, string> } = {},
): Promise<Response> {
  const detail = await recommendationDetail(context.viewer, code, today());
  if (!detail) return context.problem('not_found');
  const resource = recommendationResource(detail);
  return context.json(resource, {
    status: init.status,
    headers: { ETag: etagOf(detail.version, JSON.stringify(resource)), ...init.headers },
  });
}

/** A recommendation write's refusal as problem details: the same reasons the forms show. */
export function recommendationWriteProblem(context: ApiContext, result: WriteFailure): Response {
  if (result.reason === 'invalid') {
    return context.problem('invalid', {
      errors: translatedErrors(context.t, { [result.field]: [result.message] }),
    });
  }
  return context.problem(
    (
      {
        not_found: 'not_found',
        forbidden: 'forbidden',
        conflict: 'precondition_failed',
        invalid_transition: 'not_allowed',
      } as const
    )[result.reason],
  );
}
