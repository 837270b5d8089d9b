import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { RetryMailForm } from '@/components/admin/retry-mail-form';
import { failedMails, mailQueueCounts, scheduleRuns } from '@/db/queries/system';
import { getViewer } from '@/lib/auth/viewer';
import { TIME_ZONE } from '@/lib/clock';
import { formatNumber } from '@/lib/format';
import { mailEnabled } from '@/lib/mail/transport';
import { retryMailAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('adminSystem');
  return { title: t('title') };
}

const instant = (iso: string | null, locale: string) =>
  iso
    ? new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'vi-VN', {
        dateStyle: 'short',
        timeStyle: 'short',
        timeZone: TIME_ZONE,
      }).format(new Date(iso))
    : '';

export default async function SystemPage() {
  const viewer = await getViewer();
  const [t, locale, counts, failed, schedules] = await Promise.all([
    getTranslations('adminSystem'),
    getLocale(),
    mailQueueCounts(viewer),
    failedMails(viewer),
    scheduleRuns(viewer),
  ]);
  if (!counts || !failed) notFound();
  const cell = 'border-b border-slate-200 px-2 py-1 text-left align-top';
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <section aria-labelledby="mail-heading" className="flex flex-col gap-2">
        <h2 id="mail-heading" className="text-lg font-semibold">
          {t('mailTitle')}
        </h2>
        {!mailEnabled() && <p className="text-amber-900">{t('mailOff')}</p>}
        <dl className="grid max-w-md grid-cols-[1fr_auto] gap-x-4 gap-y-1" data-testid="mail-counts">
          <dt>{t('pending')}</dt>
          <dd className="text-right tabular-nums">{formatNumber(counts.pending, locale)}</dd>
          <dt>{t('failed')}</dt>
          <dd className="text-right tabular-nums">{formatNumber(counts.failed, locale)}</dd>
          <dt>{t('sentToday')}</dt>
          <dd className="text-right tabular-nums">{formatNumber(counts.sentToday, locale)}</dd>
        </dl>
      </section>
      <section aria-labelledby="failed-heading" className="flex flex-col gap-2">
        <h2 id="failed-heading" className="text-lg font-semibold">
          {t('failedTitle')}
        </h2>
        {failed.length === 0 ? (
          <p className="text-slate-600">{t('noFailed')}</p>
        ) : (
          <table className="w-full max-w-5xl text-sm">
            <thead>
              <tr>
                <th className={cell}>{t('address')}</th>
                <th className={cell}>{t('subject')}</th>
                <th className={cell}>{t('attempts')}</th>
                <th className={cell}>{t('lastError')}</th>
                <th className={cell}>{t('createdAt')}</th>
                <th className={cell}>
                  <span className="sr-only">{t('retry')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {failed.map((mail) => (
                <tr key={mail.id}>
                  <td className={cell}>{mail.address}</td>
                  <td className={cell}>{mail.subject}</td>
                  <td className={`${cell} tabular-nums`}>{mail.attempts}</td>
                  <td className={`${cell} break-all text-slate-600`}>{mail.lastError}</td>
                  <td className={cell}>{instant(mail.createdAt, locale)}</td>
                  <td className={cell}>
                    <RetryMailForm action={retryMailAction} id={mail.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="schedules-heading" className="flex flex-col gap-2">
        <h2 id="schedules-heading" className="text-lg font-semibold">
          {t('schedulesTitle')}
        </h2>
        {!schedules ? (
          <p className="text-slate-600">{t('noSchedules')}</p>
        ) : (
          <table className="w-full max-w-5xl text-sm">
            <thead>
              <tr>
                <th className={cell}>{t('schedule')}</th>
                <th className={cell}>{t('cron')}</th>
                <th className={cell}>{t('state')}</th>
                <th className={cell}>{t('startedOn')}</th>
                <th className={cell}>{t('completedOn')}</th>
              </tr>
            </thead>
            <tbody>
              {schedules.map((run) => (
                <tr key={run.name}>
                  <td className={`${cell} font-mono`}>{run.name}</td>
                  <td className={`${cell} font-mono`}>
                    {run.cron} {run.timezone ?? ''}
                  </td>
                  <td className={cell}>{run.state ?? t('never')}</td>
                  <td className={cell}>{instant(run.startedOn, locale)}</td>
                  <td className={cell}>{instant(run.completedOn, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
