'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, startTransition, useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/components/forms/form-message';
import { type UnitChoice, UnitPicker } from '@/components/forms/unit-picker';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { type ActionState, idle } from '@/lib/action-state';
import { ROLES, type Role } from '@/lib/domain/roles';

export type UserFormValues = {
  login: string;
  displayName: string;
  role: Role;
  organization: UnitChoice;
  scope: UnitChoice;
  stamp: string;
};

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  /** absent: a new account (with its first password) */
  user?: UserFormValues;
  /** an admin editing their own account: the role stays as it is */
  lockRole?: boolean;
};

export function UserForm({ action, user, lockRole }: Props) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, idle);
  const errors = useFieldErrors(state);
  // Submitted by hand rather than through the form's action, which would empty every field
  // after a refused attempt; the admin corrects one field instead of typing all again.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return (
    <form onSubmit={submit} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormMessage state={state} />
      {user ? (
        <>
          <input type="hidden" name="login" value={user.login} />
          <input type="hidden" name="stamp" value={user.stamp} />
        </>
      ) : (
        <Field
          label={t('admin.users.login')}
          name="login"
          required
          maxLength={64}
          autoComplete="off"
          errors={errors('login')}
        />
      )}
      <Field
        label={t('admin.users.displayName')}
        name="displayName"
        required
        maxLength={200}
        defaultValue={user?.displayName}
        errors={errors('displayName')}
      />
      {lockRole && user ? (
        <>
          <input type="hidden" name="role" value={user.role} />
          <p className="text-sm text-slate-600">
            {t('admin.users.ownRole', { role: t(`roles.${user.role}`) })}
          </p>
        </>
      ) : (
        <SelectField
          label={t('admin.users.role')}
          name="role"
          defaultValue={user?.role ?? 'official'}
          options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          errors={errors('role')}
        />
      )}
      <UnitPicker
        label={t('admin.users.organization')}
        name="organization"
        purpose="account"
        initial={user?.organization}
        errors={errors('organization')}
      />
      <UnitPicker
        label={t('admin.users.scope')}
        name="scope"
        purpose="account"
        initial={user?.scope}
        errors={errors('scope')}
        describedBy="scope-hint"
      />
      <p id="scope-hint" className="-mt-3 text-sm text-slate-600">
        {t('admin.users.scopeHint')}
      </p>
      {!user && (
        <Field
          label={t('admin.users.initialPassword')}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          maxLength={128}
          errors={errors('password')}
        />
      )}
      <Button type="submit" disabled={pending} className="self-start">
        {user ? t('admin.users.save') : t('admin.users.create')}
      </Button>
    </form>
  );
}
