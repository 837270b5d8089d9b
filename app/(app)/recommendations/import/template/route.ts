import { mayImportRecommendations, recommendationTemplateData } from '@/db/queries/recommendation-import';
import { findViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { exportFileName } from '@/lib/export/table';
import { recommendationTemplate } from '@/lib/import/template';

/** The XLSX template of the recommendation import, optionally with the recommendations of one's scope. */
export async function GET(request: Request) {
  const viewer = await findViewer();
  if (!viewer || !mayImportRecommendations(viewer)) return new Response('Not found', { status: 404 });
  const withRecommendations = new URL(request.url).searchParams.get('with') === 'recommendations';
  const day = today();
  const { existing, ...lists } = await recommendationTemplateData(viewer, day, withRecommendations);
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
