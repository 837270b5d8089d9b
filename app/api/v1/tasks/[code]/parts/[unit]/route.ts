import { partRead, partUpdate } from '@/lib/api/support-parts';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ code: string; unit: string }> };

/** GET /api/v1/tasks/{code}/parts/{unit}: one supporting unit's part, with its ETag. */
export async function GET(request: Request, context: Params) {
  return partRead(request, context);
}

/** PATCH /api/v1/tasks/{code}/parts/{unit} `{ status, note }`, If-Match: the part's version read. */
export async function PATCH(request: Request, context: Params) {
  return partUpdate(request, context);
}
