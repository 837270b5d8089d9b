'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { createTaskAction, editTaskAction } from '@/app/(app)/tasks/actions';
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
import { DESCRIPTION_MAX, NOTE_MAX, TITLE_MAX } from '@/lib/validations/tasks';
import { SupportingUnitsField } from './supporting-units-field';

type Option = { value: string; label: string };

export type TaskFormValues = {
  code: string;
  version?: number;
  review: string;
  title: string;
  description: string;
  assignee: UnitChoice | null;
  dueOn: string;
  session: string;
  supporting: UnitChoice[];
};

/** Creating (no version) or editing (with the version it was read at) a task. */
export function TaskForm({
  values,
  options,
  today,
  parent,
}: {
  values: TaskFormValues;
  options: { reviews: Option[]; sessions: Option[] };
  today: string;
  /** a new child task of this one (issue 17): due no later than the parent */
  parent?: { code: string; dueOn: string };
}) {
  const t = useTranslations('tasks');
  const tc = useTranslations('cascade');
  const editing = values.version !== undefined;
  const [state, action, pending] = useActionState<ActionState, FormData>(
    editing ? editTaskAction : createTaskAction,
    idle,
  );
  const errors = useFieldErrors(state);
  const kept = useKeptForm(state, action);
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
        <>
          {parent && (
            <>
              <input type="hidden" name="parent" value={parent.code} />
              <p className="text-sm">
                {tc('parent')}: <span className="font-mono">{parent.code}</span>
              </p>
              {errors('parent') && (
                <p className="text-sm text-red-700" role="alert">
                  {errors('parent')}
                </p>
              )}
            </>
          )}
          <Field
            label={t('fields.code')}
            name="code"
            defaultValue={values.code}
            maxLength={40}
            errors={errors('code')}
          />
          <SelectField
            label={t('fields.review')}
            name="review"
            defaultValue={values.review}
            options={options.reviews}
            errors={errors('review')}
          />
        </>
      )}
      <TextareaField
        label={t('fields.title')}
        name="title"
        defaultValue={values.title}
        maxLength={TITLE_MAX}
        required
        rows={2}
        errors={errors('title')}
      />
      <TextareaField
        label={t('fields.description')}
        name="description"
        defaultValue={values.description}
        maxLength={DESCRIPTION_MAX}
        rows={4}
        errors={errors('description')}
      />
      <UnitPicker
        label={t('fields.assignee')}
        name="assignee"
        purpose="assign"
        initial={values.assignee}
        errors={errors('assignee')}
      />
      <SupportingUnitsField initial={values.supporting} errors={errors('supporting')} />
      {editing && (
        <TextareaField
          label={t('fields.supportReason')}
          name="supportReason"
          maxLength={NOTE_MAX}
          rows={2}
          errors={errors('supportReason')}
        />
      )}
      {!editing && (
        <DateField
          label={t('fields.dueOn')}
          name="dueOn"
          min={today}
          max={parent?.dueOn}
          defaultValue={values.dueOn}
          required
          errors={errors('dueOn')}
        />
      )}
      <SelectField
        label={t('fields.session')}
        name="session"
        defaultValue={values.session}
        options={[{ value: '', label: t('fields.noSession') }, ...options.sessions]}
        errors={errors('session')}
      />
      {!editing && (
        <Field
          label={t('fields.recommendations')}
          name="recommendations"
          errors={errors('recommendations')}
        />
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t('actions.saving') : editing ? t('save') : t('create')}
        </Button>
        <Link
          href={editing ? `/tasks/${values.code}` : '/tasks'}
          className="inline-flex min-h-10 items-center px-4 text-sm text-brand-700 underline"
        >
          {t('cancelEdit')}
        </Link>
      </div>
    </form>
  );
}
