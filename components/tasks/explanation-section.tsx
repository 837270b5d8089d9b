import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { formatDate } from '@/lib/format';
import { formatDateTime } from '@/lib/format-time';
import { ExplanationAnswerForm, ExplanationRequestForm, ExplanationWithdrawForm } from './explanation-forms';

/** A request for explanation as the task page shows it (db/queries/explanations.ts). */
export type TaskExplanation = {
  id: number;
  version: number;
  status: 'open' | 'answered' | 'withdrawn';
  message: string;
  replyDueOn: string;
  requestedAt: Date;
  requesterName: string;
  requesterUnitVi: string;
  requesterUnitEn: string | null;
  answer: string | null;
  answeredAt: Date | null;
  answererName: string | null;
  mine: boolean;
};

/**
 * "Yêu cầu giải trình": the task's requests, the form to ask (leaders and coordinators of its
 * scope, while it is overdue and none is open) and the form to answer (its unit's officials).
 */
export function ExplanationSection({
  code,
  today,
  requests,
  mayRequest,
  mayAnswer,
  documentsOf,
}: {
  code: string;
  today: string;
  requests: TaskExplanation[];
  mayRequest: boolean;
  mayAnswer: boolean;
  /** a request's documents (its explanation letter), under it */
  documentsOf?: (id: number) => ReactNode;
}) {
  const t = useTranslations('explanations');
  const locale = useLocale();
  const open = requests.find((r) => r.status === 'open');
  return (
    <section
      aria-labelledby="explanations-heading"
      className="flex flex-col gap-3"
      data-testid="explanations"
    >
      <h2 id="explanations-heading" className="text-lg font-semibold">
        {t('title')}
      </h2>
      {requests.length === 0 && <p className="text-slate-600">{t('none')}</p>}
      <ol className="flex flex-col gap-3 empty:hidden">
        {requests.map((r) => (
          <li
            key={r.id}
            className="rounded-md border border-slate-200 bg-white p-3"
            data-testid="explanation"
          >
            <p className="text-sm text-slate-600">
              <span className="font-medium text-slate-800">{r.requesterName}</span> ·{' '}
              {locale === 'en' ? (r.requesterUnitEn ?? r.requesterUnitVi) : r.requesterUnitVi} ·{' '}
              <time dateTime={r.requestedAt.toISOString()}>{formatDateTime(r.requestedAt)}</time>
            </p>
            <p className="font-medium">
              {t(`status.${r.status}`)} · {t('replyDue', { date: formatDate(r.replyDueOn) })}
              {r.status === 'open' && r.replyDueOn < today && (
                <span className="text-red-700"> · {t('replyOverdue')}</span>
              )}
            </p>
            <p className="whitespace-pre-line break-words">{r.message}</p>
            {r.answer !== null && (
              <div className="mt-2 border-l-2 border-slate-300 pl-3">
                <p className="text-sm text-slate-600">
                  {t('answeredBy', {
                    name: r.answererName ?? '',
                    at: r.answeredAt ? formatDateTime(r.answeredAt) : '',
                  })}
                </p>
                <p className="whitespace-pre-line break-words" data-testid="explanation-answer">
                  {r.answer}
                </p>
              </div>
            )}
            {documentsOf?.(r.id)}
            {r.status === 'open' && mayAnswer && (
              <div className="mt-3">
                <ExplanationAnswerForm code={code} id={r.id} version={r.version} />
              </div>
            )}
            {r.status === 'open' && r.mine && (
              <div className="mt-3">
                <ExplanationWithdrawForm code={code} id={r.id} version={r.version} />
              </div>
            )}
          </li>
        ))}
      </ol>
      {mayRequest && !open && <ExplanationRequestForm code={code} today={today} />}
    </section>
  );
}
