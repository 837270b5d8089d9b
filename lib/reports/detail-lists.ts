import type { Column } from '@/lib/export/table';

type Translate = (key: string) => string;

/** Report 3: the recommendations with each addressee's response, one row per addressee. */
export function recommendationResponseColumns(t: Translate): Column[] {
  return [
    { key: 'code', header: t('reports.columns.code'), kind: 'text', width: 14 },
    { key: 'source', header: t('reports.columns.source'), kind: 'text', width: 24 },
    { key: 'category', header: t('reports.columns.category'), kind: 'text', width: 18 },
    { key: 'text', header: t('reports.columns.text'), kind: 'text', width: 60 },
    { key: 'submittedOn', header: t('reports.columns.submittedOn'), kind: 'date', width: 12 },
    { key: 'responseDueOn', header: t('reports.columns.responseDueOn'), kind: 'date', width: 12 },
    { key: 'overall', header: t('reports.columns.overallStatus'), kind: 'text', width: 16 },
    { key: 'addressee', header: t('reports.columns.addressee'), kind: 'text', width: 28 },
    { key: 'addresseeStatus', header: t('reports.columns.addresseeStatus'), kind: 'text', width: 16 },
    { key: 'response', header: t('reports.columns.response'), kind: 'text', width: 50 },
    { key: 'respondedOn', header: t('reports.columns.respondedOn'), kind: 'date', width: 12 },
    { key: 'documents', header: t('documents.evidence'), kind: 'int', width: 8 },
  ];
}

/** Report 4: the detailed list of tasks. */
export function taskListColumns(t: Translate): Column[] {
  return [
    { key: 'code', header: t('reports.columns.code'), kind: 'text', width: 14 },
    { key: 'title', header: t('reports.columns.title'), kind: 'text', width: 60 },
    { key: 'assignee', header: t('reports.columns.assignee'), kind: 'text', width: 30 },
    { key: 'supporting', header: t('reports.columns.supporting'), kind: 'text', width: 20 },
    { key: 'dueOn', header: t('reports.columns.dueOn'), kind: 'date', width: 12 },
    { key: 'status', header: t('reports.columns.status'), kind: 'text', width: 18 },
    { key: 'class', header: t('reports.columns.class'), kind: 'text', width: 24 },
    { key: 'progress', header: t('reports.columns.progress'), kind: 'int', width: 10 },
    { key: 'completedOn', header: t('reports.columns.completedOn'), kind: 'date', width: 12 },
    { key: 'lastNote', header: t('reports.columns.lastNote'), kind: 'text', width: 50 },
    { key: 'parent', header: t('reports.columns.parent'), kind: 'text', width: 14 },
    { key: 'documents', header: t('documents.evidence'), kind: 'int', width: 8 },
  ];
}
