'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/components/forms/form-message';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { type ActionState, idle } from '@/lib/action-state';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
type CodesState = ActionState & { recoveryCodes?: string[] };
type CodesAction = (state: CodesState, form: FormData) => Promise<CodesState>;

/** Begins the set-up (or makes a new key when one is already waiting). */
export function StartEnrolmentForm({ action, again }: { action: Action; again: boolean }) {
  const t = useTranslations('twoFactor');
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <Button
        type="submit"
        variant={again ? 'secondary' : 'primary'}
        disabled={pending}
        className="self-start"
      >
        {again ? t('restart') : t('start')}
      </Button>
    </form>
  );
}

/** The codes, once, with a way on. */
function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations('twoFactor');
  return (
    <section aria-labelledby="recovery-codes-heading" className="flex max-w-md flex-col gap-2">
      <h3 id="recovery-codes-heading" className="font-semibold">
        {t('recoveryTitle')}
      </h3>
      <p className="text-sm text-slate-700">{t('recoveryHint')}</p>
      <ul
        data-testid="recovery-codes"
        className="grid grid-cols-2 gap-1 rounded-md bg-slate-100 p-3 font-mono"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <a href="/account/security" className="self-start text-sm text-brand-700 underline">
        {t('recoveryDone')}
      </a>
    </section>
  );
}

/** The first code from the app turns two-factor sign-in on; the recovery codes follow. */
export function ConfirmEnrolmentForm({ action }: { action: CodesAction }) {
  const t = useTranslations('twoFactor');
  const [state, formAction, pending] = useActionState<CodesState, FormData>(action, idle);
  const errors = useFieldErrors(state);
  if (state.recoveryCodes) {
    return (
      <div className="flex flex-col gap-3">
        <FormMessage state={state} />
        <RecoveryCodes codes={state.recoveryCodes} />
      </div>
    );
  }
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-2" noValidate>
      <FormMessage state={state} />
      <Field
        label={t('code')}
        name="code"
        autoComplete="one-time-code"
        inputMode="numeric"
        required
        maxLength={40}
        errors={errors('code')}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {t('confirm')}
      </Button>
    </form>
  );
}

/** Proof of the owner (password or code), then the change. */
function ProofForm({
  state,
  formAction,
  pending,
  label,
}: {
  state: ActionState;
  formAction: (form: FormData) => void;
  pending: boolean;
  label: string;
}) {
  const t = useTranslations('twoFactor');
  const errors = useFieldErrors(state);
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-2" noValidate>
      <FormMessage state={state} />
      <Field
        label={t('proof')}
        name="proof"
        type="password"
        autoComplete="current-password"
        required
        maxLength={256}
        errors={errors('proof')}
      />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {label}
      </Button>
    </form>
  );
}

export function RegenerateCodesForm({ action }: { action: CodesAction }) {
  const t = useTranslations('twoFactor');
  const [state, formAction, pending] = useActionState<CodesState, FormData>(action, idle);
  if (state.recoveryCodes) {
    return (
      <div className="flex flex-col gap-3">
        <FormMessage state={state} />
        <RecoveryCodes codes={state.recoveryCodes} />
      </div>
    );
  }
  return <ProofForm state={state} formAction={formAction} pending={pending} label={t('regenerate')} />;
}

export function DisableTwoFactorForm({ action }: { action: Action }) {
  const t = useTranslations('twoFactor');
  const [state, formAction, pending] = useActionState(action, idle);
  return <ProofForm state={state} formAction={formAction} pending={pending} label={t('disable')} />;
}
