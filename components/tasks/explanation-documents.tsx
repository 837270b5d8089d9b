import { useTranslations } from 'next-intl';
import { DocumentList } from '@/components/documents/documents-section';
import { pickDocuments } from '@/lib/documents/pick';
import type { RecordDocuments } from '@/lib/documents/types';

/** The documents of one explanation request of a task (its letter), where there are any or one may be attached. */
export function ExplanationDocuments({
  taskCode,
  request,
  documents,
  isAdmin,
}: {
  taskCode: string;
  request: number;
  /** the task's documents: the request's own are shown */
  documents: RecordDocuments;
  isAdmin: boolean;
}) {
  const t = useTranslations('documents');
  const list = pickDocuments(documents, (d) => d.kind === 'explanation' && d.explanation === request);
  if (list.items.length + list.attach.length === 0) return null;
  return (
    <div className="mt-3 flex flex-col gap-2" data-testid="explanation-documents">
      <h3 className="font-medium">{t('heading')}</h3>
      <DocumentList
        record={taskCode}
        path={`/tasks/${taskCode}`}
        documents={list}
        isAdmin={isAdmin}
        idPrefix={`explanation-${request}-document`}
        testId={`explanation-${request}-documents`}
      />
    </div>
  );
}
