import { getTranslations } from 'next-intl/server';
import { db } from '@/db/index';
import { recordEvent } from '@/db/queries/events';
import { mayImportRecommendations, recommendationTemplateData } from '@/db/queries/recommendation-import';
import { TEMPLATE_MAX_ROWS } from '@/db/queries/task-import';
import { findViewer, isHeldBack } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { plainError } from '@/lib/export/respond';
import { exportFileName } from '@/lib/export/table';
import { recommendationTemplate } from '@/lib/import/template';

/** The XLSX template of the recommendation import, optionally with the recommendations of one's scope. */
export async function GET(request: Request) {
  const viewer = await findViewer();
  if (!viewer || !mayImportRecommendations(viewer)) return new Response('Not found', { status: 404 });
  // Like the exports: a user held back (a password to change, two-factor sign-in to set up)
  // downloads nothing, the template with records included.
  if (isHeldBack(viewer)) return plainError(403, (await getTranslations())('reports.errors.heldBack'));
  const withRecommendations = new URL(request.url).searchParams.get('with') === 'recommendations';
  const day = today();
  const { existing, tooMany, ...lists } = await recommendationTemplateData(viewer, day, withRecommendations);
  if (tooMany) {
    const t = await getTranslations();
    return plainError(413, t('recommendationImport.templateTooMany', { max: TEMPLATE_MAX_ROWS }));
  }
  // A template with records is an export of them: logged like one, before its first byte.
  if (withRecommendations) {
    await recordEvent(db, {
      actorId: viewer.id,
      organizationId: viewer.org.id,
      entityType: 'report',
      entityCode: 'recommendation-import-template',
      action: 'report.export',
      data: { report: 'recommendation-import-template', format: 'xlsx', rows: existing.length },
    });
  }
  const body = await recommendationTemplate(lists, existing);
  const name = exportFileName(withRecommendations ? 'kien-nghi' : 'mau-nhap-kien-nghi', day, 'xlsx');
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    },
  });
}
