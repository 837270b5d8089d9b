import { organizationForViewer } from '@/db/queries/organization-page';
import { listSessionsAfter, type SessionKey } from '@/db/queries/sessions';
import { decodeCursor, pageLinks } from '@/lib/api/cursor';
import { apiRoute } from '@/lib/api/handler';
import { parameterErrors, searchParamsOf } from '@/lib/api/params';
import { sessionResource } from '@/lib/api/reference-data';
import { isIsoDay } from '@/lib/clock';
import { parseApiSessionListParams } from '@/lib/validations/api-reference-data';

export const dynamic = 'force-dynamic';

const DEFAULT_LIMIT = 100;
const SORT = 'heldOn';

/** GET /api/v1/sessions?review=&org=&limit=&cursor= — the survey sessions the sessions page lists, newest first. */
export async function GET(request: Request) {
  return apiRoute(request, { write: false }, async ({ viewer, url, t, problem, json }) => {
    const input = parseApiSessionListParams(searchParamsOf(url));
    if (!input.success) return problem('bad_request', { errors: parameterErrors(t, input.error) });
    const { cursor, limit = DEFAULT_LIMIT, review, org } = input.data;
    let after: SessionKey | undefined;
    if (cursor) {
      const decoded = decodeCursor(cursor);
      if (!decoded || decoded.sort !== SORT || typeof decoded.value !== 'string' || !isIsoDay(decoded.value))
        return problem('bad_request', { errors: { cursor: [t('api.badCursor')] } });
      after = { heldOn: decoded.value, code: decoded.code };
    }
    // a unit out of reach is "not found", as the organization's page answers
    const within = org ? await organizationForViewer(viewer, org) : undefined;
    if (within === null) return problem('not_found');
    const page = await listSessionsAfter(viewer, { review, within: within?.path }, { after, limit });
    const links = pageLinks(
      url,
      page.next ? { sort: SORT, value: page.next.heldOn, code: page.next.code } : null,
    );
    return json({ data: page.rows.map(sessionResource), next: links.next }, { headers: links.headers });
  });
}
