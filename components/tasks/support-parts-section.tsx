import { useTranslations } from 'next-intl';
import { DocumentList } from '@/components/documents/documents-section';
import type { SupportPart } from '@/db/queries/task-support';
import { pickDocuments } from '@/lib/documents/pick';
import type { RecordDocuments } from '@/lib/documents/types';
import { SupportPartForm } from './support-part-form';

/**
 * A task's supporting units' parts ("Phần việc phối hợp"): each unit's status and note, its form
 * for the unit's officials (`mayUpdate`), and the documents of that part.
 */
export function SupportPartsSection({
  taskCode,
  parts,
  documents,
  isAdmin,
  nameOf,
  mayUpdate,
}: {
  taskCode: string;
  parts: SupportPart[];
  /** the task's documents: each part shows its own */
  documents: RecordDocuments;
  isAdmin: boolean;
  nameOf: (unit: { nameVi: string; nameEn: string | null }) => string;
  mayUpdate: (part: SupportPart) => boolean;
}) {
  const t = useTranslations();
  return (
    <section aria-labelledby="parts-heading" className="flex flex-col gap-3" data-testid="support-parts">
      <h2 id="parts-heading" className="text-lg font-semibold">
        {t('tasks.parts.title')}
      </h2>
      <ul className="flex flex-col gap-3">
        {parts.map((part) => {
          const list = pickDocuments(
            documents,
            (d) => d.kind === 'support_part' && d.addressee === part.code,
          );
          return (
            <li
              key={part.code}
              className="flex flex-col gap-2 rounded-md border border-slate-200 bg-white p-4"
              data-testid={`support-part-${part.code}`}
            >
              <p className="font-medium">
                {nameOf(part)} <span className="font-mono text-sm text-slate-600">({part.code})</span>
              </p>
              <p className="text-sm">
                {t('tasks.parts.status')}: {t(`tasks.parts.statuses.${part.status}`)}
              </p>
              {part.note && (
                <p className="text-sm whitespace-pre-line">
                  {t('tasks.parts.note')}: {part.note}
                </p>
              )}
              {mayUpdate(part) && (
                <SupportPartForm
                  taskCode={taskCode}
                  part={{
                    code: part.code,
                    name: nameOf(part),
                    status: part.status,
                    note: part.note,
                    version: part.version,
                  }}
                />
              )}
              {list.items.length + list.attach.length > 0 && (
                <div className="flex flex-col gap-2">
                  <h3 className="font-medium">{t('documents.heading')}</h3>
                  <DocumentList
                    record={taskCode}
                    path={`/tasks/${taskCode}`}
                    documents={list}
                    isAdmin={isAdmin}
                    idPrefix={`part-${part.code}-document`}
                    testId={`part-${part.code}-documents`}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
