import 'server-only';
import { difference, type HeadlineCounts, type HeadlineNumbers, headlineNumbers } from '@/lib/domain/compare';
import { taskHeadline } from './dashboard';
import { recommendationHeadline } from './dashboard-recommendations';
import type { FigureFilters } from './dashboard-scope';
import type { Viewer } from './viewer';

export type HeadlineSince = HeadlineCounts & {
  numbers: HeadlineNumbers;
  /** with a compare day: the same figures at the end of that day, and now − then */
  since?: { day: string; numbers: HeadlineNumbers; change: Record<keyof HeadlineNumbers, number | null> };
};

/** The headline counts at the end of one day: the as-of figures, nothing computed twice. */
async function headlineAt(viewer: Viewer, filters: FigureFilters): Promise<HeadlineCounts> {
  const [tasks, recommendations] = await Promise.all([
    taskHeadline(viewer, filters),
    recommendationHeadline(viewer, filters),
  ]);
  return { tasks, recommendations };
}

/**
 * The headline figures of the as-of day and, when `compare` is set (an earlier day), the same
 * figures computed as of that day — the very queries the dashboard runs for `asOf=compare` — and
 * the change since.
 */
export async function headlineSince(
  viewer: Viewer,
  filters: FigureFilters & { compare?: string },
): Promise<HeadlineSince> {
  const { compare } = filters;
  const [current, earlier] = await Promise.all([
    headlineAt(viewer, filters),
    compare && compare < filters.asOf ? headlineAt(viewer, { ...filters, asOf: compare }) : undefined,
  ]);
  const numbers = headlineNumbers(current);
  if (!compare || !earlier) return { ...current, numbers };
  const then = headlineNumbers(earlier);
  return { ...current, numbers, since: { day: compare, numbers: then, change: difference(numbers, then) } };
}
