import { getTranslations } from 'next-intl/server';
import { db } from '@/db/index';
import { recordEvent } from '@/db/queries/events';
import { mayImportTasks, TEMPLATE_MAX_ROWS, templateData } from '@/db/queries/task-import';
import { findViewer, isHeldBack } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { plainError } from '@/lib/export/respond';
import { exportFileName } from '@/lib/export/table';
import { taskTemplate } from '@/lib/import/template';

/** The XLSX template of the task import, optionally with the coordinator's current tasks. */
export async function GET(request: Request) {
  const viewer = await findViewer();
  if (!viewer || !mayImportTasks(viewer)) return new Response('Not found', { status: 404 });
  // Like the exports: a user held back (a password to change, two-factor sign-in to set up)
  // downloads nothing, the template with records included.
  if (isHeldBack(viewer)) return plainError(403, (await getTranslations())('reports.errors.heldBack'));
  const withTasks = new URL(request.url).searchParams.get('with') === 'tasks';
  const day = today();
  const { orgs, existing, tooMany } = await templateData(viewer, day, withTasks);
  if (tooMany) {
    const t = await getTranslations();
    return plainError(413, t('import.templateTooMany', { max: TEMPLATE_MAX_ROWS }));
  }
  // A template with records is an export of them: logged like one, before its first byte.
  if (withTasks) {
    await recordEvent(db, {
      actorId: viewer.id,
      organizationId: viewer.org.id,
      entityType: 'report',
      entityCode: 'task-import-template',
      action: 'report.export',
      data: { report: 'task-import-template', format: 'xlsx', rows: existing.length },
    });
  }
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
