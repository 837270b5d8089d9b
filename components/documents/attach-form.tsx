'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { DateField } from '@/components/ui/date-field';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import type { AttachTarget } from '@/lib/documents/types';

type Answer = {
  status: 'success' | 'error';
  message: string;
  params?: Record<string, string | number>;
  fieldErrors?: Record<string, string[]>;
};

const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,.jpg,.jpeg,.png';

/**
 * Attaches a document: the form is posted to the upload route (outside the proxy, streamed
 * within DOCUMENT_MAX_MB: lib/documents/upload.ts), then the page is read again.
 */
export function AttachDocumentForm({
  record,
  targets,
  versions,
  idPrefix = 'document',
}: {
  record: string;
  targets: AttachTarget[];
  /** documents a new version may replace */
  versions: { id: string; title: string }[];
  /** several forms on one page (a task's parts, its explanations) keep their fields' ids apart */
  idPrefix?: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [pending, setPending] = useState(false);
  const errorsOf = (field: string) =>
    answer?.fieldErrors?.[field]?.map((key) => (t.has(key) ? t(key) : t('errors.generic')));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const [kind, which = ''] = String(data.get('target') ?? '').split(':');
    data.delete('target');
    data.set('recordKind', kind);
    data.set('addressee', kind === 'explanation' ? '' : which);
    data.set('explanation', kind === 'explanation' ? which : '');
    data.set('record', record);
    setPending(true);
    let next: Answer = { status: 'error', message: 'upload.failed' };
    try {
      const response = await fetch('/api/upload/documents', {
        method: 'POST',
        body: data,
        credentials: 'same-origin',
      });
      const body = (await response.json()) as Answer;
      if (body && typeof body.status === 'string') next = body;
    } catch {
      // the generic message above
    }
    setPending(false);
    setAnswer(next);
    if (next.status === 'success') {
      form.reset();
      router.refresh();
    }
  };

  const targetLabel = (target: AttachTarget) => {
    const addressee = target.addresseeName ?? target.addressee ?? '';
    if (target.kind === 'answer') return t('documents.kind.answerOf', { addressee });
    if (target.kind === 'support_part') return t('documents.kind.partOf', { addressee });
    if (target.kind === 'explanation') return t('documents.kind.explanationLetter');
    return t(`documents.kind.${target.kind}`);
  };
  const targetValue = (target: AttachTarget) =>
    target.explanation
      ? `${target.kind}:${target.explanation}`
      : target.addressee
        ? `${target.kind}:${target.addressee}`
        : target.kind;

  return (
    <form
      onSubmit={onSubmit}
      className="flex flex-col gap-3 rounded-md border border-slate-200 bg-white p-4"
      aria-busy={pending}
    >
      <h3 className="font-medium">{t('documents.attach')}</h3>
      <SelectField
        label={t('documents.fields.kind')}
        name="target"
        id={`${idPrefix}-target`}
        options={targets.map((target) => ({
          value: targetValue(target),
          label: targetLabel(target),
        }))}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${idPrefix}-file`} className="text-sm font-medium text-slate-800">
          {t('documents.fields.file')}
        </label>
        <input
          id={`${idPrefix}-file`}
          name="file"
          type="file"
          required
          accept={ACCEPT}
          className="max-w-full text-sm"
        />
        <p className="text-xs text-slate-600">{t('documents.allowedTypes')}</p>
      </div>
      <Field
        label={t('documents.fields.title')}
        name="title"
        id={`${idPrefix}-title`}
        required
        maxLength={500}
        errors={errorsOf('title')}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field
          label={t('documents.fields.numberSymbol')}
          name="numberSymbol"
          id={`${idPrefix}-number`}
          placeholder="125-BC/TU"
          maxLength={50}
          errors={errorsOf('numberSymbol')}
        />
        <DateField
          label={t('documents.fields.issuedOn')}
          name="issuedOn"
          id={`${idPrefix}-issued`}
          errors={errorsOf('issuedOn')}
        />
        <Field
          label={t('documents.fields.issuer')}
          name="issuer"
          id={`${idPrefix}-issuer`}
          maxLength={300}
          errors={errorsOf('issuer')}
        />
      </div>
      {versions.length > 0 && (
        <SelectField
          label={t('documents.fields.replaces')}
          name="replaces"
          id={`${idPrefix}-replaces`}
          options={[
            { value: '', label: t('documents.newDocument') },
            ...versions.map((v) => ({ value: v.id, label: v.title })),
          ]}
        />
      )}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t('documents.uploading') : t('documents.upload')}
        </Button>
      </div>
      <div aria-live="polite">
        {answer && (
          <p
            role={answer.status === 'error' ? 'alert' : 'status'}
            className={`rounded-md px-3 py-2 text-sm ${answer.status === 'error' ? 'bg-red-50 text-red-800' : 'bg-green-50 text-green-900'}`}
          >
            {t.has(answer.message) ? t(answer.message, answer.params) : t('errors.generic')}
          </p>
        )}
      </div>
    </form>
  );
}
