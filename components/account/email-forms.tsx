'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/components/forms/form-message';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { type ActionState, idle } from '@/lib/action-state';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** A new address, with the current password: a confirmation link goes to the new address. */
export function EmailChangeForm({ action, login }: { action: Action; login: string }) {
  const t = useTranslations('accountEmail');
  const [state, formAction, pending] = useActionState(action, idle);
  const errors = useFieldErrors(state);
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <input type="text" name="username" autoComplete="username" value={login} readOnly hidden />
      <Field
        label={t('email')}
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        errors={errors('email')}
      />
      <Field
        label={t('password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={errors('password')}
      />
      <Button type="submit" disabled={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}

/** The link's page: a button, so that a mail scanner opening the link confirms nothing. */
export function ConfirmEmailForm({ action, token }: { action: Action; token: string }) {
  const t = useTranslations('accountEmail');
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending} className="self-start">
        {t('confirmSubmit')}
      </Button>
    </form>
  );
}

/** An admin records (or removes) an account's address. */
export function AdminEmailForm({
  action,
  login,
  email,
}: {
  action: Action;
  login: string;
  email: string | null;
}) {
  const t = useTranslations('accountEmail');
  const [state, formAction, pending] = useActionState(action, idle);
  const errors = useFieldErrors(state);
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-2" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="login" value={login} />
      <Field
        label={t('adminEmail')}
        name="email"
        type="email"
        autoComplete="off"
        maxLength={254}
        defaultValue={email ?? ''}
        errors={errors('email')}
      />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {t('adminSubmit')}
      </Button>
    </form>
  );
}
