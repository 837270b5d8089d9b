'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { idle } from '@/lib/action-state';
import { type LoginState, login } from './actions';

export function LoginForm({ notice }: { notice?: string }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<LoginState, FormData>(login, idle);
  const message = state.status === 'error' && state.message ? t(state.message) : notice;
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
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <div aria-live="polite" className="min-h-6">
        {message && (
          <p
            className={`rounded-md px-3 py-2 text-sm ${state.status === 'error' ? 'bg-red-50 text-red-800' : 'bg-slate-100 text-slate-800'}`}
          >
            {message}
          </p>
        )}
      </div>
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
}
