'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { taskAction } from '@/app/(app)/tasks/actions';
import { FormMessage, useFieldErrors } from '@/components/forms/form-message';
import { RecordKey } from '@/components/forms/record-key';
import { useKeptForm } from '@/components/forms/use-kept-form';
import { Button } from '@/components/ui/button';
import { DateField } from '@/components/ui/date-field';
import { Field } from '@/components/ui/field';
import { TextareaField } from '@/components/ui/textarea-field';
import { type ActionState, idle } from '@/lib/action-state';
import type { TaskAction } from '@/lib/domain/task-workflow';
import type { TaskStatus } from '@/lib/domain/tasks';
import { formatDate } from '@/lib/format';
import { DOC_REF_MAX, NOTE_MAX } from '@/lib/validations/tasks';

export type CurrentTask = {
  code: string;
  version: number;
  status: TaskStatus;
  progress: number;
  dueOn: string;
  /** the supporting units whose part is not done yet (names) */
  openParts?: string[];
};

/**
 * The workflow actions the viewer may use, one form at a time (phones first: commune
 * officials update from their phones). The server checks everything again.
 */
export function TaskActions({
  task,
  actions,
  today,
  openChildren = 0,
}: {
  task: CurrentTask;
  actions: TaskAction[];
  today: string;
  /** child tasks neither completed nor cancelled: the completion form warns about them */
  openChildren?: number;
}) {
  const t = useTranslations('tasks');
  const [chosen, setChosen] = useState<TaskAction>(actions[0]);
  const selected = actions.includes(chosen) ? chosen : actions[0];
  return (
    <div className="flex flex-col gap-3">
      {actions.length > 1 && (
        <div className="flex flex-wrap gap-2">
          {actions.map((action) => (
            <Button
              key={action}
              type="button"
              variant={action === selected ? 'primary' : 'secondary'}
              aria-pressed={action === selected}
              onClick={() => setChosen(action)}
            >
              {t(`actions.${action}`)}
            </Button>
          ))}
        </div>
      )}
      <ActionForm key={selected} action={selected} task={task} today={today} openChildren={openChildren} />
    </div>
  );
}

function ActionForm({
  action,
  task,
  today,
  openChildren,
}: {
  action: TaskAction;
  task: CurrentTask;
  today: string;
  openChildren: number;
}) {
  const t = useTranslations('tasks');
  const tc = useTranslations('cascade');
  const [state, formAction, pending] = useActionState<ActionState, FormData>(taskAction, idle);
  const errors = useFieldErrors(state);
  const conflict = state.message === 'tasks.errors.conflict';
  const kept = useKeptForm(state, formAction);
  return (
    <form
      ref={kept.ref}
      action={formAction}
      onSubmit={kept.onSubmit}
      noValidate
      className="flex flex-col gap-3 rounded-md border border-slate-200 bg-white p-4"
    >
      <h3 className="font-semibold">{t(`actions.${action}`)}</h3>
      <input type="hidden" name="action" value={action} />
      <RecordKey code={task.code} version={task.version} />
      {action === 'progress' && (
        <Field
          label={t('fields.progress')}
          name="progress"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          defaultValue={task.progress}
          errors={errors('progress')}
        />
      )}
      {(action === 'report' || action === 'confirm') && openChildren > 0 && (
        <p
          className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900"
          data-testid="open-children-warning"
        >
          {tc('openChildren', { count: openChildren })}
        </p>
      )}
      {action === 'report' && (
        <>
          <DateField
            label={t('fields.completedOn')}
            name="completedOn"
            max={today}
            defaultValue={today}
            errors={errors('completedOn')}
          />
          <Field label={t('fields.docRef')} name="docRef" maxLength={DOC_REF_MAX} errors={errors('docRef')} />
          {!!task.openParts?.length && (
            <>
              <p role="note" className="rounded-md bg-amber-50 p-2 text-sm text-amber-900">
                {t('parts.openWarning', { units: task.openParts.join(', ') })}
              </p>
              <TextareaField
                label={t('fields.openPartsNote')}
                name="openPartsNote"
                maxLength={NOTE_MAX}
                required
                errors={errors('openPartsNote')}
              />
            </>
          )}
        </>
      )}
      {action === 'extend' && (
        <DateField label={t('fields.newDueOn')} name="dueOn" min={today} errors={errors('dueOn')} />
      )}
      {(action === 'start' || action === 'confirm' || action === 'progress' || action === 'report') && (
        <TextareaField
          label={action === 'report' ? t('fields.reportNote') : t('fields.note')}
          name="note"
          maxLength={NOTE_MAX}
          required={action === 'progress' || action === 'report'}
          errors={errors('note')}
        />
      )}
      {(action === 'extend' || action === 'return' || action === 'cancel' || action === 'reopen') && (
        <TextareaField
          label={t('fields.reason')}
          name="reason"
          maxLength={NOTE_MAX}
          required
          errors={errors('reason')}
        />
      )}
      {errors('action') && <p className="text-sm text-red-700">{errors('action')}</p>}
      <FormMessage state={state}>
        {conflict && (
          <p data-testid="conflict-current">
            {t('conflictCurrent', {
              status: t(`status.${task.status}`),
              progress: task.progress,
              dueOn: formatDate(task.dueOn),
            })}
          </p>
        )}
      </FormMessage>
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t('actions.saving') : t(`actions.${action}`)}
      </Button>
    </form>
  );
}
