'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/components/forms/form-message';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { type ActionState, idle } from '@/lib/action-state';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** Links the provider's identity (its subject) to the account. */
export function LinkIdentityForm({ action, login }: { action: Action; login: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, idle);
  const errors = useFieldErrors(state);
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-2" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="login" value={login} />
      <Field
        label={t('identities.subject')}
        name="subject"
        required
        maxLength={255}
        autoComplete="off"
        errors={errors('subject')}
      />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {t('identities.link')}
      </Button>
    </form>
  );
}

/** Removes one link: the identity signs in no more. */
export function UnlinkIdentityForm({
  action,
  login,
  identity,
  subject,
}: {
  action: Action;
  login: string;
  identity: number;
  subject: string;
}) {
  const t = useTranslations('identities');
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <FormMessage state={state} />
      <input type="hidden" name="login" value={login} />
      <input type="hidden" name="identity" value={identity} />
      <Button
        type="submit"
        variant="secondary"
        disabled={pending}
        className="self-start"
        aria-label={`${t('unlink')} ${subject}`}
      >
        {t('unlink')}
      </Button>
    </form>
  );
}
