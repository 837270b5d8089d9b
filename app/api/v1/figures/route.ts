import { taskHeadline } from '@/db/queries/dashboard';
import { tasksByOrganization } from '@/db/queries/dashboard-breakdown';
import { recommendationHeadline, recommendationsByCategory } from '@/db/queries/dashboard-recommendations';
import { organizationForViewer } from '@/db/queries/organization-page';
import { recommendationsByAddresseeStatus } from '@/db/queries/recommendation-figures';
import { listReviews } from '@/db/queries/reference';
import { readDatabase, readFrom } from '@/db/read-database';
import { figureResource } from '@/lib/api/figures';
import { apiRoute } from '@/lib/api/handler';
import { parameterErrors, searchParamsOf } from '@/lib/api/params';
import { today } from '@/lib/clock';
import { parseApiFigureParams } from '@/lib/validations/api-reference-data';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/figures?org=&review=&asOf=YYYY-MM-DD&level= — the dashboard's numbers for a scope and
 * an as-of day: the very figure functions its widgets call, with the same filters (and the same
 * cache and read replica). An organization out of reach is "not found", as its page.
 */
export async function GET(request: Request) {
  return apiRoute(request, { write: false }, async ({ viewer, url, t, problem, json }) => {
    const input = parseApiFigureParams(searchParamsOf(url));
    if (!input.success) return problem('bad_request', { errors: parameterErrors(t, input.error) });
    const { org, review, asOf = today(), level = 'top' } = input.data;
    const [scope, reviews] = await Promise.all([
      organizationForViewer(viewer, org ?? viewer.scope.code),
      review ? listReviews() : [],
    ]);
    if (!scope) return problem('not_found');
    if (review && !reviews.some((r) => r.code === review))
      return problem('bad_request', { errors: { review: [t('api.badParameter')] } });
    const filters = { asOf, review, org, level };
    const source = await readDatabase(viewer);
    const [tasks, recommendations, answers, categories, units] = await readFrom(source, () =>
      Promise.all([
        taskHeadline(viewer, filters),
        recommendationHeadline(viewer, filters),
        recommendationsByAddresseeStatus(viewer, filters),
        recommendationsByCategory(viewer, filters),
        tasksByOrganization(viewer, filters),
      ]),
    );
    return json(
      figureResource({
        asOf,
        review,
        level,
        scope: { code: scope.code, nameVi: scope.nameVi, nameEn: scope.nameEn, kind: scope.kind },
        headline: { tasks, recommendations },
        answers,
        categories,
        units,
      }),
    );
  });
}
