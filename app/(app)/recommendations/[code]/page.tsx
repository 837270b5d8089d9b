import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Discussion } from '@/components/discussion/discussion';
import { DocumentsSection } from '@/components/documents/documents-section';
import { LinkedSection, LinkedTask } from '@/components/linked/linked-items';
import {
  AnswerForm,
  DeadlineForm,
  DuplicateForm,
  SubmitForm,
} from '@/components/recommendations/action-forms';
import { AddresseeList } from '@/components/recommendations/addressee-list';
import { StatusBadge, WarningBadge } from '@/components/recommendations/status-badge';
import { Timeline } from '@/components/recommendations/timeline';
import { commentThread } from '@/db/queries/comments';
import { documentsOf } from '@/db/queries/documents';
import { recommendationDetail } from '@/db/queries/recommendation-detail';
import { actorOf } from '@/lib/auth/actor';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { codeFromParam } from '@/lib/domain/codes';
import {
  availableWholeActions,
  checkAnswer,
  nextAddresseeStatuses,
} from '@/lib/domain/recommendation-workflow';
import { formatDate } from '@/lib/format';
import {
  answerRecommendationAction,
  markDuplicateAction,
  setDeadlineAction,
  submitRecommendationAction,
} from '../actions';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const code = codeFromParam((await params).code) ?? notFound();
  const t = await getTranslations('recommendations');
  return { title: `${code} · ${t('title')}` };
}

