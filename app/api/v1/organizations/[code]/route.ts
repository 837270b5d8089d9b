import { findOrganization } from '@/db/queries/organization-list';
import { apiRoute } from '@/lib/api/handler';
import { organizationResource } from '@/lib/api/reference-data';
import { codeFromParam } from '@/lib/domain/codes';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ code: string }> };

/** GET /api/v1/organizations/{code}: one unit of the token user's scope (else 404, as its page). */
export async function GET(request: Request, { params }: Params) {
  return apiRoute(request, { write: false }, async ({ viewer, problem, json }) => {
    const code = codeFromParam((await params).code);
    if (!code) return problem('not_found');
    const organization = await findOrganization(viewer, code);
    if (!organization) return problem('not_found');
    return json(organizationResource(organization));
  });
}
