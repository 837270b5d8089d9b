'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { idle } from '@/lib/action-state';
import { type LoginState, login, loginWithProvider } from './actions';

/**
 * The password form (unless PASSWORD_LOGIN=0), the provider's button when one is configured,
 * and the one-time code step — after a right password, or after the provider (`step: 'code'`).
 */
export function LoginForm({
  notice,
  alert,
  provider,
  password = true,
  step,
}: {
  notice?: string;
  /** a refusal to show as an error (the provider's sign-in came back refused) */
  alert?: string;
  /** the provider's name, when sign-in through one is configured */
  provider?: string;
  password?: boolean;
  step?: 'code';
}) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<LoginState, FormData>(
    login,
    step ? { ...idle, step } : idle,
  );
  const failed = state.status === 'error' || (!!alert && state.status === 'idle');
  const message = state.status === 'error' && state.message ? t(state.message) : (alert ?? notice);
  if (state.step === 'code') {
    return (
      <form action={action} className="flex flex-col gap-4" noValidate>
        <p className="text-slate-700">{t('login.codeHint')}</p>
        <Field
          label={t('login.code')}
          name="code"
          autoComplete="one-time-code"
          inputMode="text"
          required
          maxLength={40}
          autoFocus
        />
        <Button type="submit" disabled={pending}>
          {pending ? t('login.submitting') : t('login.verify')}
        </Button>
        <a href="/login" className="text-sm text-brand-700 underline">
          {t('login.startAgain')}
        </a>
      </form>
    );
  }
  const messageBox = (
    <div aria-live="polite" className="min-h-6">
      {message && (
        <p
          className={`rounded-md px-3 py-2 text-sm ${failed ? 'bg-red-50 text-red-800' : 'bg-slate-100 text-slate-800'}`}
        >
          {message}
        </p>
      )}
    </div>
  );
  const providerForm = provider && (
    <form action={loginWithProvider}>
      <Button type="submit" variant={password ? 'secondary' : 'primary'} className="w-full">
        {t('login.provider', { name: provider })}
      </Button>
    </form>
  );
  if (!password) {
    return (
      <div className="flex flex-col gap-4">
        {messageBox}
        {providerForm}
      </div>
    );
  }
  const passwordForm = (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {messageBox}
      <Field
        label={t('login.login')}
        name="login"
        autoComplete="username"
        required
        maxLength={200}
        autoFocus
      />
      <Field
        label={t('login.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <Button type="submit" disabled={pending}>
        {pending ? t('login.submitting') : t('login.submit')}
      </Button>
    </form>
  );
  if (!providerForm) return passwordForm;
  return (
    <div className="flex flex-col gap-4">
      {passwordForm}
      <p className="text-center text-sm text-slate-600">{t('login.or')}</p>
      {providerForm}
    </div>
  );
}
