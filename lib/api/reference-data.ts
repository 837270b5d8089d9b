import { z } from 'zod';
import type { DocumentItem } from '@/lib/documents/types';
import { DOCUMENT_RECORD_KINDS } from '@/lib/domain/documents';
import { RECOMMENDATION_STATUSES } from '@/lib/domain/recommendations';
import { ORG_KINDS, SECTORS } from '@/lib/domain/roles';
import { TASK_STATUSES } from '@/lib/domain/tasks';

/**
 * What /api/v1 answers about survey sessions, organizations and documents. The schemas document
 * the answers in the OpenAPI document; the mappers below, typed by them, build the answers from
 * the data layer's rows.
 */
const unit = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string().nullable() });
const listOf = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    /** the next page's address (also in `Link: rel="next"`), null on the last page */
    next: z.string().nullable(),
  });

export const SessionResource = z.object({
  code: z.string(),
  review: z.string().meta({ description: 'the review’s code' }),
  title: z.string(),
  titleEn: z.string().nullable(),
  heldOn: z.iso.date().nullable(),
  organization: unit.meta({ description: 'the organization visited' }),
  delegation: z.string().nullable(),
  participants: z.array(z.string()),
  source: z.string().nullable(),
  version: z.number().int(),
});
export type SessionResource = z.infer<typeof SessionResource>;
export const SessionList = listOf(SessionResource);

export const SessionDetail = SessionResource.extend({
  /** what came out of the session, as far as the token's user may read it */
  tasks: z.array(
    z.object({ code: z.string(), title: z.string(), status: z.enum(TASK_STATUSES), dueOn: z.iso.date() }),
  ),
  recommendations: z.array(
    z.object({ code: z.string(), text: z.string(), status: z.enum(RECOMMENDATION_STATUSES) }),
  ),
});
export type SessionDetail = z.infer<typeof SessionDetail>;

type SessionRow = {
  code: string;
  reviewCode: string;
  title: string;
  titleEn: string | null;
  heldOn: string | null;
  organizationCode: string;
  organizationNameVi: string;
  organizationNameEn: string | null;
  delegation: string | null;
  participants: string[];
  source: string | null;
  version: number;
};

export function sessionResource(row: SessionRow): SessionResource {
  return {
    code: row.code,
    review: row.reviewCode,
    title: row.title,
    titleEn: row.titleEn,
    heldOn: row.heldOn,
    organization: {
      code: row.organizationCode,
      nameVi: row.organizationNameVi,
      nameEn: row.organizationNameEn,
    },
    delegation: row.delegation,
    participants: row.participants,
    source: row.source,
    version: row.version,
  };
}

export function sessionDetail(
  row: SessionRow,
  outcomes: {
    tasks: SessionDetail['tasks'];
    recommendations: { code: string; text: string; status: string }[];
  },
): SessionDetail {
  return {
    ...sessionResource(row),
    tasks: outcomes.tasks.map(({ code, title, status, dueOn }) => ({ code, title, status, dueOn })),
    recommendations: outcomes.recommendations.map(({ code, text, status }) => ({
      code,
      text,
      status: status as SessionDetail['recommendations'][number]['status'],
    })),
  };
}

export const OrganizationResource = z.object({
  code: z.string(),
  nameVi: z.string(),
  shortNameVi: z.string().nullable(),
  nameEn: z.string().nullable(),
  kind: z.enum(ORG_KINDS),
  sector: z.enum(SECTORS),
  level: z
    .number()
    .int()
    .min(1)
    .meta({ description: 'depth in the tree: 1 for the national level, 2 for a province or central body…' }),
  parent: z.string().nullable().meta({ description: 'the parent organization’s code' }),
  province: z.string().nullable().meta({ description: 'the province it belongs to (itself for a province)' }),
  successor: z.string().nullable().meta({ description: 'the unit it was merged into, if retired' }),
  validFrom: z.iso.date().nullable(),
  validTo: z.iso.date().nullable().meta({ description: 'its last day, if retired' }),
});
export type OrganizationResource = z.infer<typeof OrganizationResource>;
export const OrganizationList = listOf(OrganizationResource);

/** The depth of a unit from its path of ids ("/1/18/52/" is 3). */
export function levelOfPath(path: string): number {
  return path.split('/').filter(Boolean).length;
}

export function organizationResource(row: {
  code: string;
  nameVi: string;
  shortNameVi: string | null;
  nameEn: string | null;
  kind: OrganizationResource['kind'];
  sector: OrganizationResource['sector'];
  path: string;
  parentCode: string | null;
  provinceCode: string | null;
  successorCode: string | null;
  validFrom: string | null;
  validTo: string | null;
}): OrganizationResource {
  return {
    code: row.code,
    nameVi: row.nameVi,
    shortNameVi: row.shortNameVi,
    nameEn: row.nameEn,
    kind: row.kind,
    sector: row.sector,
    level: levelOfPath(row.path),
    parent: row.parentCode,
    province: row.provinceCode,
    successor: row.successorCode,
    validFrom: row.validFrom,
    validTo: row.validTo,
  };
}

export const DocumentResource = z.object({
  id: z.uuid(),
  kind: z.enum(DOCUMENT_RECORD_KINDS).meta({ description: 'what it is evidence of' }),
  unit: z
    .string()
    .nullable()
    .meta({ description: 'a supporting unit’s part or an addressee’s answer: that unit’s code' }),
  explanation: z.number().int().nullable().meta({ description: 'a request for explanation’s id' }),
  numberSymbol: z.string().nullable().meta({ description: 'the number and symbol of the document' }),
  issuedOn: z.iso.date().nullable(),
  issuer: z.string().nullable(),
  title: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  uploadedBy: z.string(),
  uploadedAt: z.iso.datetime(),
  withdrawnAt: z.iso.datetime().nullable(),
  withdrawnReason: z.string().nullable(),
  replaces: z.uuid().nullable().meta({ description: 'the document this one corrects' }),
  /** where to download it; null when withdrawn (only administrators download a withdrawn one) */
  download: z.string().nullable(),
});
export type DocumentResource = z.infer<typeof DocumentResource>;
export const DocumentList = z.object({ data: z.array(DocumentResource) });

export function documentResource(item: DocumentItem, isAdmin: boolean): DocumentResource {
  return {
    id: item.id,
    kind: item.recordKind,
    unit: item.addressee,
    explanation: item.explanation,
    numberSymbol: item.numberSymbol,
    issuedOn: item.issuedOn,
    issuer: item.issuer,
    title: item.title,
    fileName: item.fileName,
    size: item.size,
    uploadedBy: item.uploadedBy,
    uploadedAt: item.uploadedAt.toISOString(),
    withdrawnAt: item.withdrawnAt?.toISOString() ?? null,
    withdrawnReason: item.withdrawnReason,
    replaces: item.replacesId,
    download: !item.withdrawnAt || isAdmin ? `/api/v1/documents/${item.id}` : null,
  };
}
