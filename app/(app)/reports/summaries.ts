import 'server-only';
import { tasksByOrganization } from '@/db/queries/dashboard-breakdown';
import type { Viewer } from '@/db/queries/viewer';
import type { ReportTable } from '@/lib/export/table';
import type { FigureView } from '@/lib/figure-filters';
import { taskResultsTable } from '@/lib/reports/task-results';

type Translate = (key: string) => string;

/** The summary reports: each reads its figures for a viewer and gives one table. */
export const SUMMARY_REPORTS: Record<
  string,
  (viewer: Viewer, view: FigureView, t: Translate, locale: string) => Promise<ReportTable>
> = {
  'task-results': async (viewer, view, t, locale) => {
    const groups = await tasksByOrganization(viewer, view);
    return taskResultsTable(
      groups.map((g) => ({ ...g, name: locale === 'en' ? (g.nameEn ?? g.nameVi) : g.nameVi })),
      t,
    );
  },
};
