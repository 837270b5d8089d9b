'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { withdrawDocumentAction } from '@/app/(app)/documents/actions';
import { FormMessage, useFieldErrors } from '@/components/forms/form-message';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { idle } from '@/lib/action-state';

/** Withdraw one document, with a reason (it stays in the history). */
export function WithdrawDocumentForm({ id, path }: { id: string; path: string }) {
  const t = useTranslations('documents');
  const [state, action, pending] = useActionState(withdrawDocumentAction, idle);
  const errorsOf = useFieldErrors(state);
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-slate-700 underline">{t('withdraw')}</summary>
      <form action={action} className="mt-2 flex flex-col gap-2">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="path" value={path} />
        <Field
          label={t('reason')}
          name="reason"
          id={`reason-${id}`}
          required
          maxLength={1000}
          errors={errorsOf('reason')}
        />
        <div>
          <Button type="submit" variant="secondary" disabled={pending}>
            {t('withdrawConfirm')}
          </Button>
        </div>
        <FormMessage state={state} />
      </form>
    </details>
  );
}
