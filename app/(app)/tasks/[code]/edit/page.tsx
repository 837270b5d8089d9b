import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { TaskForm } from '@/components/tasks/task-form';
import { supportParts } from '@/db/queries/task-support';
import { getTask, taskFormOptions } from '@/db/queries/tasks';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { codeFromParam } from '@/lib/domain/codes';
import { can } from '@/lib/domain/permissions';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('tasks');
  return { title: t('editTitle', { code: codeFromParam((await params).code) ?? notFound() }) };
}

export default async function EditTaskPage({ params }: Props) {
  const viewer = await getViewer();
  const asOf = today();
  const task = await getTask(viewer, codeFromParam((await params).code) ?? notFound(), asOf);
  const actor = { role: viewer.role, orgPath: viewer.org.path, scopePath: viewer.scope.path };
  if (!task || !can(actor, 'task.edit', { path: task.assigneePath })) notFound();
  const [t, locale, options, parts] = await Promise.all([
    getTranslations('tasks'),
    getLocale(),
    taskFormOptions(viewer),
    supportParts(task.id),
  ]);
  const nameOf = (u: { nameVi: string; nameEn: string | null }) =>
    locale === 'en' ? (u.nameEn ?? u.nameVi) : u.nameVi;
  const assigneeName = locale === 'en' ? (task.assigneeNameEn ?? task.assigneeNameVi) : task.assigneeNameVi;
  const sessions = options.sessions.map((s) => ({ value: s.code, label: `${s.code} — ${s.titleVi}` }));
  if (task.sessionCode && !sessions.some((s) => s.value === task.sessionCode)) {
    sessions.unshift({ value: task.sessionCode, label: `${task.sessionCode} — ${task.sessionTitleVi}` });
  }
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('editTitle', { code: task.code })}</h1>
      <TaskForm
        today={asOf}
        values={{
          code: task.code,
          version: task.version,
          review: task.reviewCode,
          title: task.title,
          description: task.description ?? '',
          // the current assignee, even retired: editing the title does not force a move
          assignee: { code: task.assigneeCode, label: `${assigneeName} (${task.assigneeCode})` },
          dueOn: task.dueOn,
          session: task.sessionCode ?? '',
          supporting: parts.map((p) => ({ code: p.code, label: `${nameOf(p)} (${p.code})` })),
        }}
        options={{ reviews: [], sessions }}
      />
    </div>
  );
}
