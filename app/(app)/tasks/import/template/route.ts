import { mayImportTasks, templateData } from '@/db/queries/task-import';
import { findViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { exportFileName } from '@/lib/export/table';
import { taskTemplate } from '@/lib/import/template';

/** The XLSX template of the task import, optionally with the coordinator's current tasks. */
export async function GET(request: Request) {
  const viewer = await findViewer();
  if (!viewer || !mayImportTasks(viewer)) return new Response('Not found', { status: 404 });
  const withTasks = new URL(request.url).searchParams.get('with') === 'tasks';
  const day = today();
  const { orgs, existing } = await templateData(viewer, day, withTasks);
  const body = await taskTemplate(orgs, existing);
  const name = exportFileName(withTasks ? 'nhiem-vu' : 'mau-nhap-nhiem-vu', day, 'xlsx');
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    },
  });
}
