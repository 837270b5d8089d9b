'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { type ActionState, idle } from '@/lib/action-state';

type Props = { action: (state: ActionState, form: FormData) => Promise<ActionState>; login: string };

export function ChangePasswordForm({ action, login }: Props) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, idle);
  const errors = (name: string) => state.fieldErrors?.[name]?.map((key) => t(key));
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      <div aria-live="polite" className="min-h-6">
        {state.status === 'error' && state.message && (
          <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{t(state.message)}</p>
        )}
      </div>
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
