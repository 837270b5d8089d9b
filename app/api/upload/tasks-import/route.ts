import { importTasks } from '@/app/(app)/tasks/import/upload';
import { uploadRoute } from '@/lib/http/upload-route';
import { IMPORT_UPLOAD_LIMITS } from '@/lib/import/spreadsheet';

export const dynamic = 'force-dynamic';

const upload = uploadRoute(IMPORT_UPLOAD_LIMITS, importTasks);

/** POST /api/upload/tasks-import (multipart: file, mode, versions): the task import page's form. */
export async function POST(request: Request): Promise<Response> {
  return upload(request);
}
