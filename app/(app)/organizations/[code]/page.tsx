import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { FigureFiltersForm } from '@/components/dashboard/figure-filters-form';
import { WidgetSkeleton } from '@/components/dashboard/widget-skeleton';
import { organizationForViewer, peerRank } from '@/db/queries/organization-page';
import { listRecommendations } from '@/db/queries/recommendations';
import { listReviews } from '@/db/queries/reference';
import { listSessions } from '@/db/queries/sessions';
import { readDatabase, readFrom } from '@/db/read-database';
import { getViewer } from '@/lib/auth/viewer';
import { figureView } from '@/lib/figure-filters';
import { formatDate, formatPercent } from '@/lib/format';
import { readListParams, type SearchParams, toQueryString } from '@/lib/validations/filters';
import { HeadlineWidget } from '../../dashboard/_widgets/headline';
import { OrganizationsWidget } from '../../dashboard/_widgets/organizations';
import { ProgressWidget } from '../../dashboard/_widgets/progress';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await getViewer();
  const org = await organizationForViewer(viewer, decodeURIComponent((await params).code));
  return { title: org?.nameVi ?? '' };
}

const link = 'text-brand-700 underline';

/**
 * One organization for whoever may read it (inside their scope): its figures as of any day, its
 * rank among its peers, its trend and units, and the lists and reports behind them.
 */
export default async function OrganizationPage({ params, searchParams }: Props) {
  const viewer = await getViewer();
  const code = decodeURIComponent((await params).code);
  const org = await organizationForViewer(viewer, code);
  if (!org) notFound();
  const { params: listParams } = readListParams(await searchParams);
  // No compare day here: the page has no control for it, and its "since" figures would come from
  // nowhere a leader can see or undo; the dashboard and the summary exports compare.
  const view = { ...figureView(listParams), org: org.code, compare: undefined };
  const source = await readDatabase(viewer);
  const [t, tk, locale, reviews, rank, sessions, sent, received] = await Promise.all([
    getTranslations('organizationPage'),
    getTranslations('orgAdmin.kinds'),
    getLocale(),
    listReviews(),
    readFrom(source, () => peerRank(viewer, org, view)),
    listSessions(viewer, org.path),
    listRecommendations(viewer, { org: org.code, review: view.review }, view.asOf),
    listRecommendations(viewer, { addressee: [org.code], review: view.review }, view.asOf),
  ]);
  const name = (o: { nameVi: string; nameEn: string | null }) =>
    locale === 'en' ? (o.nameEn ?? o.nameVi) : o.nameVi;
  const asOf = view.asOf === figureView({}).asOf ? undefined : view.asOf;
  // Cascaded tasks (issue 17): the task lists show every level unless told the figures' top level;
  // the reports count the top level unless told every level.
  const listLevel = view.level === 'top' ? ('top' as const) : undefined;
  const reportLevel = view.level === 'all' ? ('all' as const) : undefined;
  const lists = {
    tasks: `/tasks${toQueryString({ org: org.code, review: view.review, asOf, level: listLevel })}`,
    overdue: `/tasks${toQueryString({ org: org.code, review: view.review, asOf, class: 'overdue', level: listLevel })}`,
    sent: `/recommendations${toQueryString({ org: org.code, review: view.review })}`,
    received: `/recommendations${toQueryString({ addressee: org.code, review: view.review })}`,
    report: `/reports${toQueryString({ org: org.code, review: view.review, asOf, level: reportLevel })}`,
    xlsx: `/api/export/task-results${toQueryString({ org: org.code, review: view.review, asOf, level: reportLevel })}&format=xlsx`,
  };
  const key = JSON.stringify(view);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <p className="text-sm text-slate-600">
          {tk(org.kind)} · {org.code}
        </p>
        <h1 className="text-2xl font-semibold">{name(org)}</h1>
        {org.parent && (
          <p className="text-sm text-slate-600">
            {org.parent.path.startsWith(viewer.scope.path) ? (
              <Link href={`/organizations/${org.parent.code}`} className={link}>
                {t('parent', { name: name(org.parent) })}
              </Link>
            ) : (
              t('parent', { name: name(org.parent) })
            )}
          </p>
        )}
        <p className="text-slate-600" data-testid="organization-rank">
          {rank
            ? t('rank', {
                rank: rank.rank,
                of: rank.of,
                rate: rank.rate === null ? '—' : formatPercent(rank.rate, locale),
              })
            : t('noRank')}
        </p>
      </div>
      <FigureFiltersForm
        action={`/organizations/${org.code}`}
        view={view}
        reviews={reviews}
        provinces={[]}
        showPeriod
      />
      <Suspense key={`h${key}`} fallback={<WidgetSkeleton height={330} />}>
        <HeadlineWidget viewer={viewer} view={view} source={source} />
      </Suspense>
      <section aria-labelledby="org-links" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="org-links" className="mb-2 text-base font-semibold">
          {t('links')}
        </h2>
        <ul className="grid gap-2 text-sm sm:grid-cols-2">
          {(['tasks', 'overdue', 'sent', 'received', 'report', 'xlsx'] as const).map((k) => (
            <li key={k}>
              <a href={lists[k]} className={link} {...(k === 'xlsx' ? { download: true } : {})}>
                {t(k)}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <div className="grid gap-4 xl:grid-cols-2">
        {(
          [
            ['sent', sent],
            ['received', received],
          ] as const
        ).map(([kind, list]) => (
          <section
            key={kind}
            aria-labelledby={`org-${kind}`}
            className="rounded-lg border border-slate-200 bg-white p-4"
            data-testid={`organization-${kind}`}
          >
            <h2 id={`org-${kind}`} className="mb-2 text-base font-semibold">
              {t(kind)} ({list.total})
            </h2>
            <ul className="flex flex-col gap-1 text-sm">
              {list.rows.slice(0, 5).map((r) => (
                <li key={r.code} className="truncate">
                  <Link href={`/recommendations/${r.code}`} className={link}>
                    {r.code}
                  </Link>{' '}
                  · {r.excerpt}
                </li>
              ))}
            </ul>
            {list.total > 5 && (
              <Link href={lists[kind]} className={`${link} mt-2 inline-block text-sm`}>
                {t('all', { count: list.total })}
              </Link>
            )}
          </section>
        ))}
      </div>
      <Suspense key={`p${key}`} fallback={<WidgetSkeleton height={380} />}>
        <ProgressWidget viewer={viewer} view={view} source={source} />
      </Suspense>
      <Suspense key={`o${key}`} fallback={<WidgetSkeleton height={600} />}>
        <OrganizationsWidget viewer={viewer} view={view} source={source} />
      </Suspense>
      <section aria-labelledby="org-sessions" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="org-sessions" className="mb-2 text-base font-semibold">
          {t('sessions')}
        </h2>
        {sessions.length === 0 ? (
          <p className="text-sm text-slate-600">{t('noSessions')}</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {sessions.map((s) => (
              <li key={s.code}>
                <Link href={`/sessions/${s.code}`} className={link}>
                  {s.code}
                </Link>{' '}
                · {formatDate(s.heldOn)} · {s.title}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
