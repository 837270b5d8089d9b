import { listOrganizationsAfter } from '@/db/queries/organization-list';
import { organizationForViewer } from '@/db/queries/organization-page';
import { decodeCursor, pageLinks } from '@/lib/api/cursor';
import { apiRoute } from '@/lib/api/handler';
import { parameterErrors, searchParamsOf } from '@/lib/api/params';
import { organizationResource } from '@/lib/api/reference-data';
import { parseApiOrganizationListParams } from '@/lib/validations/api-reference-data';

export const dynamic = 'force-dynamic';

const DEFAULT_LIMIT = 100;
const SORT = 'code';

/** GET /api/v1/organizations?parent=&kind=&q=&limit=&cursor= — the units of the token user's scope, by code. */
export async function GET(request: Request) {
  return apiRoute(request, { write: false }, async ({ viewer, url, t, problem, json }) => {
    const input = parseApiOrganizationListParams(searchParamsOf(url));
    if (!input.success) return problem('bad_request', { errors: parameterErrors(t, input.error) });
    const { cursor, limit = DEFAULT_LIMIT, ...filters } = input.data;
    let after: string | undefined;
    if (cursor) {
      const decoded = decodeCursor(cursor);
      if (!decoded || decoded.sort !== SORT || decoded.value !== decoded.code)
        return problem('bad_request', { errors: { cursor: [t('api.badCursor')] } });
      after = decoded.code;
    }
    // a parent out of reach is "not found", as its page answers
    if (filters.parent && !(await organizationForViewer(viewer, filters.parent))) return problem('not_found');
    const page = await listOrganizationsAfter(viewer, filters, { after, limit });
    const links = pageLinks(url, page.next ? { sort: SORT, value: page.next, code: page.next } : null);
    return json({ data: page.rows.map(organizationResource), next: links.next }, { headers: links.headers });
  });
}
