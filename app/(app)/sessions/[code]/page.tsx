import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/tasks/status-badge';
import { getSession, sessionOutcomes } from '@/db/queries/sessions';
import { getViewer } from '@/lib/auth/viewer';
import { can } from '@/lib/domain/permissions';
import { formatDate } from '@/lib/format';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: decodeURIComponent((await params).code) };
}

export default async function SessionPage({ params }: Props) {
  const viewer = await getViewer();
  const session = await getSession(viewer, decodeURIComponent((await params).code));
  if (!session) notFound();
  const [t, tAll, locale, outcomes] = await Promise.all([
    getTranslations('sessions'),
    getTranslations(),
    getLocale(),
    sessionOutcomes(viewer, session.id),
  ]);
  const mayEdit = can(
    { role: viewer.role, orgPath: viewer.org.path, scopePath: viewer.scope.path },
    'session.manage',
    {
      path: session.organizationPath,
    },
  );
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div className="flex flex-col gap-1">
        <p className="font-mono text-sm text-slate-600">{session.code}</p>
        <h1 className="text-xl font-semibold sm:text-2xl">{session.title}</h1>
        {mayEdit && (
          <Link href={`/sessions/${session.code}/edit`} className="text-sm text-brand-700 underline">
            {t('edit')}
          </Link>
        )}
      </div>
      <dl className="grid gap-2 rounded-md border border-slate-200 bg-white p-4 sm:grid-cols-[12rem_1fr]">
        <dt className="text-sm text-slate-600">{t('fields.heldOn')}</dt>
        <dd>{formatDate(session.heldOn) || '—'}</dd>
        <dt className="text-sm text-slate-600">{t('fields.organization')}</dt>
        <dd>
          {locale === 'en'
            ? (session.organizationNameEn ?? session.organizationNameVi)
            : session.organizationNameVi}
        </dd>
        <dt className="text-sm text-slate-600">{t('fields.delegation')}</dt>
        <dd>{session.delegation ?? '—'}</dd>
        <dt className="text-sm text-slate-600">{t('fields.participants')}</dt>
        <dd>
          {session.participants.length ? (
            <ul className="list-disc pl-5">
              {session.participants.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : (
            '—'
          )}
        </dd>
        <dt className="text-sm text-slate-600">{t('fields.source')}</dt>
        <dd>{session.source ?? '—'}</dd>
      </dl>
      <section aria-labelledby="session-tasks" className="flex flex-col gap-2">
        <h2 id="session-tasks" className="text-lg font-semibold">
          {t('tasks')}
        </h2>
        {outcomes.tasks.length === 0 ? (
          <p className="text-slate-600">{t('noTasks')}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {outcomes.tasks.map((task) => (
              <li
                key={task.code}
                className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 bg-white p-3"
              >
                <Link href={`/tasks/${task.code}`} className="font-medium text-brand-700 underline">
                  {task.code}
                </Link>
                <StatusBadge status={task.status} />
                <span className="text-sm text-slate-600">{formatDate(task.dueOn)}</span>
                <p className="w-full text-sm">{task.title}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="session-recs" className="flex flex-col gap-2">
        <h2 id="session-recs" className="text-lg font-semibold">
          {t('recommendations')}
        </h2>
        {outcomes.recommendations.length === 0 ? (
          <p className="text-slate-600">{t('noRecommendations')}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {outcomes.recommendations.map((r) => (
              <li key={r.code} className="rounded-md border border-slate-200 bg-white p-3">
                <Link href={`/recommendations/${r.code}`} className="font-medium text-brand-700 underline">
                  {r.code}
                </Link>{' '}
                <span className="text-sm text-slate-600">· {tAll(`recommendationStatus.${r.status}`)}</span>
                <p className="text-sm">{r.text}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
