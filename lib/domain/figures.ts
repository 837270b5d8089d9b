import { addDays } from '@/lib/clock';
import { DEADLINE_CLASSES, type DeadlineClass } from './tasks';

/** Counts of counted tasks (cancelled excluded) by deadline class, as DESIGN.md defines them. */
export type ClassCounts = Record<DeadlineClass, number>;

export function emptyClassCounts(): ClassCounts {
  return Object.fromEntries(DEADLINE_CLASSES.map((c) => [c, 0])) as ClassCounts;
}

export type Rates = {
  counted: number;
  completed: number;
  notCompleted: number;
  /** completed / counted */
  completionRate: number | null;
  /** overdue / counted */
  overdueRate: number | null;
  /** completed on time / completed */
  onTimeRate: number | null;
  /** completed on time / (tasks due before the day, or completed): how provinces are ranked */
  rankingRate: number | null;
};

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export function rates(counts: ClassCounts, dueOrCompleted: number): Rates {
  const completed = counts.completed_on_time + counts.completed_late;
  const counted = completed + counts.in_progress_on_time + counts.overdue;
  return {
    counted,
    completed,
    notCompleted: counted - completed,
    completionRate: ratio(completed, counted),
    overdueRate: ratio(counts.overdue, counted),
    onTimeRate: ratio(counts.completed_on_time, completed),
    rankingRate: ratio(counts.completed_on_time, dueOrCompleted),
  };
}

/**
 * Units ranked as the dashboard ranks them: by the ranking rate (completed on time / due or
 * completed), highest first, units without a rate last, then by code.
 */
export function rankByOnTime<T extends ClassCounts & { code: string; dueOrCompleted: number }>(
  groups: T[],
): { group: T; rate: number | null }[] {
  return groups
    .map((group) => ({ group, rate: rates(group, group.dueOrCompleted).rankingRate }))
    .sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || a.group.code.localeCompare(b.group.code));
}

/**
 * The months (first days, sorted) that days fall inside of: a day that is its month's last leaves
 * the month whole, since every change in it counts from that day (db/queries/task-rollup.ts reads
 * a whole month by its row of task_rollup_month, a split one by day).
 */
export function monthsSplitBy(days: string[]): string[] {
  const split = days.filter((day) => !addDays(day, 1).endsWith('-01')).map((day) => `${day.slice(0, 8)}01`);
  return [...new Set(split)].sort();
}

/**
 * The last day of each week (Sunday) or month between two days, the last one capped at `to`:
 * the points of the progress-over-time chart.
 */
export function periodEnds(from: string, to: string, period: 'week' | 'month'): string[] {
  const ends: string[] = [];
  let day = from;
  while (day <= to && ends.length < 400) {
    let end: string;
    if (period === 'week') {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
      end = addDays(day, (7 - weekday) % 7);
    } else {
      const [y, m] = day.split('-').map(Number);
      end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    }
    ends.push(end < to ? end : to);
    day = addDays(end, 1);
  }
  return ends;
}
