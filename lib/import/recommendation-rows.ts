import { type Actor, can } from '@/lib/domain/permissions';
import { canDraft, checkWholeAction, type RecommendationFacts } from '@/lib/domain/recommendation-workflow';
import {
  RECOMMENDATION_CATEGORIES,
  RECOMMENDATION_STATUSES,
  type RecommendationCategory,
  type RecommendationStatus,
} from '@/lib/domain/recommendations';
import { ImportedRecommendationFields } from '@/lib/validations/recommendations';
import en from '@/messages/en.json';
import vi from '@/messages/vi.json';
import {
  type ColumnSpec,
  type RowError as GenericRowError,
  labelLookup,
  parseDay,
  type RawRow,
  readRows,
  rowErrors,
  splitList,
} from './rows';

/**
 * The recommendation import, row by row and without a database: its columns, the field checks,
 * and what a row asks of a recommendation as the workflow decides it. Decisions (written in
 * the instructions sheet too): a new row is a draft, or is submitted at once when its status
 * says "Đã gửi"; an existing one changes its content only while it is a draft; a reply
 * deadline is set only by the review's coordinating office, on a submitted recommendation;
 * an empty deadline cell keeps the deadline as it is.
 */
export const RECOMMENDATION_COLUMNS = [
  { key: 'code', header: vi.recommendationImport.column.code, aliases: ['ma', 'code', 'ma kien nghi'] },
  {
    key: 'text',
    header: vi.recommendationImport.column.text,
    aliases: ['text', 'noi dung', 'content', 'title'],
  },
  { key: 'category', header: vi.recommendationImport.column.category, aliases: ['category', 'loai'] },
  {
    key: 'addressees',
    header: vi.recommendationImport.column.addressees,
    aliases: ['addressees', 'addressee', 'co quan nhan', 'noi nhan'],
  },
  {
    key: 'source',
    header: vi.recommendationImport.column.source,
    aliases: ['source', 'don vi gui', 'noi gui'],
  },
  {
    key: 'session',
    header: vi.recommendationImport.column.session,
    aliases: ['session', 'buoi khao sat', 'ma buoi khao sat', 'dot khao sat'],
  },
  { key: 'tasks', header: vi.recommendationImport.column.tasks, aliases: ['tasks', 'nhiem vu lien quan'] },
  {
    key: 'responseDueOn',
    header: vi.recommendationImport.column.responseDueOn,
    aliases: ['response due', 'deadline', 'han'],
  },
  { key: 'status', header: vi.recommendationImport.column.status, aliases: ['status'] },
] as const satisfies readonly ColumnSpec[];
export type RecommendationColumn = (typeof RECOMMENDATION_COLUMNS)[number]['key'];
export type RawRecommendationRow = RawRow<RecommendationColumn>;
export type RecommendationRowError = GenericRowError<RecommendationColumn>;

const E = 'recommendations.errors';
const R = 'recommendationImport.errors';

export function readRecommendationRows(rows: string[][]) {
  return readRows<RecommendationColumn>(
    rows,
    RECOMMENDATION_COLUMNS,
    ['text', 'category', 'addressees', 'source'],
    'text',
  );
}

export const parseCategory = labelLookup(RECOMMENDATION_CATEGORIES, {
  vi: vi.recommendations.categories,
  en: en.recommendations.categories,
});
/**
 * The answer-status labels before the vocabulary change (docs/GLOSSARY.md, "Answer statuses"):
 * a template filled in with them still imports. Labels are matched folded (without diacritics),
 * so they are written folded here: the words themselves stay out of the code and the messages.
 */
export const PREVIOUS_STATUS_LABELS = {
  vi: {
    under_review: 'dang xem xet',
    accepted: 'tiep thu',
    partially_accepted: 'tiep thu mot phan',
    declined: 'khong tiep thu',
  },
  en: { under_review: 'Under review', partially_accepted: 'Partially accepted', declined: 'Declined' },
} satisfies Record<string, Partial<Record<RecommendationStatus, string>>>;

export const parseRecommendationStatus = labelLookup(RECOMMENDATION_STATUSES, {
  vi: vi.recommendationStatus,
  en: en.recommendationStatus,
  previousVi: PREVIOUS_STATUS_LABELS.vi,
  previousEn: PREVIOUS_STATUS_LABELS.en,
});

export type CheckedRecommendation = {
  line: number;
  code: string | null;
  text: string;
  category: RecommendationCategory;
  session: string;
  addressees: string[];
  source: string;
  tasks: string[];
  responseDueOn: string | null;
  status: RecommendationStatus | null;
};

