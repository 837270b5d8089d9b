import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DateField } from '@/components/ui/date-field';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { auditPage } from '@/db/queries/audit';
import { actorOf } from '@/lib/auth/actor';
import { getViewer } from '@/lib/auth/viewer';
import { TIME_ZONE } from '@/lib/clock';
import { can } from '@/lib/domain/permissions';
import { readAuditParams } from '@/lib/validations/audit';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('audit');
  return { title: t('title') };
}

const timeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const FILTERS = ['actor', 'entity', 'action', 'from', 'to'] as const;

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await getViewer();
  if (!can(actorOf(viewer), 'audit.read', { path: viewer.scope.path })) notFound();
  const params = readAuditParams(await searchParams);
  const [t, { rows, nextBefore }] = await Promise.all([getTranslations('audit'), auditPage(viewer, params)]);
  const query = (extra: Record<string, string> = {}) => {
    const values: Record<string, string> = {};
    for (const key of FILTERS) if (params[key]) values[key] = String(params[key]);
    return new URLSearchParams({ ...values, ...extra }).toString();
  };
  const input = 'min-h-10 rounded-md border border-slate-300 bg-white px-3 py-2';
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <search>
        <form method="get" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6 lg:items-end">
          {(['actor', 'entity', 'action'] as const).map((name) => (
            <div key={name} className="flex flex-col gap-1">
              <label htmlFor={name} className="text-sm font-medium">
                {t(`filters.${name}`)}
              </label>
              <input id={name} name={name} defaultValue={params[name]} maxLength={100} className={input} />
            </div>
          ))}
          {(['from', 'to'] as const).map((name) => (
            <DateField key={name} label={t(`filters.${name}`)} name={name} defaultValue={params[name]} />
          ))}
          <button
            type="submit"
            className="min-h-10 rounded-md bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800"
          >
            {t('filters.submit')}
          </button>
        </form>
      </search>
      <div className="flex flex-wrap gap-4 text-sm">
        <a href={`/api/export/audit?${query()}`} className="text-brand-700 underline" download>
          {t('export')}
        </a>
        <Link href="/audit" className="text-brand-700 underline">
          {t('filters.clear')}
        </Link>
      </div>
      <ScrollRegion aria-label={t('title')}>
        <table className="w-full min-w-[48rem] text-left text-sm">
          <caption className="sr-only">{t('title')}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              {(['at', 'actor', 'organization', 'entity', 'action', 'change'] as const).map((column) => (
                <th key={column} scope="col" className="py-2 pr-3">
                  {t(`columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((event) => (
              <tr key={event.id} className="border-b border-slate-100 align-top">
                <td className="whitespace-nowrap py-2 pr-3">{timeFormat.format(event.at)}</td>
                <td className="py-2 pr-3 font-mono">{event.actorLogin ?? '—'}</td>
                <td className="py-2 pr-3">{event.orgCode ?? '—'}</td>
                <td className="py-2 pr-3">
                  {event.entityCode ?? ''} <span className="text-slate-500">{event.entityType}</span>
                </td>
                <td className="py-2 pr-3 font-mono">{event.action}</td>
                <td className="py-2 pr-3">
                  {event.fromValue || event.toValue
                    ? `${event.fromValue ?? '∅'} → ${event.toValue ?? '∅'}`
                    : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="py-4 text-slate-600">{t('empty')}</p>}
      </ScrollRegion>
      <nav aria-label={t('pagination')} className="flex gap-4 text-sm">
        {params.before && (
          <Link href={`/audit?${query()}`} className="underline">
            {t('newest')}
          </Link>
        )}
        {nextBefore && (
          <Link href={`/audit?${query({ before: String(nextBefore) })}`} className="underline">
            {t('older')}
          </Link>
        )}
      </nav>
    </div>
  );
}
