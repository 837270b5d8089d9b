import 'server-only';
import { cache } from 'react';
import { type ClassCounts, emptyClassCounts } from '@/lib/domain/figures';
import { DEADLINE_CLASSES } from '@/lib/domain/tasks';
import { type OrgBreakdown, tasksByOrganization } from './dashboard-breakdown';
import type { FigureFilters } from './dashboard-scope';
import { cachedFigure } from './figure-cache';
import type { Viewer } from './viewer';

export type TaskHeadline = ClassCounts & {
  total: number;
  awaitingConfirmation: number;
  /** tasks due before the as-of day or completed: the denominator of the ranking rate */
  dueOrCompleted: number;
};

/**
 * Counted tasks (not cancelled) by deadline class, as they stood at the end of `asOf`: the sum of
 * the breakdown by organization (every counted task is in one group of it), which the dashboard's
 * organizations chart, its tile map or ranked bar and a unit's page read anyway — one aggregate for
 * the headline, the class widget and the charts, for every viewer (a national one reads it from the
 * rollup). Once per request for the same viewer and filters.
 */
export const taskHeadline = cache(
  cachedFigure(
    'taskHeadline',
    async (viewer: Viewer, filters: FigureFilters): Promise<TaskHeadline> =>
      sumOf(await tasksByOrganization(viewer, filters)),
  ),
);

function sumOf(groups: OrgBreakdown[]): TaskHeadline {
  const headline: TaskHeadline = {
    ...emptyClassCounts(),
    total: 0,
    awaitingConfirmation: 0,
    dueOrCompleted: 0,
  };
  for (const group of groups) {
    for (const cls of DEADLINE_CLASSES) headline[cls] += group[cls];
    headline.total += group.total;
    headline.awaitingConfirmation += group.awaitingConfirmation;
    headline.dueOrCompleted += group.dueOrCompleted;
  }
  return headline;
}
