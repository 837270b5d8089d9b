'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/components/forms/form-message';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { type ActionState, idle } from '@/lib/action-state';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** Deactivate or reactivate an account. */
export function ActiveForm({ action, login, active }: { action: Action; login: string; active: boolean }) {
  const t = useTranslations('admin.users');
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <input type="hidden" name="login" value={login} />
      <input type="hidden" name="active" value={active ? '0' : '1'} />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {active ? t('deactivate') : t('reactivate')}
      </Button>
    </form>
  );
}

/** End every session of the account. */
export function SignOutForm({ action, login }: { action: Action; login: string }) {
  const t = useTranslations('admin.users');
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <input type="hidden" name="login" value={login} />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {t('signOutEverywhere')}
      </Button>
    </form>
  );
}

/** A temporary password that the user must change at their next sign-in. */
export function ResetPasswordForm({ action, login }: { action: Action; login: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, idle);
  const errors = useFieldErrors(state);
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-2" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="login" value={login} />
      <Field
        label={t('admin.users.temporaryPassword')}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        errors={errors('password')}
      />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {t('admin.users.resetPassword')}
      </Button>
    </form>
  );
}

/**
 * Switch off the account's two-factor sign-in (a lost phone): its sessions end too. Rendered
 * whether or not it is on, so that the outcome stays in view once the page shows it off.
 */
export function ResetTwoFactorForm({
  action,
  login,
  enabled,
}: {
  action: Action;
  login: string;
  enabled: boolean;
}) {
  const t = useTranslations('admin.users');
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <input type="hidden" name="login" value={login} />
      {enabled && (
        <>
          <p className="max-w-xl text-sm text-slate-600">{t('resetTwoFactorHint')}</p>
          <Button type="submit" variant="secondary" disabled={pending} className="self-start">
            {t('resetTwoFactor')}
          </Button>
        </>
      )}
    </form>
  );
}
