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

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
type Option = { code: string; label: string };

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

export type ResolutionValues = {
  code: string;
  titleVi: string;
  titleEn: string | null;
  issuerVi: string | null;
  issuedOn: string | null;
  stamp: string;
};

/** A resolution; with `resolution`, an edit that carries the stamp it was read at. */
export function ResolutionForm({ action, resolution }: { action: Action; resolution?: ResolutionValues }) {
  const t = useTranslations('reviewAdmin');
  const { state, submit, pending } = useSubmit(action);
  const errors = useFieldErrors(state);
  return (
    <form onSubmit={submit} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormMessage state={state} />
      {resolution && (
        <>
          <input type="hidden" name="current" value={resolution.code} />
          <input type="hidden" name="stamp" value={resolution.stamp} />
        </>
      )}
      <Field
        label={t('resolutionCode')}
        name="code"
        required
        maxLength={40}
        autoComplete="off"
        defaultValue={resolution?.code}
        aria-describedby="code-hint"
        errors={errors('code')}
      />
      <p id="code-hint" className="-mt-3 text-sm text-slate-600">
        {t('resolutionCodeHint')}
      </p>
      <Field
        label={t('resolutionTitle')}
        name="titleVi"
        required
        maxLength={500}
        defaultValue={resolution?.titleVi}
        errors={errors('titleVi')}
      />
      <Field
        label={t('titleEn')}
        name="titleEn"
        maxLength={500}
        defaultValue={resolution?.titleEn ?? ''}
        errors={errors('titleEn')}
      />
      <Field
        label={t('issuer')}
        name="issuerVi"
        maxLength={300}
        defaultValue={resolution?.issuerVi ?? ''}
        errors={errors('issuerVi')}
      />
      <DateField
        label={t('issuedOn')}
        name="issuedOn"
        defaultValue={resolution?.issuedOn ?? ''}
        errors={errors('issuedOn')}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {resolution ? t('save') : t('create')}
      </Button>
    </form>
  );
}

export type ReviewValues = {
  code: string;
  resolution: string;
  titleVi: string;
  titleEn: string | null;
  startsOn: string | null;
  endsOn: string | null;
  coordinator: UnitChoice;
  stamp: string;
};

/** A review campaign of a resolution, with its period and coordinating organization. */
export function ReviewForm({
  action,
  review,
  resolution,
  resolutions,
}: {
  action: Action;
  review?: ReviewValues;
  /** the resolution chosen beforehand, for a new review */
  resolution?: string;
  resolutions: Option[];
}) {
  const t = useTranslations('reviewAdmin');
  const { state, submit, pending } = useSubmit(action);
  const errors = useFieldErrors(state);
  return (
    <form onSubmit={submit} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormMessage state={state} />
      {review && (
        <>
          <input type="hidden" name="current" value={review.code} />
          <input type="hidden" name="stamp" value={review.stamp} />
        </>
      )}
      <SelectField
        label={t('resolution')}
        name="resolution"
        defaultValue={review?.resolution ?? resolution}
        options={resolutions.map((o) => ({ value: o.code, label: o.label }))}
        errors={errors('resolution')}
      />
      <Field
        label={t('reviewCode')}
        name="code"
        required
        maxLength={40}
        autoComplete="off"
        defaultValue={review?.code}
        aria-describedby="code-hint"
        errors={errors('code')}
      />
      <p id="code-hint" className="-mt-3 text-sm text-slate-600">
        {t('reviewCodeHint')}
      </p>
      <Field
        label={t('reviewTitle')}
        name="titleVi"
        required
        maxLength={500}
        defaultValue={review?.titleVi}
        errors={errors('titleVi')}
      />
      <Field
        label={t('titleEn')}
        name="titleEn"
        maxLength={500}
        defaultValue={review?.titleEn ?? ''}
        errors={errors('titleEn')}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <DateField
          label={t('startsOn')}
          name="startsOn"
          required
          defaultValue={review?.startsOn ?? ''}
          errors={errors('startsOn')}
        />
        <DateField
          label={t('endsOn')}
          name="endsOn"
          required
          defaultValue={review?.endsOn ?? ''}
          errors={errors('endsOn')}
        />
      </div>
      <UnitPicker
        label={t('coordinator')}
        name="coordinator"
        purpose="coordinator"
        // a coordinating unit retired since stays on the review that has it
        initial={review?.coordinator}
        errors={errors('coordinator')}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {review ? t('save') : t('create')}
      </Button>
    </form>
  );
}
