import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ClassCounts } from '@/components/tasks/class-counts';
import { Pagination } from '@/components/tasks/pagination';
import { TaskFilters } from '@/components/tasks/task-filters';
import { TaskTable } from '@/components/tasks/task-table';
import { listTaskPage } from '@/db/queries/task-page';
import { provinceOptions, reviewOptions } from '@/db/queries/tasks';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { can } from '@/lib/domain/permissions';
import { formatDate, formatNumber } from '@/lib/format';
import { type ListParams, readListParams, type SearchParams, toQueryString } from '@/lib/validations/filters';
import { encodeTaskCursor, readTaskCursor } from '@/lib/validations/task-cursor';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('tasks');
  return { title: t('title') };
}

export default async function TasksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await getViewer();
  const search = await searchParams;
  const { params, invalid } = readListParams(search);
  // Next and previous pages start after / before a row (keyset): every page costs what the first does.
  const cursor = readTaskCursor(search, params.sort);
  invalid.push(...cursor.invalid);
  // A drill-down from the dashboard "as of" a day classes the tasks as of that day.
  const asOf = params.asOf ?? today();
  const [t, locale, list, reviews, provinces] = await Promise.all([
    getTranslations(),
    getLocale(),
    listTaskPage(viewer, params, asOf, { page: params.page, after: cursor.after, before: cursor.before }),
    reviewOptions(),
    provinceOptions(viewer),
  ]);
  const { counts } = list;
  const name = (o: { nameVi: string; nameEn: string | null }) =>
    locale === 'en' ? (o.nameEn ?? o.nameVi) : o.nameVi;
  const href = (over: Partial<ListParams>) =>
    `/tasks${toQueryString({ ...params, page: undefined, ...over })}`;
  const at = (name: 'after' | 'before', key: { value: string; code: string }) => {
    const base = href({});
    return `${base}${base.includes('?') ? '&' : '?'}${name}=${encodeTaskCursor(params.sort, key)}`;
  };
  const mayCreate = can(
    { role: viewer.role, orgPath: viewer.org.path, scopePath: viewer.scope.path },
    'task.create',
    {
      path: viewer.scope.path,
    },
  );

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t('tasks.title')}</h1>
          <p className="text-slate-600" data-testid="task-total">
            {list.estimate !== null
              ? t('tasks.totalEstimated', { estimate: formatNumber(list.estimate, locale) })
              : list.total === null
                ? t('tasks.totalOver', { count: list.cap })
                : t('tasks.total', { count: list.total })}
          </p>
        </div>
        {mayCreate && (
          <a
            href="/tasks/import"
            className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-50"
          >
            {t('import.open')}
          </a>
        )}
        {mayCreate && (
          <a
            href="/tasks/new"
            className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
          >
            {t('tasks.newTask')}
          </a>
        )}
      </div>
      {asOf < today() && (
        <p role="status" className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900">
          {t('tasks.asOfNotice', { date: formatDate(asOf) })}{' '}
          <a href={href({ asOf: undefined })} className="underline">
            {t('tasks.asOfToday')}
          </a>
        </p>
      )}
      {params.outside && (
        <p role="status" className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900">
          {t('tasks.outsideNotice')}
        </p>
      )}
      {params.own && (
        <p role="status" className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900">
          {t('tasks.ownNotice', { code: params.org ?? params.province ?? viewer.scope.code })}
        </p>
      )}
      {invalid.length > 0 && (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t('tasks.invalidParams', { params: invalid.join(', ') })}
        </p>
      )}
      <TaskFilters
        params={params}
        reviews={reviews.map((r) => ({
          value: r.code,
          label: locale === 'en' ? (r.titleEn ?? r.titleVi) : r.titleVi,
        }))}
        provinces={provinces.map((p) => ({ value: p.code, label: name(p) }))}
      />
      <section aria-labelledby="class-counts" className="flex flex-col gap-2">
        <h2 id="class-counts" className="text-sm font-semibold text-slate-700">
          {t('tasks.classCounts')}
        </h2>
        {counts === null && (
          <p role="status" className="text-sm text-slate-600" data-testid="count-capped">
            {list.estimate !== null
              ? t('tasks.countEstimated', { count: list.cap, estimate: formatNumber(list.estimate, locale) })
              : t(list.total === null ? 'tasks.countCapped' : 'tasks.classCountCapped', { count: list.cap })}
          </p>
        )}
        <ClassCounts
          counts={counts}
          active={params.class ?? []}
          hrefFor={(cls) => href({ class: cls ? [cls] : undefined })}
          format={(value) => formatNumber(value, locale)}
        />
      </section>
      {list.rows.length === 0 ? (
        <p className="rounded-md bg-white p-4 text-slate-700">{t('tasks.empty')}</p>
      ) : (
        <TaskTable rows={list.rows} sort={params.sort} hrefForSort={(sort) => href({ sort })} />
      )}
      <Pagination
        page={list.page}
        pages={list.pages}
        previousHref={
          list.previous === 'first' ? href({}) : list.previous && at('before', list.previous.before)
        }
        nextHref={list.next && at('after', list.next.after)}
      />
    </div>
  );
}
