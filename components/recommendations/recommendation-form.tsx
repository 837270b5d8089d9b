'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { FormMessage, useFieldErrors } from '@/components/forms/form-message';
import { RecordKey } from '@/components/forms/record-key';
import { UnitPicker } from '@/components/forms/unit-picker';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { type ActionState, idle } from '@/lib/action-state';
import { RECOMMENDATION_CATEGORIES } from '@/lib/domain/recommendations';

type Option = { value: string; label: string };
export type RecommendationFormValues = {
  code?: string;
  version?: number;
  review: string;
  sourceOrg: string;
  /** how the picker shows the source unit at first */
  sourceOrgLabel?: string;
  session: string;
  category: string;
  text: string;
  addressees: string[];
};

/**
 * Drafting and editing a recommendation. Inputs are controlled so that what was typed stays
 * after a refused submission; the server checks everything again.
 */
export function RecommendationForm({
  action,
  initial,
  options,
  textLimit,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  initial: RecommendationFormValues;
  options: { reviews: Option[]; sessions: Option[]; addressees: Option[] };
  textLimit: number;
}) {
  const t = useTranslations('recommendations');
  const [state, formAction, pending] = useActionState(action, idle);
  const errorsOf = useFieldErrors(state);
  const [values, setValues] = useState(initial);
  const set = (field: keyof RecommendationFormValues) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));
  const toggle = (code: string, on: boolean) =>
    setValues((v) => ({
      ...v,
      addressees: on ? [...v.addressees, code] : v.addressees.filter((c) => c !== code),
    }));
  const editing = initial.code !== undefined;
  const addresseeErrors = errorsOf('addressees');

  return (
    <form action={formAction} className="flex w-full min-w-0 max-w-3xl flex-col gap-5" noValidate>
      <FormMessage state={state} />
      {editing ? (
        <RecordKey code={initial.code} version={initial.version} />
      ) : (
        <div className="grid min-w-0 gap-4 md:grid-cols-2">
          <SelectField
            label={t('form.review')}
            name="review"
            value={values.review}
            onChange={set('review')}
            options={options.reviews}
            errors={errorsOf('review')}
          />
          <UnitPicker
            label={t('form.sourceOrg')}
            name="sourceOrg"
            purpose="source"
            initial={
              initial.sourceOrg
                ? { code: initial.sourceOrg, label: initial.sourceOrgLabel ?? initial.sourceOrg }
                : null
            }
            onChange={(code) => setValues((v) => ({ ...v, sourceOrg: code }))}
            errors={errorsOf('sourceOrg')}
          />
        </div>
      )}
      <div className="grid min-w-0 gap-4 md:grid-cols-2">
        <SelectField
          label={t('form.session')}
          name="session"
          value={values.session}
          onChange={set('session')}
          options={[{ value: '', label: t('form.noSession') }, ...options.sessions]}
          errors={errorsOf('session')}
        />
        <SelectField
          label={t('form.category')}
          name="category"
          value={values.category}
          onChange={set('category')}
          options={[
            { value: '', label: t('form.chooseCategory') },
            ...RECOMMENDATION_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) })),
          ]}
          errors={errorsOf('category')}
        />
      </div>
      <TextareaField
        label={t('form.text')}
        name="text"
        rows={6}
        value={values.text}
        onChange={set('text')}
        maxLength={textLimit + 500}
        hint={t('form.textHint', { max: textLimit })}
        errors={errorsOf('text')}
      />
      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={`addressees-hint${addresseeErrors ? ' addressees-error' : ''}`}
        aria-invalid={addresseeErrors ? true : undefined}
      >
        <legend className="text-sm font-medium text-slate-800">{t('form.addressees')}</legend>
        <p id="addressees-hint" className="text-sm text-slate-600">
          {t('form.addresseesHint')}
        </p>
        <div className="grid max-h-72 gap-1 overflow-y-auto rounded-md border border-slate-300 bg-white p-2 sm:grid-cols-2">
          {options.addressees.map((option) => (
            <label
              key={option.value}
              className="flex min-h-10 items-start gap-2 rounded p-1 text-sm hover:bg-slate-50"
            >
              <input
                type="checkbox"
                name="addressees"
                value={option.value}
                checked={values.addressees.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
                className="mt-1 size-4"
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
        {addresseeErrors && (
          <p id="addressees-error" className="text-sm text-red-700">
            {addresseeErrors.join(' ')}
          </p>
        )}
      </fieldset>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t('form.saving') : editing ? t('form.save') : t('form.create')}
        </Button>
      </div>
    </form>
  );
}
