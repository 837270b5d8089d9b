import { useLocale, useTranslations } from 'next-intl';
import type { CommentRecordType } from '@/lib/domain/discussion-records';
import { formatDateTime } from '@/lib/format-time';
import { CommentBody } from './comment-body';
import { CommentEditForm, CommentForm, CommentWithdrawForm } from './comment-forms';

/** A comment as the thread shows it (see db/queries/comments.ts `commentThread`). */
export type ThreadComment = {
  id: number;
  version: number;
  authorName: string;
  unitCode: string;
  unitVi: string;
  unitEn: string | null;
  at: Date;
  editedAt: Date | null;
  body: string | null;
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
  mayEdit: boolean;
  mayWithdraw: boolean;
};

/** "Thảo luận": the comment thread of a task or a recommendation, and the form to add one. */
export function Discussion({
  recordType,
  code,
  comments,
}: {
  recordType: CommentRecordType;
  code: string;
  comments: ThreadComment[];
}) {
  const t = useTranslations('discussion');
  const locale = useLocale();
  return (
    <section aria-labelledby="discussion-heading" className="flex flex-col gap-3" data-testid="discussion">
      <h2 id="discussion-heading" className="text-lg font-semibold">
        {t('title')}
      </h2>
      {comments.length === 0 ? (
        <p className="text-slate-600">{t('empty')}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {comments.map((c) => (
            <li key={c.id} className="rounded-md border border-slate-200 bg-white p-3" data-testid="comment">
              <p className="text-sm text-slate-600">
                <span className="font-medium text-slate-800">{c.authorName}</span> ·{' '}
                {locale === 'en' ? (c.unitEn ?? c.unitVi) : c.unitVi} ({c.unitCode}) ·{' '}
                <time dateTime={c.at.toISOString()}>{formatDateTime(c.at)}</time>
                {c.editedAt && !c.withdrawnAt && <> · {t('edited')}</>}
              </p>
              {c.body === null ? (
                <p className="italic text-slate-600">
                  {t('withdrawnNote')}
                  {c.withdrawalReason && <> — {t('reasonValue', { reason: c.withdrawalReason })}</>}
                </p>
              ) : (
                <CommentBody body={c.body} />
              )}
              {(c.mayEdit || c.mayWithdraw) && (
                <div className="mt-2 flex flex-col gap-2">
                  {c.mayEdit && c.body !== null && (
                    <details>
                      <summary className="cursor-pointer text-sm text-brand-700">{t('edit')}</summary>
                      <CommentEditForm id={c.id} version={c.version} body={c.body} />
                    </details>
                  )}
                  {c.mayWithdraw && (
                    <details>
                      <summary className="cursor-pointer text-sm text-brand-700">{t('withdraw')}</summary>
                      <CommentWithdrawForm id={c.id} version={c.version} />
                    </details>
                  )}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      <CommentForm recordType={recordType} code={code} />
    </section>
  );
}
