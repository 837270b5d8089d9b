import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { openExplanations } from '@/db/queries/explanations';
import { pendingExtensions } from '@/db/queries/extension-request-views';
import { mentionsFor } from '@/db/queries/mentions';
import { MY_WORK_COUNT_CAP, myWork, TASKS_SOON_DAYS } from '@/db/queries/my-work';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { formatCapped, formatDate, formatNumber } from '@/lib/format';
import { formatDateTime } from '@/lib/format-time';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('myWork');
  return { title: t('title') };
}

export default async function MyWorkPage() {
  const viewer = await getViewer();
  const day = today();
  const [t, locale, work, explanations, mentions, extensions] = await Promise.all([
    getTranslations(),
    getLocale(),
    myWork(viewer, day),
    openExplanations(viewer),
    mentionsFor(viewer),
    pendingExtensions(viewer),
  ]);
  const name = (vi: string, en: string | null) => (locale === 'en' ? (en ?? vi) : vi);
  const unitName = viewer.role === 'coordinator' ? viewer.scope : viewer.org;
  const due = (d: string | null) =>
    d && d < day ? (
      <span className="font-medium text-red-700">{`${formatDate(d)} · ${t('myWork.overdue')}`}</span>
    ) : (
      formatDate(d)
    );

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t('myWork.title')}</h1>
        <p className="text-slate-600">
          {t('myWork.intro', { unit: name(unitName.nameVi, unitName.nameEn) })}
        </p>
      </div>
      <WorkSection
        id="due-soon"
        title={`${t('myWork.weLead')} · ${t('myWork.dueSoon', { days: TASKS_SOON_DAYS })}`}
        total={work.counts.dueSoon}
        capped
        shown={work.dueSoon.length}
      >
        {work.dueSoon.map((task) => (
          <WorkItem key={task.code} href={`/tasks/${task.code}`} code={task.code} title={task.title}>
            {`${name(task.orgVi, task.orgEn)} · ${t(`tasks.status.${task.status}`)} · ${t('myWork.due')}: `}
            {due(task.dueOn)}
          </WorkItem>
        ))}
      </WorkSection>
      <WorkSection
        id="we-support"
        title={t('myWork.weSupport')}
        total={work.supportingTotal}
        shown={work.supporting.length}
      >
        {work.supporting.map((task) => (
          <WorkItem
            key={`${task.code}-${task.unitVi}`}
            href={`/tasks/${task.code}`}
            code={task.code}
            title={task.title}
          >
            {`${t('tasks.detail.lead')}: ${name(task.orgVi, task.orgEn)} · ${t('myWork.part')} (${name(task.unitVi, task.unitEn)}): ${t(`tasks.parts.statuses.${task.partStatus as 'done'}`)} · ${t('myWork.due')}: `}
            {due(task.dueOn)}
          </WorkItem>
        ))}
      </WorkSection>
      {viewer.role === 'coordinator' && (
        <WorkSection
          id="to-confirm"
          title={`${t('myWork.weLead')} · ${t('myWork.toConfirm')}`}
          total={work.counts.toConfirm}
          capped
          shown={work.toConfirm.length}
        >
          {work.toConfirm.map((task) => (
            <WorkItem key={task.code} href={`/tasks/${task.code}`} code={task.code} title={task.title}>
              {`${name(task.orgVi, task.orgEn)} · ${t('myWork.due')}: ${formatDate(task.dueOn)}`}
            </WorkItem>
          ))}
        </WorkSection>
      )}
      <WorkSection
        id="to-answer"
        title={t('myWork.toAnswer')}
        total={work.counts.toAnswer}
        capped
        shown={work.toAnswer.length}
      >
        {work.toAnswer.map((rec) => (
          <WorkItem
            key={`${rec.code}-${rec.addresseeVi}`}
            href={`/recommendations/${rec.code}`}
            code={rec.code}
            title={rec.text}
          >
            {`${name(rec.addresseeVi, rec.addresseeEn)} · ${t(`recommendationStatus.${rec.status}`)} · ${t('myWork.replyDue')}: `}
            {due(rec.responseDueOn)}
          </WorkItem>
        ))}
      </WorkSection>
      <WorkSection
        id="explanations"
        title={t('myWork.explanations')}
        total={explanations.total}
        shown={explanations.items.length}
      >
        {explanations.items.map((item) => (
          <WorkItem key={item.code} href={`/tasks/${item.code}`} code={item.code} title={item.title}>
            {`${name(item.orgVi, item.orgEn)} · ${t('myWork.replyDue')}: `}
            {due(item.replyDueOn)}
          </WorkItem>
        ))}
      </WorkSection>
      <WorkSection
        id="extensions"
        title={t('myWork.extensions')}
        total={extensions.total}
        shown={extensions.items.length}
      >
        {extensions.items.map((item) => (
          <WorkItem key={item.code} href={`/tasks/${item.code}`} code={item.code} title={item.title}>
            {name(item.orgVi, item.orgEn)} ·{' '}
            {t('myWork.extensionDates', {
              from: formatDate(item.dueOn),
              to: formatDate(item.requestedDueOn),
            })}
          </WorkItem>
        ))}
      </WorkSection>
      <WorkSection
        id="mentioned"
        title={t('myWork.mentioned')}
        total={mentions.length}
        shown={mentions.length}
      >
        {mentions.map((m) => (
          <WorkItem
            key={`${m.recordType}-${m.code}-${m.at.toISOString()}`}
            href={`/${m.recordType === 'task' ? 'tasks' : 'recommendations'}/${m.code}#discussion-heading`}
            code={m.code}
            title={m.body}
          >
            {m.authorName} · @{m.unitCode} · {formatDateTime(m.at)}
          </WorkItem>
        ))}
      </WorkSection>
    </div>
  );
}

async function WorkSection({
  id,
  title,
  total,
  capped = false,
  shown,
  children,
}: {
  id: string;
  title: string;
  total: number;
  /** a count of `myWorkCounts`: past MY_WORK_COUNT_CAP it is the cap + 1 */
  capped?: boolean;
  shown: number;
  children: ReactNode;
}) {
  const [t, locale] = await Promise.all([getTranslations('myWork'), getLocale()]);
  // a capped count past its cap: "1.000+", and "more than …" below the list
  const over = capped && total > MY_WORK_COUNT_CAP;
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="rounded-lg border border-slate-200 bg-white p-4"
      data-testid={id}
    >
      <h2 id={`${id}-title`} className="mb-3 flex items-center gap-2 text-base font-semibold">
        {title}
        <span className="rounded-full bg-slate-200 px-2 text-sm tabular-nums">
          {capped ? formatCapped(total, MY_WORK_COUNT_CAP, locale) : formatNumber(total, locale)}
        </span>
      </h2>
      {total === 0 ? (
        <p className="text-slate-600">{t('empty')}</p>
      ) : (
        <ul className="work-items flex flex-col divide-y divide-slate-100">{children}</ul>
      )}
      {total > shown && (
        <p className="mt-2 text-sm text-slate-600">
          {over ? t('moreOver', { count: MY_WORK_COUNT_CAP - shown }) : t('more', { count: total - shown })}
        </p>
      )}
    </section>
  );
}

function WorkItem({
  href,
  code,
  title,
  children,
}: {
  href: string;
  code: string;
  title: string;
  children: ReactNode;
}) {
  return (
    // styled by `.work-items` in globals.css; a plain link: a client <Link> per item costs the server
    // a component each, on a page of up to 250 items
    <li>
      <a href={href}>{code}</a> <span>{title}</span>
      <p>{children}</p>
    </li>
  );
}
