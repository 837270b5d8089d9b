import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { TaskForm } from '@/components/tasks/task-form';
import { taskFormOptions } from '@/db/queries/tasks';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { can } from '@/lib/domain/permissions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('tasks');
  return { title: t('newTitle') };
}

export default async function NewTaskPage() {
  const viewer = await getViewer();
  const actor = { role: viewer.role, orgPath: viewer.org.path, scopePath: viewer.scope.path };
  if (!can(actor, 'task.create', { path: viewer.scope.path })) notFound();
  const asOf = today();
  const [t, locale, options] = await Promise.all([
    getTranslations('tasks'),
    getLocale(),
    taskFormOptions(viewer),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('newTitle')}</h1>
      <TaskForm
        today={asOf}
        values={{
          code: '',
          review: options.reviews[0]?.code ?? '',
          title: '',
          description: '',
          assignee: null,
          dueOn: '',
          session: '',
          supporting: [],
        }}
        options={{
          reviews: options.reviews.map((r) => ({
            value: r.code,
            label: locale === 'en' ? (r.titleEn ?? r.titleVi) : r.titleVi,
          })),
          sessions: options.sessions.map((s) => ({ value: s.code, label: `${s.code} — ${s.titleVi}` })),
        }}
      />
    </div>
  );
}
