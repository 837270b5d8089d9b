'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { saveSessionAction } from '@/app/(app)/sessions/actions';
import { FormMessage, useFieldErrors } from '@/components/forms/form-message';
import { RecordKey } from '@/components/forms/record-key';
import { type UnitChoice, UnitPicker } from '@/components/forms/unit-picker';
import { useKeptForm } from '@/components/forms/use-kept-form';
import { Button } from '@/components/ui/button';
import { DateField } from '@/components/ui/date-field';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { type ActionState, idle } from '@/lib/action-state';

type Option = { value: string; label: string };
export type SessionFormValues = {
  code: string;
  version?: number;
  review: string;
  title: string;
  heldOn: string;
  organization: UnitChoice | null;
  delegation: string;
  participants: string;
  source: string;
};

export function SessionForm({ values, reviews }: { values: SessionFormValues; reviews: Option[] }) {
  const t = useTranslations('sessions');
  const [state, action, pending] = useActionState<ActionState, FormData>(saveSessionAction, idle);
  const kept = useKeptForm(state, action);
  const errors = useFieldErrors(state);
  const editing = values.version !== undefined;
  return (
    <form
      ref={kept.ref}
      action={action}
      onSubmit={kept.onSubmit}
      noValidate
      className="flex max-w-2xl flex-col gap-4 rounded-md border border-slate-200 bg-white p-4"
    >
      <FormMessage state={state} />
      {editing ? (
        <RecordKey code={values.code} version={values.version} />
      ) : (
        <Field
          label={t('fields.code')}
          name="code"
          defaultValue={values.code}
          maxLength={40}
          errors={errors('code')}
        />
      )}
      <SelectField
        label={t('fields.review')}
        name="review"
        defaultValue={values.review}
        options={reviews}
        errors={errors('review')}
      />
      <TextareaField
        label={t('fields.title')}
        name="title"
        rows={2}
        defaultValue={values.title}
        errors={errors('title')}
      />
      <DateField
        label={t('fields.heldOn')}
        name="heldOn"
        defaultValue={values.heldOn}
        errors={errors('heldOn')}
      />
      <UnitPicker
        label={t('fields.organization')}
        name="organization"
        purpose="session"
        initial={values.organization}
        errors={errors('organization')}
      />
      <TextareaField
        label={t('fields.delegation')}
        name="delegation"
        defaultValue={values.delegation}
        errors={errors('delegation')}
      />
      <TextareaField
        label={t('fields.participants')}
        name="participants"
        rows={5}
        defaultValue={values.participants}
        errors={errors('participants')}
      />
      <Field
        label={t('fields.source')}
        name="source"
        defaultValue={values.source}
        errors={errors('source')}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {t('save')}
      </Button>
    </form>
  );
}
