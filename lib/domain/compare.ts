import { type ClassCounts, rates } from './figures';

/**
 * "Since" comparisons (issue 19): a figure at the as-of day against the same figure at an
 * earlier day. Pure: the figures of both days come from the one as-of computation.
 */

export const COMPARE_CHOICES = ['month', 'quarter', 'year'] as const;
export type CompareChoice = (typeof COMPARE_CHOICES)[number];

/** The first day of the month, quarter or year that holds `asOf` (YYYY-MM-DD). */
export function startOf(choice: CompareChoice, asOf: string): string {
  const [year, month] = asOf.split('-').map(Number);
  const first = choice === 'year' ? 1 : choice === 'quarter' ? month - ((month - 1) % 3) : month;
  return `${year}-${String(first).padStart(2, '0')}-01`;
}

/**
 * The quick choices offered for an as-of day: start of month, quarter and year, each only when it
 * lies before the as-of day (on the 1st of January every start is the day itself).
 */
export function compareChoices(asOf: string): { choice: CompareChoice; day: string }[] {
  return COMPARE_CHOICES.map((choice) => ({ choice, day: startOf(choice, asOf) })).filter(
    ({ day }) => day < asOf,
  );
}

/** Each numeric field's change since the compare day: now − then (null when either is null). */
export function difference<T extends Record<string, number | null>>(
  now: T,
  then: T,
): { [K in keyof T]: number | null } {
  const out = {} as { [K in keyof T]: number | null };
  for (const key of Object.keys(now) as (keyof T)[]) {
    const a = now[key];
    const b = then[key];
    out[key] = a === null || b === null ? null : a - b;
  }
  return out;
}

/** The headline's counts as the figure queries give them (tasks by class, recommendations). */
export type HeadlineCounts = {
  tasks: ClassCounts & { total: number; awaitingConfirmation: number; dueOrCompleted: number };
  recommendations: { total: number; answered: number; replyOverdue: number };
};

/** The figures the dashboard's headline shows, each one number (rates as ratios, null when undefined). */
export function headlineNumbers({ tasks, recommendations }: HeadlineCounts) {
  const r = rates(tasks, tasks.dueOrCompleted);
  return {
    tasksTotal: tasks.total,
    completed: r.completed,
    notCompleted: r.notCompleted,
    overdue: tasks.overdue,
    awaitingConfirmation: tasks.awaitingConfirmation,
    completionRate: r.completionRate,
    onTimeRate: r.onTimeRate,
    overdueRate: r.overdueRate,
    recommendationsTotal: recommendations.total,
    answered: recommendations.answered,
    replyOverdue: recommendations.replyOverdue,
  };
}
export type HeadlineNumbers = ReturnType<typeof headlineNumbers>;
