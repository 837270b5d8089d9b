import { useTranslations } from 'next-intl';
import type { RecordDocuments } from '@/lib/documents/types';
import { formatDate } from '@/lib/format';
import { AttachDocumentForm } from './attach-form';
import { EditDocumentForm } from './edit-form';
import { WithdrawDocumentForm } from './withdraw-form';

const sizeOf = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/**
 * A record's evidence documents ("Hồ sơ"): each a direct link to /api/documents/<id>, served as
 * an attachment; a withdrawn one stays listed with its reason, downloadable by admins only.
 */
export function DocumentsSection({
  record,
  path,
  documents,
  isAdmin,
}: {
  /** the record's code */
  record: string;
  /** the page, refreshed after a withdrawal */
  path: string;
  documents: RecordDocuments;
  isAdmin: boolean;
}) {
  const t = useTranslations('documents');
  return (
    <section aria-labelledby="documents-heading" className="flex flex-col gap-3">
      <h2 id="documents-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <DocumentList record={record} path={path} documents={documents} isAdmin={isAdmin} />
    </section>
  );
}

/**
 * The documents of one record, or of one part of it (a supporting unit's part, an explanation
 * request), with the form to attach one where the viewer may.
 */
export function DocumentList({
  record,
  path,
  documents,
  isAdmin,
  idPrefix,
  testId = 'documents',
}: {
  record: string;
  path: string;
  documents: RecordDocuments;
  isAdmin: boolean;
  /** the attach form's field ids, when several lists share a page */
  idPrefix?: string;
  testId?: string;
}) {
  const t = useTranslations('documents');
  const { items, attach } = documents;
  const current = items.filter((d) => d.canEdit);
  return (
    <>
      {items.length === 0 ? (
        <p className="text-slate-600">{t('none')}</p>
      ) : (
        <ul className="flex flex-col gap-2" data-testid={testId}>
          {items.map((d) => {
            const offered = !d.withdrawnAt || isAdmin;
            return (
              <li key={d.id} className="rounded-md border border-slate-200 bg-white p-3">
                <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  {offered ? (
                    <a
                      href={`/api/documents/${d.id}`}
                      className="font-medium text-brand-700 underline"
                      download
                    >
                      {d.title}
                    </a>
                  ) : (
                    <span className="font-medium text-slate-500 line-through">{d.title}</span>
                  )}
                  <span className="text-sm text-slate-600">
                    {[
                      t(d.former ? 'kind.formerPart' : `kind.${d.recordKind}`) +
                        (d.addressee ? ` (${d.addressee})` : ''),
                      d.numberSymbol,
                      d.issuedOn && formatDate(d.issuedOn),
                      d.issuer,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </div>
                <p className="text-xs text-slate-600">
                  {t('fileLine', { name: d.fileName, size: sizeOf(d.size), by: d.uploadedBy })}
                  {d.replacesId && ` · ${t('newVersion')}`}
                </p>
                {d.withdrawnAt && (
                  <p className="text-sm text-amber-800">
                    {t('withdrawnBecause', { reason: d.withdrawnReason ?? '' })}
                  </p>
                )}
                {d.canEdit && !d.withdrawnAt && (
                  <div className="mt-1 flex flex-wrap gap-4">
                    <EditDocumentForm doc={d} path={path} />
                    <WithdrawDocumentForm id={d.id} path={path} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {attach.length > 0 && (
        <AttachDocumentForm
          record={record}
          targets={attach}
          versions={current.map((d) => ({ id: d.id, title: d.title }))}
          idPrefix={idPrefix}
        />
      )}
    </>
  );
}
