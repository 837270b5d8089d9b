import { apiRoute } from '@/lib/api/handler';
import { answerRecommendationResource } from '@/lib/api/recommendation-writes';
import { codeFromParam } from '@/lib/domain/codes';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ code: string }> };

/**
 * GET /api/v1/recommendations/{code}: the recommendation with each addressee's answer, if the
 * token's user may read it (else 404); ETag = its version and body digest.
 */
export async function GET(request: Request, { params }: Params) {
  return apiRoute(request, { write: false }, async (context) => {
    const code = codeFromParam((await params).code);
    if (!code) return context.problem('not_found');
    return answerRecommendationResource(context, code, { request });
  });
}
