import { getSession, sessionOutcomes } from '@/db/queries/sessions';
import { apiRoute } from '@/lib/api/handler';
import { sessionDetail } from '@/lib/api/reference-data';
import { resourceResponse } from '@/lib/api/writes';
import { codeFromParam } from '@/lib/domain/codes';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ code: string }> };

/** GET /api/v1/sessions/{code}: the session and what came out of it, if the token's user may read it (else 404). */
export async function GET(request: Request, { params }: Params) {
  return apiRoute(request, { write: false }, async (context) => {
    const { viewer, problem } = context;
    const code = codeFromParam((await params).code);
    if (!code) return problem('not_found');
    const session = await getSession(viewer, code);
    if (!session) return problem('not_found');
    const resource = sessionDetail(session, await sessionOutcomes(viewer, session.id));
    return resourceResponse(context, session.version, resource, { request });
  });
}
