'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { editDocumentMetaAction } from '@/app/(app)/documents/actions';
import { FormMessage, useFieldErrors } from '@/components/forms/form-message';
import { Button } from '@/components/ui/button';
import { DateField } from '@/components/ui/date-field';
import { Field } from '@/components/ui/field';
import { idle } from '@/lib/action-state';
import type { DocumentItem } from '@/lib/documents/types';

/** Correct a document's number and symbol, date of issue, issuer and title. */
export function EditDocumentForm({ doc, path }: { doc: DocumentItem; path: string }) {
  const t = useTranslations('documents');
  const [state, action, pending] = useActionState(editDocumentMetaAction, idle);
  const errorsOf = useFieldErrors(state);
  const id = (field: string) => `${field}-${doc.id}`;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-slate-700 underline">{t('edit')}</summary>
      <form action={action} className="mt-2 flex flex-col gap-2">
        <input type="hidden" name="id" value={doc.id} />
        <input type="hidden" name="path" value={path} />
        <Field
          label={t('fields.title')}
          name="title"
          id={id('title')}
          defaultValue={doc.title}
          required
          maxLength={500}
          errors={errorsOf('title')}
        />
        <div className="grid gap-2 sm:grid-cols-3">
          <Field
            label={t('fields.numberSymbol')}
            name="numberSymbol"
            id={id('number')}
            defaultValue={doc.numberSymbol ?? ''}
            maxLength={50}
            errors={errorsOf('numberSymbol')}
          />
          <DateField
            label={t('fields.issuedOn')}
            name="issuedOn"
            id={id('issued')}
            defaultValue={doc.issuedOn ?? ''}
            errors={errorsOf('issuedOn')}
          />
          <Field
            label={t('fields.issuer')}
            name="issuer"
            id={id('issuer')}
            defaultValue={doc.issuer ?? ''}
            maxLength={300}
            errors={errorsOf('issuer')}
          />
        </div>
        <div>
          <Button type="submit" variant="secondary" disabled={pending}>
            {t('save')}
          </Button>
        </div>
        <FormMessage state={state} />
      </form>
    </details>
  );
}
