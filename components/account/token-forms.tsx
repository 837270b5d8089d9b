'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/components/forms/form-message';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { type ActionState, idle } from '@/lib/action-state';
import { TOKEN_LIFETIMES, TOKEN_NAME_MAX, TOKEN_SCOPES } from '@/lib/validations/tokens';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/**
 * A new token: its secret is shown here, once, after it is made. With `account`, an admin
 * issues it for that service account (and confirms their own password).
 */
export function CreateTokenForm({ action, account }: { action: Action; account?: string }) {
  const t = useTranslations('apiTokens');
  const [state, formAction, pending] = useActionState(action, idle);
  const errors = useFieldErrors(state);
  const secret = state.status === 'success' ? state.values?.token : undefined;
  return (
    <form action={formAction} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormMessage state={state}>
        {secret && (
          <div className="mt-2 flex flex-col gap-1">
            <label htmlFor="new-token" className="font-medium">
              {t('secret')}
            </label>
            <input
              id="new-token"
              readOnly
              value={secret}
              className="rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-slate-900"
              onFocus={(event) => event.currentTarget.select()}
            />
          </div>
        )}
      </FormMessage>
      {account && <input type="hidden" name="account" value={account} />}
      <Field label={t('name')} name="name" required maxLength={TOKEN_NAME_MAX} errors={errors('name')} />
      <SelectField
        label={t('scope')}
        name="scope"
        defaultValue="read"
        options={TOKEN_SCOPES.map((scope) => ({ value: scope, label: t(`scopes.${scope}`) }))}
        errors={errors('scope')}
      />
      <SelectField
        label={t('lifetime')}
        name="lifetime"
        defaultValue="90"
        options={TOKEN_LIFETIMES.map((days) => ({ value: days, label: t(`lifetimes.${days}`) }))}
        errors={errors('lifetime')}
      />
      <Field
        label={t('password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={errors('password')}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {t('submit')}
      </Button>
    </form>
  );
}

export function RevokeTokenForm({ action, id, name }: { action: Action; id: number; name: string }) {
  const t = useTranslations('apiTokens');
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={t('revokeLabel', { name })}>
        {t('revoke')}
      </Button>
    </form>
  );
}
