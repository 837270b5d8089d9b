import { useTranslations } from 'next-intl';
import { formatDate } from '@/lib/format';
import { formatDateTime } from '@/lib/format-time';
import {
  ExtensionGrantForm,
  ExtensionRefuseForm,
  ExtensionRequestForm,
  ExtensionWithdrawForm,
} from './extension-forms';

/** A request to extend the deadline as the task page shows it (db/queries/extension-requests.ts). */
export type TaskExtensionRequest = {
  id: number;
  version: number;
  status: 'pending' | 'granted' | 'refused' | 'withdrawn';
  fromDueOn: string;
  requestedDueOn: string;
  reason: string;
  requestedAt: Date;
  requesterName: string;
  decidedAt: Date | null;
  deciderName: string | null;
  refusalReason: string | null;
  mine: boolean;
};

/**
 * "Xin gia hạn": the task's requests, the form to ask (the assignee's officials, on an open task
 * with none pending), and the grant and refuse forms (coordinators who may extend the task).
 */
export function ExtensionSection({
  code,
  today,
  dueOn,
  taskVersion,
  requests,
  mayRequest,
  mayDecide,
}: {
  code: string;
  today: string;
  dueOn: string;
  taskVersion: number;
  requests: TaskExtensionRequest[];
  mayRequest: boolean;
  mayDecide: boolean;
}) {
  const t = useTranslations('extensions');
  const pending = requests.find((r) => r.status === 'pending');
  return (
    <section aria-labelledby="extensions-heading" className="flex flex-col gap-3" data-testid="extensions">
      <h2 id="extensions-heading" className="text-lg font-semibold">
        {t('title')}
      </h2>
      {requests.length === 0 && <p className="text-slate-600">{t('none')}</p>}
      <ol className="flex flex-col gap-3 empty:hidden">
        {requests.map((r) => (
          <li key={r.id} className="rounded-md border border-slate-200 bg-white p-3" data-testid="extension">
            <p className="text-sm text-slate-600">
              <span className="font-medium text-slate-800">{r.requesterName}</span> ·{' '}
              <time dateTime={r.requestedAt.toISOString()}>{formatDateTime(r.requestedAt)}</time>
            </p>
            <p className="font-medium">
              {t(`status.${r.status}`)} ·{' '}
              {t('dates', { from: formatDate(r.fromDueOn), to: formatDate(r.requestedDueOn) })}
            </p>
            <p className="whitespace-pre-line break-words">{r.reason}</p>
            {r.decidedAt && r.status !== 'withdrawn' && (
              <p className="text-sm text-slate-600">
                {t('decidedBy', { name: r.deciderName ?? '', at: formatDateTime(r.decidedAt) })}
              </p>
            )}
            {r.refusalReason !== null && (
              <p className="whitespace-pre-line break-words" data-testid="extension-refusal">
                {t('refusalReason', { reason: r.refusalReason })}
              </p>
            )}
            {r.status === 'pending' && mayDecide && (
              <div className="mt-3 flex flex-col gap-3">
                <ExtensionGrantForm code={code} id={r.id} version={r.version} taskVersion={taskVersion} />
                <ExtensionRefuseForm code={code} id={r.id} version={r.version} />
              </div>
            )}
            {r.status === 'pending' && r.mine && (
              <div className="mt-3">
                <ExtensionWithdrawForm code={code} id={r.id} version={r.version} />
              </div>
            )}
          </li>
        ))}
      </ol>
      {mayRequest && !pending && <ExtensionRequestForm code={code} today={today} dueOn={dueOn} />}
    </section>
  );
}
