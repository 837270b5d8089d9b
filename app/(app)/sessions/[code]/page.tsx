import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { DocumentsSection } from '@/components/documents/documents-section';
import { LinkedRecommendation, LinkedSection, LinkedTask } from '@/components/linked/linked-items';
import { documentsOf } from '@/db/queries/documents';
import { getSession, sessionOutcomes } from '@/db/queries/sessions';
import { getViewer } from '@/lib/auth/viewer';
import { codeFromParam } from '@/lib/domain/codes';
import { can } from '@/lib/domain/permissions';
import { formatDate } from '@/lib/format';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: codeFromParam((await params).code) ?? notFound() };
}

export default async function SessionPage({ params }: Props) {
  const viewer = await getViewer();
  const session = await getSession(viewer, codeFromParam((await params).code) ?? notFound());
  if (!session) notFound();
  const [t, locale, outcomes, docs] = await Promise.all([
    getTranslations('sessions'),
    getLocale(),
    sessionOutcomes(viewer, session.id),
    documentsOf(viewer, 'session', session.code),
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
      <DocumentsSection
        record={session.code}
        path={`/sessions/${session.code}`}
        documents={docs}
        isAdmin={viewer.role === 'admin'}
      />
      <LinkedSection id="session-tasks" title={t('tasks')} empty={t('noTasks')}>
        {outcomes.tasks.map((task) => (
          <LinkedTask key={task.code} task={task} />
        ))}
      </LinkedSection>
      <LinkedSection id="session-recs" title={t('recommendations')} empty={t('noRecommendations')}>
        {outcomes.recommendations.map((r) => (
          <LinkedRecommendation key={r.code} rec={r} />
        ))}
      </LinkedSection>
    </div>
  );
}
