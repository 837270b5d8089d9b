import { apiRoute } from '@/lib/api/handler';
import { supportPartResource } from '@/lib/api/support-part-resource';
import { partsOfTask } from '@/lib/api/support-parts';
import { codeFromParam } from '@/lib/domain/codes';

export const dynamic = 'force-dynamic';

/** GET /api/v1/tasks/{code}/parts: the supporting units' parts of a task the token's user reads (else 404). */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  return apiRoute(request, { write: false }, async (context) => {
    const code = codeFromParam((await params).code);
    const parts = code ? await partsOfTask(context, code) : null;
    if (!parts) return context.problem('not_found');
    return context.json({ data: parts.map(supportPartResource) });
  });
}