export default async function RecommendationPage({ params }: Props) {
  const viewer = await getViewer();
  const code = codeFromParam((await params).code) ?? notFound();
  const asOf = today();
  const rec = await recommendationDetail(viewer, code, asOf);
  if (!rec) notFound();
  const [t, tAll, locale, comments, docs] = await Promise.all([
    getTranslations('recommendations'),
    getTranslations(),
    getLocale(),
    commentThread(viewer, 'recommendation', { id: rec.id, orgPath: rec.source.path }),
    documentsOf(viewer, 'recommendation', rec.code),
  ]);
  const name = (o: { nameVi: string; nameEn: string | null }) =>
    locale === 'en' ? (o.nameEn ?? o.nameVi) : o.nameVi;
  const statusLabel = (s: string) => tAll(`recommendationStatus.${s}`);
  const actor = actorOf(viewer);
  const facts = { status: rec.status, sourcePath: rec.source.path, coordinatorPath: rec.coordinatorPath };
  const whole = availableWholeActions(actor, facts);
  const target = { code: rec.code, version: rec.version };
  const localities = new Set([rec.source.nameVi, ...rec.duplicates.map((d) => d.sourceVi)]).size;

  const answerFor = (a: (typeof rec.addressees)[number]) => {
    const next = nextAddresseeStatuses(a.status).filter((to) => checkAnswer(actor, facts, a, to).ok);
    if (next.length === 0) return null;
    return (
      <AnswerForm
        key={`${a.code}-${a.status}`}
        action={answerRecommendationAction}
        target={target}
        addressee={a.code}
        addresseeName={name(a)}
        next={next.map((s) => ({ value: s, label: statusLabel(s) }))}
      />
    );
  };

  return (
    <article className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Link href="/recommendations" className="text-sm text-brand-700 underline">
          {t('backToList')}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{rec.code}</h1>
          <StatusBadge status={rec.status} label={statusLabel(rec.status)} />
          {rec.replyOverdue && <WarningBadge label={t('replyOverdue')} />}
        </div>
      </div>

      {rec.duplicateOf && (
        <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm">
          {t('detail.duplicateOf', { code: rec.duplicateOf })}{' '}
          <Link href={`/recommendations/${rec.duplicateOf}`} className="font-medium text-brand-700 underline">
            → {rec.duplicateOf}
          </Link>
        </p>
      )}

      <section className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-4">
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="mb-2 text-sm font-semibold text-slate-600">{t('detail.text')}</h2>
            <p className="whitespace-pre-wrap break-words text-base">{rec.text}</p>
            {locale === 'en' && rec.summaryEn && (
              <p className="mt-3 text-sm text-slate-700">
                <span className="font-medium">{t('detail.summaryEn')}: </span>
                {rec.summaryEn}
              </p>
            )}
          </div>
          <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
            <Fact label={t('detail.source')} value={name(rec.source)} />
            <Fact
              label={t('detail.session')}
              value={
                rec.session
                  ? `${locale === 'en' ? (rec.session.titleEn ?? rec.session.titleVi) : rec.session.titleVi}${rec.session.heldOn ? ` (${formatDate(rec.session.heldOn)})` : ''}`
                  : t('detail.noSession')
              }
            />
            <Fact label={t('detail.category')} value={t(`categories.${rec.category}`)} />
            <Fact
              label={t('detail.review')}
              value={locale === 'en' ? (rec.review.titleEn ?? rec.review.titleVi) : rec.review.titleVi}
            />
            <Fact
              label={t('detail.submittedOn')}
              value={rec.submittedOn ? formatDate(rec.submittedOn) : t('detail.notSubmitted')}
            />
            <Fact
              label={t('detail.responseDueOn')}
              value={rec.responseDueOn ? formatDate(rec.responseDueOn) : t('detail.noDeadline')}
            />
            <Fact label={t('detail.status')} value={statusLabel(rec.status)} />
            {rec.createdBy && <Fact label={t('detail.createdBy')} value={rec.createdBy} />}
          </dl>
        </div>

        {whole.length > 0 && (
          <aside
            className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4"
            aria-labelledby="actions-heading"
          >
            <h2 id="actions-heading" className="font-semibold">
              {t('detail.actions')}
            </h2>
            {whole.includes('recommendation.edit') && (
              <Link
                href={`/recommendations/${rec.code}/edit`}
                className="inline-flex min-h-10 w-fit items-center rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100"
              >
                {t('form.edit')}
              </Link>
            )}
            {whole.includes('recommendation.submit') && (
              <SubmitForm action={submitRecommendationAction} target={target} />
            )}
            {whole.includes('recommendation.setDeadline') && (
              <section className="flex flex-col gap-2">
                <h3 className="text-sm font-semibold">{t('deadline.title')}</h3>
                <DeadlineForm action={setDeadlineAction} target={target} current={rec.responseDueOn ?? ''} />
              </section>
            )}
            {whole.includes('recommendation.markDuplicate') && rec.duplicates.length === 0 && (
              <section className="flex flex-col gap-2">
                <h3 className="text-sm font-semibold">{t('duplicate.title')}</h3>
                <DuplicateForm action={markDuplicateAction} target={target} duplicateOf={rec.duplicateOf} />
              </section>
            )}
          </aside>
        )}
      </section>

      <section aria-labelledby="addressees-heading" className="flex flex-col gap-3">
        <h2 id="addressees-heading" className="text-lg font-semibold">
          {t('detail.addressees')}
        </h2>
        <AddresseeList
          addressees={rec.addressees}
          name={name}
          statusLabel={statusLabel}
          answerFor={answerFor}
        />
      </section>

      {rec.duplicates.length > 0 && (
        <section aria-labelledby="duplicates-heading" className="flex flex-col gap-2">
          <h2 id="duplicates-heading" className="text-lg font-semibold">
            {t('detail.duplicates')}
          </h2>
          <p data-testid="raised-by">{t('detail.raisedBy', { count: localities })}</p>
          <ul className="list-disc pl-6 text-sm">
            {rec.duplicates.map((d) => (
              <li key={d.code}>
                {d.visible ? (
                  <Link href={`/recommendations/${d.code}`} className="text-brand-700 underline">
                    {d.code}
                  </Link>
                ) : (
                  d.code
                )}{' '}
                — {locale === 'en' ? (d.sourceEn ?? d.sourceVi) : d.sourceVi}
              </li>
            ))}
          </ul>
        </section>
      )}

      <DocumentsSection
        record={rec.code}
        path={`/recommendations/${rec.code}`}
        documents={docs}
        isAdmin={viewer.role === 'admin'}
      />

      <LinkedSection id="tasks-heading" title={t('detail.tasks')} empty={t('detail.noTasks')}>
        {rec.tasks.map((task) => (
          <LinkedTask
            key={task.code}
            task={task}
            unit={locale === 'en' ? (task.assigneeEn ?? task.assigneeVi) : task.assigneeVi}
          />
        ))}
      </LinkedSection>

      <section aria-labelledby="timeline-heading" className="flex flex-col gap-2">
        <h2 id="timeline-heading" className="text-lg font-semibold">
          {t('detail.timeline')}
        </h2>
        <Timeline
          events={rec.timeline}
          statusLabel={statusLabel}
          addresseeName={(c) => {
            const found = rec.addressees.find((a) => a.code === c);
            return found ? name(found) : c;
          }}
        />
      </section>

      <Discussion recordType="recommendation" code={rec.code} comments={comments} />
    </article>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium">{value}</dd>
    </div>
  );
}
