import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { TaskForm } from '@/components/tasks/task-form';
import { getTask, taskFormOptions } from '@/db/queries/tasks';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { codeFromParam } from '@/lib/domain/codes';
import { can } from '@/lib/domain/permissions';
import { formatDate } from '@/lib/format';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('tasks');
  return { title: t('newTitle') };
}

type Props = { searchParams: Promise<{ parent?: string | string[] }> };

/** A new task; `?parent=CODE` (the parent page's "Giao nhiệm vụ con") makes it a child of that task. */
export default async function NewTaskPage({ searchParams }: Props) {
  const viewer = await getViewer();
  const actor = { role: viewer.role, orgPath: viewer.org.path, scopePath: viewer.scope.path };
  if (!can(actor, 'task.create', { path: viewer.scope.path })) notFound();
  const asOf = today();
  const { parent: parentParam } = await searchParams;
  const parentCode = typeof parentParam === 'string' ? codeFromParam(parentParam) : null;
  const parent = parentCode ? await getTask(viewer, parentCode, asOf) : null;
  if (parentParam !== undefined && (!parent || !can(actor, 'task.create', { path: parent.assigneePath })))
    notFound();
  const [t, tc, locale, options] = await Promise.all([
    getTranslations('tasks'),
    getTranslations('cascade'),
    getLocale(),
    taskFormOptions(viewer),
  ]);
  const parentName =
    parent && (locale === 'en' ? (parent.assigneeNameEn ?? parent.assigneeNameVi) : parent.assigneeNameVi);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">
        {parent ? tc('newTitle', { code: parent.code }) : t('newTitle')}
      </h1>
      {parent && (
        <p className="max-w-2xl text-sm text-slate-700">
          {tc('parentHint', { unit: parentName ?? '', dueOn: formatDate(parent.dueOn) })}
        </p>
      )}
      <TaskForm
        today={asOf}
        parent={parent ? { code: parent.code, dueOn: parent.dueOn } : undefined}
        values={{
          code: '',
          review: parent?.reviewCode ?? options.reviews[0]?.code ?? '',
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
