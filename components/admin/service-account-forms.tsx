'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, startTransition, useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/components/forms/form-message';
import { UnitPicker } from '@/components/forms/unit-picker';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { type ActionState, idle } from '@/lib/action-state';
import { SERVICE_DESCRIPTION_MAX, SERVICE_NAME_MAX, SERVICE_ROLES } from '@/lib/domain/service-accounts';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** A new service account: a name, what it is for, its unit and its role (never admin). */
export function ServiceAccountForm({ action }: { action: Action }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, idle);
  const errors = useFieldErrors(state);
  // submitted by hand, so that a refused attempt keeps what was typed
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return (
    <form onSubmit={submit} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <Field
        label={t('serviceAccounts.name')}
        name="name"
        required
        maxLength={SERVICE_NAME_MAX}
        autoComplete="off"
        errors={errors('name')}
      />
      <TextareaField
        label={t('serviceAccounts.description')}
        name="description"
        maxLength={SERVICE_DESCRIPTION_MAX}
        rows={3}
        errors={errors('description')}
      />
      <SelectField
        label={t('serviceAccounts.role')}
        name="role"
        defaultValue="official"
        options={SERVICE_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        errors={errors('role')}
      />
      <UnitPicker
        label={t('serviceAccounts.organization')}
        name="organization"
        purpose="account"
        errors={errors('organization')}
        describedBy="service-unit-hint"
      />
      <p id="service-unit-hint" className="-mt-3 text-sm text-slate-600">
        {t('serviceAccounts.organizationHint')}
      </p>
      <Button type="submit" disabled={pending} className="self-start">
        {t('serviceAccounts.create')}
      </Button>
    </form>
  );
}

/** Deactivate a service account: its tokens are revoked with it; there is no way back. */
export function DeactivateServiceAccountForm({ action, account }: { action: Action; account: string }) {
  const t = useTranslations('serviceAccounts');
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <input type="hidden" name="account" value={account} />
      {state.status !== 'success' && (
        <Button type="submit" variant="secondary" disabled={pending} className="self-start">
          {t('deactivate')}
        </Button>
      )}
    </form>
  );
}
