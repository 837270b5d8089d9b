'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/components/forms/form-message';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { type ActionState, idle } from '@/lib/action-state';

type Props = { action: (state: ActionState, form: FormData) => Promise<ActionState>; login: string };

export function ChangePasswordForm({ action, login }: Props) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, idle);
  const errors = useFieldErrors(state);
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      <FormMessage state={state} />
      {/* Lets password managers tie the new password to the account. */}
      <input type="text" name="username" autoComplete="username" value={login} readOnly hidden />
      <Field
        label={t('account.current')}
        name="current"
        type="password"
        autoComplete="current-password"
        required
        errors={errors('current')}
      />
      <Field
        label={t('account.next')}
        name="next"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        errors={errors('next')}
      />
      <Field
        label={t('account.confirm')}
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        errors={errors('confirm')}
      />
      <Button type="submit" disabled={pending}>
        {t('account.submit')}
      </Button>
    </form>
  );
}
