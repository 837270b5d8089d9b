import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Discussion } from '@/components/discussion/discussion';
import { DocumentsSection } from '@/components/documents/documents-section';
import { LinkedRecommendation, LinkedSection } from '@/components/linked/linked-items';
import { ChildTasks } from '@/components/tasks/child-tasks';
import { ExplanationDocuments } from '@/components/tasks/explanation-documents';
import { ExplanationSection } from '@/components/tasks/explanation-section';
import { ExtensionSection } from '@/components/tasks/extension-section';
import { ProgressBar } from '@/components/tasks/progress-bar';
import { StatusBadge } from '@/components/tasks/status-badge';
import { SupportPartsSection } from '@/components/tasks/support-parts-section';
import { TaskActions } from '@/components/tasks/task-actions';
import { Timeline } from '@/components/tasks/timeline';
import { commentThread } from '@/db/queries/comments';
import { documentsOf } from '@/db/queries/documents';
import { explanationsOf } from '@/db/queries/explanations';
import { extensionRequestsOf } from '@/db/queries/extension-request-views';
import { atDeepestLevel, taskChildren, taskParent } from '@/db/queries/task-cascade';
import { supportParts } from '@/db/queries/task-support';
import { getTask, linkedRecommendations, taskTimeline } from '@/db/queries/tasks';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { pickDocuments } from '@/lib/documents/pick';
import { childRollUp } from '@/lib/domain/cascade';
import { codeFromParam } from '@/lib/domain/codes';
import { can } from '@/lib/domain/permissions';
import { allowsAction, availableActions } from '@/lib/domain/task-workflow';
import { formatDate } from '@/lib/format';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const code = codeFromParam((await params).code) ?? notFound();
  return { title: code };
}

