import { addDays, today } from '@/lib/clock';
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
  };
}

/** The list behind a figure: same review and as-of day, narrowed to a place and a class. */
export function drillDown(
  view: FigureView,
  narrow: { org?: string; province?: string; class?: string; status?: string },
) {
  const base = view.org && !narrow.org && !narrow.province ? { org: view.org } : {};
  return { review: view.review, asOf: view.asOf === today() ? undefined : view.asOf, ...base, ...narrow };
}
