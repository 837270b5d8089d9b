import { z } from 'zod';
import {
  ADDRESSEE_STATUSES,
  RECOMMENDATION_CATEGORIES,
  RECOMMENDATION_STATUSES,
} from '@/lib/domain/recommendations';
import { TASK_STATUSES } from '@/lib/domain/tasks';

/**
 * What /api/v1 answers about recommendations. The schemas document the answers in the OpenAPI
 * document; the mappers build them from the data layer's rows and are typed by the schemas.
 */
const unit = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string().nullable() });

export const RecommendationSummary = z.object({
  code: z.string(),
  source: z.object({ nameVi: z.string(), nameEn: z.string().nullable() }),
  category: z.enum(RECOMMENDATION_CATEGORIES),
  /** the first 280 characters of the text */
  excerpt: z.string(),
  submittedOn: z.iso.date().nullable(),
  responseDueOn: z.iso.date().nullable(),
  status: z.enum(RECOMMENDATION_STATUSES),
  replyOverdue: z.boolean(),
  addressees: z.array(unit),
  duplicateOf: z.string().nullable(),
  duplicates: z.number().int(),
  documents: z.number().int(),
});
export type RecommendationSummary = z.infer<typeof RecommendationSummary>;

export const RecommendationList = z.object({
  data: z.array(RecommendationSummary),
  /** the next page's address (also in `Link: rel="next"`), null on the last page */
  next: z.string().nullable(),
});

/** Each addressee answers on its own: its status and answer. */
export const AddresseeAnswer = unit.extend({
  status: z.enum(ADDRESSEE_STATUSES),
  response: z.string().nullable(),
  respondedOn: z.iso.date().nullable(),
  respondedBy: z.string().nullable(),
  replyOverdue: z.boolean(),
});

export const RecommendationResource = z.object({
  code: z.string(),
  review: z.object({ code: z.string(), titleVi: z.string(), titleEn: z.string().nullable() }),
  source: unit,
  session: z
    .object({
      code: z.string(),
      titleVi: z.string().nullable(),
      titleEn: z.string().nullable(),
      heldOn: z.iso.date().nullable(),
    })
    .nullable(),
  category: z.enum(RECOMMENDATION_CATEGORIES),
  text: z.string(),
  summaryEn: z.string().nullable(),
  submittedOn: z.iso.date().nullable(),
  responseDueOn: z.iso.date().nullable(),
  /** draft before submission, then the least advanced of the addressees' statuses */
  status: z.enum(RECOMMENDATION_STATUSES),
  replyOverdue: z.boolean(),
  addressees: z.array(AddresseeAnswer),
  /** the tasks that answer it, those the token's user may read */
  tasks: z.array(
    z.object({ code: z.string(), title: z.string(), status: z.enum(TASK_STATUSES), dueOn: z.iso.date() }),
  ),
  duplicateOf: z.string().nullable(),
  /** its duplicates that the token's user may read */
  duplicates: z.array(z.string()),
  /** the same as the ETag: send it back in If-Match to answer */
  version: z.number().int(),
});
export type RecommendationResource = z.infer<typeof RecommendationResource>;

type Row = {
  code: string;
  sourceNameVi: string;
  sourceNameEn: string | null;
  category: RecommendationSummary['category'];
  excerpt: string;
  submittedOn: string | null;
  responseDueOn: string | null;
  status: RecommendationSummary['status'];
  replyOverdue: boolean;
  addressees: { code: string; nameVi: string; nameEn: string | null }[];
  duplicateOf: string | null;
  duplicates: number;
  documents: number;
};

export function recommendationSummary(row: Row): RecommendationSummary {
  return {
    code: row.code,
    source: { nameVi: row.sourceNameVi, nameEn: row.sourceNameEn },
    category: row.category,
    excerpt: row.excerpt,
    submittedOn: row.submittedOn,
    responseDueOn: row.responseDueOn,
    status: row.status,
    replyOverdue: row.replyOverdue,
    addressees: row.addressees.map((a) => ({ code: a.code, nameVi: a.nameVi, nameEn: a.nameEn })),
    duplicateOf: row.duplicateOf,
    duplicates: row.duplicates,
    documents: row.documents,
  };
}

type Detail = {
  code: string;
  version: number;
  category: RecommendationResource['category'];
  text: string;
  summaryEn: string | null;
  submittedOn: string | null;
  responseDueOn: string | null;
  status: RecommendationResource['status'];
  replyOverdue: boolean;
  review: { code: string; titleVi: string; titleEn: string | null };
  source: { code: string; nameVi: string; nameEn: string | null };
  session: {
    code: string | null;
    titleVi: string | null;
    titleEn: string | null;
    heldOn: string | null;
  } | null;
  duplicateOf: string | null;
  addressees: {
    code: string;
    nameVi: string;
    nameEn: string | null;
    status: RecommendationResource['addressees'][number]['status'];
    responseText: string | null;
    respondedOn: string | null;
    respondedBy: string | null;
    replyOverdue: boolean;
  }[];
  tasks: {
    code: string;
    title: string;
    status: RecommendationResource['tasks'][number]['status'];
    dueOn: string;
  }[];
  duplicates: { code: string; visible: boolean }[];
};

export function recommendationResource(rec: Detail): RecommendationResource {
  return {
    code: rec.code,
    review: { code: rec.review.code, titleVi: rec.review.titleVi, titleEn: rec.review.titleEn },
    source: { code: rec.source.code, nameVi: rec.source.nameVi, nameEn: rec.source.nameEn },
    session: rec.session?.code
      ? {
          code: rec.session.code,
          titleVi: rec.session.titleVi,
          titleEn: rec.session.titleEn,
          heldOn: rec.session.heldOn,
        }
      : null,
    category: rec.category,
    text: rec.text,
    summaryEn: rec.summaryEn,
    submittedOn: rec.submittedOn,
    responseDueOn: rec.responseDueOn,
    status: rec.status,
    replyOverdue: rec.replyOverdue,
    addressees: rec.addressees.map((a) => ({
      code: a.code,
      nameVi: a.nameVi,
      nameEn: a.nameEn,
      status: a.status,
      response: a.responseText,
      respondedOn: a.respondedOn,
      respondedBy: a.respondedBy,
      replyOverdue: a.replyOverdue,
    })),
    tasks: rec.tasks.map((t) => ({ code: t.code, title: t.title, status: t.status, dueOn: t.dueOn })),
    duplicateOf: rec.duplicateOf,
    duplicates: rec.duplicates.filter((d) => d.visible).map((d) => d.code),
    version: rec.version,
  };
}

/**
 * The cursor's sort value fits the sort's type (db/queries/recommendations.ts keysetColumn): an
 * edited cursor is a 400, never a cast error in the database.
 */
export function recommendationCursorFits(sort: string, value: string | number): boolean {
  const text = String(value);
  switch (sort.replace(/^-/, '')) {
    case 'submittedOn':
    case 'responseDueOn': {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
      const day = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
    }
    case 'status':
      return /^\d{1,2}$/.test(text);
    default:
      return typeof value === 'string';
  }
}