/** Field checks of one row: every problem is reported; the row comes back only when it has none. */
export function checkRecommendationFields(row: RawRecommendationRow): {
  row: CheckedRecommendation | null;
  code: string | null;
  errors: RecommendationRowError[];
} {
  const errors = rowErrors<RecommendationColumn>(row.line);
  const v = row.values;
  const category = v.category ? parseCategory(v.category) : null;
  if (v.category && !category) errors.add('category', 'import.errors.badCategory');
  const fields = ImportedRecommendationFields.safeParse({
    code: v.code,
    session: v.session,
    category: category ?? (v.category ? 'other' : ''),
    text: v.text,
  });
  if (!fields.success) {
    for (const issue of fields.error.issues) {
      errors.add(issue.path[0] as RecommendationColumn, issue.message);
    }
  }
  const code = ImportedRecommendationFields.shape.code.safeParse(v.code);
  const addressees = splitList(v.addressees);
  if (addressees.length === 0) errors.add('addressees', `${E}.addresseeRequired`);
  if (addressees.length > 30) errors.add('addressees', `${E}.tooManyAddressees`);
  if (!v.source) errors.add('source', `${R}.sourceRequired`);
  const responseDueOn = v.responseDueOn ? parseDay(v.responseDueOn) : null;
  if (v.responseDueOn && !responseDueOn) errors.add('responseDueOn', 'import.errors.badDate');
  const status = v.status ? parseRecommendationStatus(v.status) : null;
  if (v.status && !status) errors.add('status', 'import.errors.badStatus');
  const ok = fields.success && category && errors.list.length === 0;
  return {
    row: ok
      ? {
          line: row.line,
          code: fields.data.code || null,
          text: fields.data.text,
          category,
          session: fields.data.session,
          addressees,
          source: v.source,
          tasks: splitList(v.tasks),
          responseDueOn,
          status,
        }
      : null,
    code: code.success && code.data ? code.data : null,
    errors: errors.list,
  };
}

/** A row's names turned into records by the database check. */
export type ResolvedRow = {
  source: { id: number; path: string; valid: boolean };
  addressees: { id: number; valid: boolean }[];
  sessionId: number | null;
  taskIds: number[];
  coordinatorPath: string;
};

export type ExistingRecommendation = RecommendationFacts & {
  sourceOrgId: number;
  submittedOn: string | null;
  responseDueOn: string | null;
  category: RecommendationCategory;
  text: string;
  sessionId: number | null;
  addresseeIds: number[];
  /** only the linked tasks the viewer can see: the others are not theirs to unlink */
  taskIds: number[];
};

export type RecommendationPlan =
  | { kind: 'create'; submit: boolean; deadline: boolean }
  | { kind: 'unchanged' }
  | { kind: 'update'; edit: boolean; submit: boolean; deadline: boolean };

const sameSet = (a: number[], b: number[]) =>
  a.length === b.length && new Set([...a, ...b]).size === new Set(a).size;

/**
 * What the row asks of the recommendation (or of a new one), or every reason it may not:
 * drafting, editing and submitting follow `checkWholeAction` exactly as the forms do.
 */
export function planRecommendation(
  actor: Actor,
  row: CheckedRecommendation,
  resolved: ResolvedRow,
  existing: ExistingRecommendation | null,
  today: string,
): { plan: RecommendationPlan } | { errors: RecommendationRowError[] } {
  const errors = rowErrors<RecommendationColumn>(row.line);
  const facts: RecommendationFacts = existing ?? {
    status: 'draft',
    sourcePath: resolved.source.path,
    coordinatorPath: resolved.coordinatorPath,
  };
  const kept = new Set(existing?.addresseeIds ?? []);
  const addresseeIds = resolved.addressees.map((a) => a.id);
  // An addressee retired since the recommendation was written stays allowed where it already was.
  if (resolved.addressees.some((a) => !a.valid && !kept.has(a.id))) {
    errors.add('addressees', `${E}.addresseeInvalid`);
  }
  const wanted = row.status ?? facts.status;
  const submit = facts.status === 'draft' && wanted === 'submitted';
  if (wanted !== facts.status && !submit) {
    errors.add('status', existing ? 'import.errors.transition' : `${R}.newStatus`);
  }
  if (submit) {
    if (!checkWholeAction(actor, 'recommendation.submit', facts).ok)
      errors.add('status', `${R}.submitForbidden`);
    if (resolved.addressees.some((a) => !a.valid)) errors.add('addressees', `${E}.addresseeInvalid`);
  }
  let edit = false;
  if (!existing) {
    if (!resolved.source.valid || !canDraft(actor, resolved.source.path)) {
      errors.add('source', `${E}.sourceInvalid`);
    }
  } else {
    if (resolved.source.id !== existing.sourceOrgId) errors.add('source', `${R}.sourceChange`);
    edit =
      row.text !== existing.text ||
      row.category !== existing.category ||
      resolved.sessionId !== existing.sessionId ||
      !sameSet(addresseeIds, existing.addresseeIds) ||
      !sameSet(resolved.taskIds, existing.taskIds);
    const check = edit ? checkWholeAction(actor, 'recommendation.edit', facts) : { ok: true as const };
    if (!check.ok) {
      errors.add('code', check.reason === 'forbidden' ? `${R}.editForbidden` : `${R}.notEditable`);
    }
  }
  const deadline = row.responseDueOn !== null && row.responseDueOn !== (existing?.responseDueOn ?? null);
  if (deadline && row.responseDueOn) {
    const target = { path: facts.sourcePath, coordinatorPath: facts.coordinatorPath };
    const sentOn = existing?.submittedOn ?? (submit ? today : null);
    if (!can(actor, 'recommendation.setDeadline', target))
      errors.add('responseDueOn', `${R}.deadlineForbidden`);
    else if (!sentOn) errors.add('responseDueOn', `${R}.deadlineDraft`);
    else if (!submit && !checkWholeAction(actor, 'recommendation.setDeadline', facts).ok) {
      errors.add('responseDueOn', `${E}.invalid_transition`);
    } else if (row.responseDueOn < sentOn) errors.add('responseDueOn', `${E}.deadlineBeforeSubmission`);
  }
  if (errors.list.length) return { errors: errors.list };
  if (!existing) return { plan: { kind: 'create', submit, deadline } };
  if (!edit && !submit && !deadline) return { plan: { kind: 'unchanged' } };
  return { plan: { kind: 'update', edit, submit, deadline } };
}
