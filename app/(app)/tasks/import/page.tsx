import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ImportForm } from '@/components/import/import-form';
import { mayImportTasks, TEMPLATE_MAX_ROWS, taskTemplateFits } from '@/db/queries/task-import';
import { getViewer } from '@/lib/auth/viewer';

export default async function TaskImportPage() {
  const viewer = await getViewer();
  if (!mayImportTasks(viewer)) notFound();
  const [t, fits] = await Promise.all([getTranslations(), taskTemplateFits(viewer)]);
  const link = 'rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-50';
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href="/tasks" className="text-sm text-brand-700 underline">
          {t('tasks.title')}
        </Link>
        <h1 className="text-2xl font-semibold">{t('import.title')}</h1>
        <p className="max-w-3xl text-slate-600">{t('import.intro')}</p>
      </div>
      <div className="flex flex-wrap gap-3">
        <a href="/tasks/import/template" className={link} download>
          {t('import.template')}
        </a>
        {fits ? (
          <a href="/tasks/import/template?with=tasks" className={link} download>
            {t('import.templateWithTasks')}
          </a>
        ) : (
          <p className="max-w-xl text-sm text-slate-600">
            {t('import.templateTooMany', { max: TEMPLATE_MAX_ROWS })}
          </p>
        )}
      </div>
      <ImportForm
        endpoint="/api/upload/tasks-import"
        labels={{
          columns: 'import.column',
          title: 'import.columns.title',
          org: 'import.columns.assignee',
          day: 'import.columns.dueOn',
        }}
      />
    </div>
  );
}
