import { addDays, today } from '@/lib/clock';
import type { TaskLevel } from '@/lib/domain/cascade';
import {
  ADDRESSEE_STATUSES,
  type AddresseeStatus,
  type RecommendationCategory,
} from '@/lib/domain/recommendations';
import type { ListParams } from '@/lib/validations/filters';

/** The dashboard's and the reports' reading of the shared URL parameters. */
export type FigureView = {
  asOf: string;
  review?: string;
  /** `province`, else `org`: the subtree the figures are about */
  org?: string;
  period: 'week' | 'month';
  from: string;
  to: string;
  /** cascaded tasks: figures count the top of each cascade unless `level=all` */
  level: TaskLevel;
  /** an earlier day the headline figures and the summary tables are compared with */
  compare?: string;
};

export function figureView(params: ListParams): FigureView {
  const asOf = params.asOf ?? today();
  const to = params.to && params.to < asOf ? params.to : asOf;
  const from =
    params.from && params.from <= to
      ? params.from
      : addDays(to, params.period === 'week' ? -26 * 7 : -2 * 365);
  return {
    asOf,
    review: params.review,
    org: params.province ?? params.org,
    period: params.period ?? 'month',
    from,
    to,
    level: params.level ?? 'top',
    compare: params.compare && params.compare < asOf ? params.compare : undefined,
  };
}

/** The list behind a figure: same review and as-of day, narrowed to a place and a class. */
export function drillDown(
  view: FigureView,
  narrow: { org?: string; province?: string; outside?: '1'; own?: '1'; class?: string; status?: string },
) {
  const base = view.org && !narrow.org && !narrow.province ? { org: view.org } : {};
  // The figures count each task once, by its lead unit: the list leaves out the tasks read only
  // as a supporting unit. Lists show every level by default: a segment of the top level says so.
  return {
    review: view.review,
    asOf: view.asOf === today() ? undefined : view.asOf,
    unitRole: 'lead' as const,
    level: view.level === 'top' ? ('top' as const) : undefined,
    ...base,
    ...narrow,
  };
}

/**
 * The recommendation list behind a figure: the figure's review, source subtree and as-of day, the
 * recommendations submitted by that day (every status but draft), narrowed to a segment.
 */
export function recommendationDrillDown(
  view: FigureView,
  narrow: {
    category?: RecommendationCategory[];
    addressee?: string[];
    primaries?: '1';
    answer?: AddresseeStatus[];
    replyOverdue?: '1';
  },
) {
  return {
    review: view.review,
    org: view.org,
    asOf: view.asOf === today() ? undefined : view.asOf,
    status: [...ADDRESSEE_STATUSES],
    ...narrow,
  };
}

/**
 * The list filter of a group of the organizations chart: a province, another unit, the unit the
 * chart is about on its own (`own`: its tasks, not its units'), or (no code) the bodies outside the
 * viewer's scope that it follows through its recommendations.
 */
export function placeOf(
  code: string,
  own = false,
): { province?: string; org?: string; outside?: '1'; own?: '1' } {
  if (own) return { org: code, own: '1' };
  return !code ? { outside: '1' } : /^P\d+$/.test(code) ? { province: code } : { org: code };
}

/**
 * The filters of the detail lists of /reports (and of their exports): the summaries' review,
 * subtree (`province`, else `org`, as `figureView` reads them) and as-of day — a unit's code is
 * a subtree, never read as a province — and, as the summaries count them, the tasks by lead unit.
 */
export function reportListParams(
  view: FigureView,
): Pick<ListParams, 'review' | 'org' | 'asOf' | 'unitRole' | 'level'> {
  return { ...reportSubtree(view), unitRole: 'lead', level: view.level === 'top' ? 'top' : undefined };
}

// Not `compare`: only a summary with comparison columns carries it (REPORTS' `compares`), so that
// no other export says it compares.
function reportSubtree(view: FigureView): Pick<ListParams, 'review' | 'org' | 'asOf'> {
  return { review: view.review, org: view.org, asOf: view.asOf === today() ? undefined : view.asOf };
}

/**
 * The filters of the recommendation list of /reports (and of its export): those of the other
 * detail list, and only what the summary counts — submitted by the as-of day (every status but draft).
 */
export function reportRecommendationParams(
  view: FigureView,
): Pick<ListParams, 'review' | 'org' | 'asOf' | 'status'> {
  return { ...reportSubtree(view), status: [...ADDRESSEE_STATUSES] };
}
