import { importRecommendations } from '@/app/(app)/recommendations/import/upload';
import { uploadRoute } from '@/lib/http/upload-route';
import { IMPORT_UPLOAD_LIMITS } from '@/lib/import/spreadsheet';

export const dynamic = 'force-dynamic';

const upload = uploadRoute(IMPORT_UPLOAD_LIMITS, importRecommendations);

/** POST /api/upload/recommendations-import (multipart: file, mode, versions): the recommendation import page's form. */
export async function POST(request: Request): Promise<Response> {
  return upload(request);
}
