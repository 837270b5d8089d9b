/** The records a document may belong to (DESIGN.md, Wave 2 "Documents"). */
export const DOCUMENT_RECORD_KINDS = [
  'task_update',
  'completion_report',
  'recommendation',
  'answer',
  'session',
  'explanation',
] as const;
export type DocumentRecordKind = (typeof DOCUMENT_RECORD_KINDS)[number];

/** The kinds whose record is a task, a recommendation or a session. */
export const TASK_DOCUMENT_KINDS = ['task_update', 'completion_report'] as const;
export const RECOMMENDATION_DOCUMENT_KINDS = ['recommendation', 'answer'] as const;
