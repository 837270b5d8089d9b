import { z } from 'zod';
import type { HeadlineCounts } from '@/lib/domain/compare';
import { headlineNumbers } from '@/lib/domain/compare';
import { type ClassCounts, rates } from '@/lib/domain/figures';
import {
  ADDRESSEE_STATUSES,
  type AddresseeStatus,
  RECOMMENDATION_CATEGORIES,
  type RecommendationCategory,
} from '@/lib/domain/recommendations';
import { DEADLINE_CLASSES } from '@/lib/domain/tasks';

/**
 * GET /api/v1/figures: the dashboard's numbers for a scope and an as-of day, from the same figure
 * functions as its widgets (headline, classes, organizations, addressees, categories), with the
 * one definition of the classes and rates (DESIGN.md "Figures"). Rates are ratios (0–1), null
 * when their denominator is 0.
 */
const count = z.number().int().min(0);
const rate = z.number().min(0).max(1).nullable();
const counts = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((key) => [key, count])) as Record<T[number], typeof count>);

const DeadlineClassCounts = counts(DEADLINE_CLASSES).meta({
  description: 'counted tasks (not cancelled) by deadline class as of the day',
});

export const FigureResource = z.object({
  asOf: z.iso.date(),
  review: z.string().nullable(),
  level: z.enum(['top', 'all']),
  scope: z
    .object({ code: z.string(), nameVi: z.string(), nameEn: z.string().nullable(), kind: z.string() })
    .meta({ description: 'the organization whose subtree the figures are about' }),
  headline: z.object({
    tasksTotal: count,
    completed: count,
    notCompleted: count,
    overdue: count,
    awaitingConfirmation: count,
    completionRate: rate.meta({ description: 'completed / counted' }),
    onTimeRate: rate.meta({ description: 'completed on time / completed' }),
    overdueRate: rate.meta({ description: 'overdue / counted' }),
    recommendationsTotal: count,
    answered: count,
    replyOverdue: count,
  }),
  deadlineClasses: DeadlineClassCounts,
  answersByStatus: counts(ADDRESSEE_STATUSES).meta({
    description: 'addressees’ answers of the submitted recommendations (duplicates folded) by status',
  }),
  recommendationsByCategory: counts(RECOMMENDATION_CATEGORIES),
  units: z
    .array(
      z.object({
        code: z
          .string()
          .nullable()
          .meta({ description: 'TW: the central bodies; null: tasks followed outside the scope' }),
        nameVi: z.string(),
        nameEn: z.string().nullable(),
        own: z.boolean().meta({ description: 'the scope’s own tasks, not its units’' }),
        total: count,
        deadlineClasses: DeadlineClassCounts,
        rankingRate: rate.meta({ description: 'completed on time / (due before the day, or completed)' }),
      }),
    )
    .meta({
      description:
        'by province (national scope) or by the units directly inside the scope, as the dashboard’s chart',
    }),
});
export type FigureResource = z.infer<typeof FigureResource>;

const classesOf = (c: ClassCounts): ClassCounts =>
  Object.fromEntries(DEADLINE_CLASSES.map((cls) => [cls, c[cls]])) as ClassCounts;

export function figureResource(input: {
  asOf: string;
  review?: string;
  level: 'top' | 'all';
  scope: FigureResource['scope'];
  headline: HeadlineCounts;
  answers: { status: AddresseeStatus; recommendations: number }[];
  categories: { category: RecommendationCategory; count: number }[];
  units: (ClassCounts & {
    code: string;
    nameVi: string;
    nameEn: string | null;
    own?: boolean;
    total: number;
    dueOrCompleted: number;
  })[];
}): FigureResource {
  const answersByStatus = Object.fromEntries(ADDRESSEE_STATUSES.map((s) => [s, 0])) as Record<
    AddresseeStatus,
    number
  >;
  for (const a of input.answers) answersByStatus[a.status] += a.recommendations;
  const recommendationsByCategory = Object.fromEntries(
    RECOMMENDATION_CATEGORIES.map((c) => [c, 0]),
  ) as Record<RecommendationCategory, number>;
  for (const c of input.categories) recommendationsByCategory[c.category] = c.count;
  const numbers = headlineNumbers(input.headline);
  return {
    asOf: input.asOf,
    review: input.review ?? null,
    level: input.level,
    scope: input.scope,
    headline: numbers,
    deadlineClasses: classesOf(input.headline.tasks),
    answersByStatus,
    recommendationsByCategory,
    units: input.units.map((g) => ({
      code: g.code || null,
      nameVi: g.nameVi,
      nameEn: g.nameEn,
      own: !!g.own,
      total: g.total,
      deadlineClasses: classesOf(g),
      rankingRate: rates(g, g.dueOrCompleted).rankingRate,
    })),
  };
}
