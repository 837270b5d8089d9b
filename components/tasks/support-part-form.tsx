'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { updatePartAction } from '@/app/(app)/tasks/actions';
import { FormMessage, useFieldErrors } from '@/components/forms/form-message';
import { RecordKey } from '@/components/forms/record-key';
import { useKeptForm } from '@/components/forms/use-kept-form';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { type ActionState, idle } from '@/lib/action-state';
import { SUPPORT_PART_STATUSES, type SupportPartStatus } from '@/lib/domain/tasks';
import { NOTE_MAX } from '@/lib/validations/tasks';

/** The part of one supporting unit, updated by that unit's officials: status and note. */
export function SupportPartForm({
  taskCode,
  part,
}: {
  taskCode: string;
  part: { code: string; name: string; status: SupportPartStatus; note: string | null; version: number };
}) {
  const t = useTranslations('tasks');
  const [state, action, pending] = useActionState<ActionState, FormData>(updatePartAction, idle);
  const errors = useFieldErrors(state);
  const kept = useKeptForm(state, action);
  return (
    <form
      ref={kept.ref}
      action={action}
      onSubmit={kept.onSubmit}
      noValidate
      aria-label={t('parts.formTitle', { unit: part.name })}
      className="flex flex-col gap-3 rounded-md border border-slate-200 bg-slate-50 p-3"
    >
      <RecordKey code={taskCode} version={part.version} />
      <input type="hidden" name="unit" value={part.code} />
      <SelectField
        label={t('parts.status')}
        name="status"
        id={`part-status-${part.code}`}
        defaultValue={part.status}
        options={SUPPORT_PART_STATUSES.map((s) => ({ value: s, label: t(`parts.statuses.${s}`) }))}
        errors={errors('status')}
      />
      <TextareaField
        label={t('parts.note')}
        name="note"
        id={`part-note-${part.code}`}
        defaultValue={part.note ?? ''}
        maxLength={NOTE_MAX}
        rows={3}
        errors={errors('note')}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t('actions.saving') : t('parts.save')}
      </Button>
    </form>
  );
}
