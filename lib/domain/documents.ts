/** The records a document may belong to (DESIGN.md, Wave 2 "Documents"). */
export const DOCUMENT_RECORD_KINDS = [
  'task_update',
  'completion_report',
  'recommendation',
  'answer',
  'session',
  'explanation',
  // a supporting unit's part of a task: record_id = the task, addressee_org_id = the unit
  'support_part',
] as const;
export type DocumentRecordKind = (typeof DOCUMENT_RECORD_KINDS)[number];

/** The kinds whose record is a task, a recommendation or a session. */
export const TASK_DOCUMENT_KINDS = ['task_update', 'completion_report'] as const;
export const RECOMMENDATION_DOCUMENT_KINDS = ['recommendation', 'answer'] as const;

/** The kinds whose record also names an organization (addressee_org_id): an answer's addressee, a part's unit. */
export const UNIT_DOCUMENT_KINDS = ['answer', 'support_part'] as const;