function Item({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="flex flex-col gap-0.5 sm:flex-row sm:gap-4">
      <dt className="text-sm text-slate-600 sm:w-48 sm:shrink-0">{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

export default async function TaskPage({ params }: Props) {
  const viewer = await getViewer();
  const code = codeFromParam((await params).code) ?? notFound();
  const asOf = today();
  const task = await getTask(viewer, code, asOf);
  if (!task) notFound();
  const [
    t,
    locale,
    timeline,
    recs,
    children,
    parent,
    deepest,
    comments,
    explanations,
    parts,
    docs,
    extensions,
  ] = await Promise.all([
    getTranslations(),
    getLocale(),
    taskTimeline(task.id),
    linkedRecommendations(viewer, task.id),
    taskChildren(viewer, task.id),
    taskParent(viewer, task.parentId),
    atDeepestLevel(task.id),
    commentThread(viewer, 'task', { id: task.id, orgPath: task.assigneePath }),
    explanationsOf(viewer, task.id),
    supportParts(task.id),
    documentsOf(viewer, 'task', task.code),
    extensionRequestsOf(viewer, task.id),
  ]);
  const rollUp = childRollUp(children, asOf);
  const actor = { role: viewer.role, orgPath: viewer.org.path, scopePath: viewer.scope.path };
  // A coordinator of the lead unit's scope breaks an open task into child tasks (issue 17).
  const mayCascade =
    can(actor, 'task.create', { path: task.assigneePath }) &&
    task.status !== 'completed' &&
    task.status !== 'cancelled' &&
    !deepest;
  const nameOf = (u: { nameVi: string; nameEn: string | null }) =>
    locale === 'en' ? (u.nameEn ?? u.nameVi) : u.nameVi;
  const partsOpen = !['completed', 'cancelled'].includes(task.status);
  const openParts = parts.filter((p) => p.status !== 'done').map(nameOf);
  const actions = availableActions(actor, { status: task.status, assigneePath: task.assigneePath });
  const mayEdit = can(actor, 'task.edit', { path: task.assigneePath });
  const mayRequestExplanation =
    task.deadlineClass === 'overdue' && can(actor, 'explanation.request', { path: task.assigneePath });
  const mayAnswerExplanation = can(actor, 'explanation.answer', { path: task.assigneePath });
  const taskOpen = allowsAction(task.status, 'extend');
  const mayRequestExtension = taskOpen && can(actor, 'extension.request', { path: task.assigneePath });
  const mayDecideExtension = can(actor, 'task.extend', { path: task.assigneePath });
  const extended = task.dueOn !== task.originalDueOn;
  const isAdmin = viewer.role === 'admin';
  // with the task's own documents: those of units no longer supporting it (kept, read-only)
  const taskDocs = pickDocuments(
    docs,
    (d) =>
      d.kind === 'task_update' ||
      d.kind === 'completion_report' ||
      (d.kind === 'support_part' && !parts.some((p) => p.code === d.addressee)),
  );
  const none = t('tasks.detail.none');

  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <p className="font-mono text-sm text-slate-600">{task.code}</p>
        <h1 className="text-xl font-semibold break-words sm:text-2xl">{task.title}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <StatusBadge status={task.status} label={t(`tasks.status.${task.status}`)} />
          <ProgressBar value={task.progress} label={t('tasks.detail.progress')} />
          {mayEdit && (
            <Link href={`/tasks/${task.code}/edit`} className="text-sm text-brand-700 underline">
              {t('tasks.edit')}
            </Link>
          )}
        </div>
      </div>

      <dl className="flex flex-col gap-2 rounded-md border border-slate-200 bg-white p-4">
        {parent && (
          <Item label={t('cascade.parent')} testId="task-parent">
            {parent.readable ? (
              <Link href={`/tasks/${parent.code}`} className="font-mono text-brand-700 underline">
                {parent.code}
              </Link>
            ) : (
              <span className="font-mono">{parent.code}</span>
            )}
          </Item>
        )}
        <Item label={t('tasks.detail.lead')} testId="task-assignee">
          {locale === 'en' ? (task.assigneeNameEn ?? task.assigneeNameVi) : task.assigneeNameVi}
        </Item>
        <Item label={t('tasks.detail.supporting')} testId="task-supporting">
          {parts.length ? parts.map((p) => nameOf(p)).join('; ') : none}
        </Item>
        <Item label={t('tasks.detail.dueOn')} testId="task-due">
          {formatDate(task.dueOn)}
          {extended && <span className="ml-2 text-sm text-amber-800">({t('tasks.detail.extended')})</span>}
        </Item>
        {extended && (
          <Item label={t('tasks.detail.originalDueOn')} testId="task-original-due">
            {formatDate(task.originalDueOn)}
          </Item>
        )}
        <Item label={t('tasks.detail.status')}>{t(`tasks.status.${task.status}`)}</Item>
        <Item label={t('tasks.detail.progress')} testId="task-progress">
          {t('tasks.detail.progressValue', { value: task.progress })}
        </Item>
        <Item label={t('tasks.detail.deadlineClass')}>
          {task.deadlineClass ? t(`deadlineClass.${task.deadlineClass}`) : none}
        </Item>
        <Item label={t('tasks.detail.completedOn')}>
          {task.completedOn ? formatDate(task.completedOn) : none}
        </Item>
        {task.completionDocRef && <Item label={t('tasks.detail.docRef')}>{task.completionDocRef}</Item>}
        <Item label={t('tasks.detail.createdOn')}>{formatDate(task.createdOn)}</Item>
        <Item label={t('tasks.detail.review')}>
          {locale === 'en' ? (task.reviewTitleEn ?? task.reviewTitleVi) : task.reviewTitleVi}
        </Item>
        <Item label={t('tasks.detail.session')}>
          {task.sessionCode ? (
            <Link href={`/sessions/${task.sessionCode}`} className="text-brand-700 underline">
              {task.sessionTitleVi}
            </Link>
          ) : (
            none
          )}
        </Item>
        {task.description && (
          <Item label={t('tasks.detail.description')}>
            <span className="whitespace-pre-line">{task.description}</span>
          </Item>
        )}
        {task.lastNote && (
          <Item label={t('tasks.detail.lastNote')} testId="task-last-note">
            <span className="whitespace-pre-line">{task.lastNote}</span>
          </Item>
        )}
      </dl>

      <section aria-labelledby="actions-heading" className="flex flex-col gap-3">
        <h2 id="actions-heading" className="text-lg font-semibold">
          {t('tasks.detail.actions')}
        </h2>
        {actions.length > 0 ? (
          <TaskActions
            task={{
              code: task.code,
              version: task.version,
              status: task.status,
              progress: task.progress,
              dueOn: task.dueOn,
              openParts,
            }}
            actions={actions}
            today={asOf}
            openChildren={rollUp.open}
          />
        ) : (
          <p className="text-slate-600">
            {viewer.role === 'leader' || viewer.role === 'admin'
              ? t('tasks.detail.readOnly')
              : t('tasks.detail.noActions')}
          </p>
        )}
      </section>

      {(children.length > 0 || mayCascade) && (
        <ChildTasks
          items={children}
          rollUp={rollUp}
          locale={locale}
          cascadeHref={mayCascade ? `/tasks/new?parent=${task.code}` : undefined}
        />
      )}

      {(explanations.length > 0 || mayRequestExplanation) && (
        <ExplanationSection
          code={task.code}
          today={asOf}
          requests={explanations}
          mayRequest={mayRequestExplanation}
          mayAnswer={mayAnswerExplanation}
          documentsOf={(id) => (
            <ExplanationDocuments taskCode={task.code} request={id} documents={docs} isAdmin={isAdmin} />
          )}
        />
      )}

      {(extensions.length > 0 || mayRequestExtension) && (
        <ExtensionSection
          code={task.code}
          today={asOf}
          dueOn={task.dueOn}
          taskVersion={task.version}
          requests={extensions}
          mayRequest={mayRequestExtension}
          mayDecide={mayDecideExtension}
        />
      )}

      {parts.length > 0 && (
        <SupportPartsSection
          taskCode={task.code}
          parts={parts}
          documents={docs}
          isAdmin={isAdmin}
          nameOf={nameOf}
          mayUpdate={(part) => partsOpen && can(actor, 'task.part', { path: part.path })}
        />
      )}
      <DocumentsSection
        record={task.code}
        path={`/tasks/${task.code}`}
        documents={taskDocs}
        isAdmin={isAdmin}
      />

      <LinkedSection
        id="recs-heading"
        title={t('tasks.detail.recommendations')}
        empty={t('tasks.detail.noRecommendations')}
      >
        {recs.map((r) => (
          <LinkedRecommendation key={r.code} rec={r} />
        ))}
      </LinkedSection>

      <section aria-labelledby="timeline-heading" className="flex flex-col gap-2">
        <h2 id="timeline-heading" className="text-lg font-semibold">
          {t('tasks.detail.timeline')}
        </h2>
        <Timeline entries={timeline} />
      </section>

      <Discussion recordType="task" code={task.code} comments={comments} />
    </div>
  );
}
