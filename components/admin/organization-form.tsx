'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, startTransition, useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/components/forms/form-message';
import { type UnitChoice, UnitPicker } from '@/components/forms/unit-picker';
import { Button } from '@/components/ui/button';
import { DateField } from '@/components/ui/date-field';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { type ActionState, idle } from '@/lib/action-state';
import { NEW_ORG_KINDS, SECTORS, type Sector } from '@/lib/domain/roles';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** Submitted by hand, not through the form's action, so that a refused attempt keeps what was typed. */
function useSubmit(action: Action) {
  const [state, formAction, pending] = useActionState(action, idle);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return { state, submit, pending };
}

/** A new unit: where it sits, its code, names, kind and sector. */
export function NewOrganizationForm({
  action,
  parent,
}: {
  action: Action;
  /** the parent the page was opened for, with its sector: the new unit's default */
  parent?: UnitChoice & { sector: Sector };
}) {
  const t = useTranslations();
  const { state, submit, pending } = useSubmit(action);
  const errors = useFieldErrors(state);
  return (
    <form onSubmit={submit} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <UnitPicker
        label={t('orgAdmin.parent')}
        name="parent"
        purpose="parent"
        initial={parent}
        errors={errors('parent')}
      />
      <Field
        label={t('orgAdmin.code')}
        name="code"
        required
        maxLength={40}
        autoComplete="off"
        aria-describedby="code-hint"
        errors={errors('code')}
      />
      <p id="code-hint" className="-mt-3 text-sm text-slate-600">
        {t('orgAdmin.codeHint')}
      </p>
      <Field label={t('orgAdmin.nameVi')} name="nameVi" required maxLength={300} errors={errors('nameVi')} />
      <Field label={t('orgAdmin.nameEn')} name="nameEn" maxLength={300} errors={errors('nameEn')} />
      <SelectField
        label={t('orgAdmin.kind')}
        name="kind"
        defaultValue="agency"
        options={NEW_ORG_KINDS.map((kind) => ({ value: kind, label: t(`orgAdmin.kinds.${kind}`) }))}
        errors={errors('kind')}
      />
      <SelectField
        label={t('orgAdmin.sector')}
        name="sector"
        defaultValue={parent?.sector ?? 'state'}
        options={SECTORS.map((sector) => ({ value: sector, label: t(`orgAdmin.sectors.${sector}`) }))}
        errors={errors('sector')}
      />
      <DateField label={t('orgAdmin.validFrom')} name="validFrom" errors={errors('validFrom')} />
      <Button type="submit" disabled={pending} className="self-start">
        {t('orgAdmin.create')}
      </Button>
    </form>
  );
}

/** Names of a unit (its code is shown, never changed); `stamp` is what the page read. */
export function EditOrganizationForm({
  action,
  unit,
}: {
  action: Action;
  unit: { code: string; nameVi: string; nameEn: string | null; stamp: string };
}) {
  const t = useTranslations();
  const { state, submit, pending } = useSubmit(action);
  const errors = useFieldErrors(state);
  return (
    <form onSubmit={submit} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="unit" value={unit.code} />
      <input type="hidden" name="stamp" value={unit.stamp} />
      <Field
        label={t('orgAdmin.code')}
        name="code"
        readOnly
        defaultValue={unit.code}
        aria-describedby="code-fixed"
        errors={errors('code')}
      />
      <p id="code-fixed" className="-mt-3 text-sm text-slate-600">
        {t('orgAdmin.codeFixed')}
      </p>
      <Field
        label={t('orgAdmin.nameVi')}
        name="nameVi"
        required
        maxLength={300}
        defaultValue={unit.nameVi}
        errors={errors('nameVi')}
      />
      <Field
        label={t('orgAdmin.nameEn')}
        name="nameEn"
        maxLength={300}
        defaultValue={unit.nameEn ?? ''}
        errors={errors('nameEn')}
      />
      <p className="text-sm text-slate-600">{t('orgAdmin.moveNotOffered')}</p>
      <Button type="submit" disabled={pending} className="self-start">
        {t('orgAdmin.save')}
      </Button>
    </form>
  );
}

/** The last day in force and, optionally, the unit that takes over. */
export function RetireOrganizationForm({
  action,
  unit,
  today,
}: {
  action: Action;
  unit: { code: string; stamp: string };
  today: string;
}) {
  const t = useTranslations();
  const { state, submit, pending } = useSubmit(action);
  const errors = useFieldErrors(state);
  return (
    <form onSubmit={submit} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="unit" value={unit.code} />
      <input type="hidden" name="stamp" value={unit.stamp} />
      <DateField
        label={t('orgAdmin.validTo')}
        name="validTo"
        required
        defaultValue={today}
        errors={errors('validTo')}
      />
      <UnitPicker
        label={t('orgAdmin.successorOptional')}
        name="successor"
        purpose="successor"
        unit={unit.code}
        errors={errors('successor')}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {t('orgAdmin.retireSubmit')}
      </Button>
    </form>
  );
}
