'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import {
  grantExtensionAction,
  refuseExtensionAction,
  requestExtensionAction,
  withdrawExtensionAction,
} from '@/app/(app)/tasks/extension-actions';
import { FormMessage, useFieldErrors } from '@/components/forms/form-message';
import { useKeptForm } from '@/components/forms/use-kept-form';
import { Button } from '@/components/ui/button';
import { DateField } from '@/components/ui/date-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { type ActionState, idle } from '@/lib/action-state';
import { addDays } from '@/lib/clock';
import { NOTE_MAX } from '@/lib/validations/tasks';

/** An official's request: a later date and why. */
export function ExtensionRequestForm({ code, today, dueOn }: { code: string; today: string; dueOn: string }) {
  const t = useTranslations('extensions');
  const [state, formAction, pending] = useActionState<ActionState, FormData>(requestExtensionAction, idle);
  const errors = useFieldErrors(state);
  const kept = useKeptForm(state, formAction);
  const earliest = addDays(dueOn > today ? dueOn : today, 1);
  return (
    <form
      ref={kept.ref}
      action={formAction}
      onSubmit={kept.onSubmit}
      noValidate
      className="flex flex-col gap-3 rounded-md border border-slate-200 bg-white p-4"
    >
      <h3 className="font-semibold">{t('request')}</h3>
      <input type="hidden" name="code" value={code} />
      <DateField
        label={t('fields.dueOn')}
        name="dueOn"
        id="extension-due-on"
        min={earliest}
        defaultValue={addDays(earliest, 29)}
        required
        errors={errors('dueOn')}
      />
      <TextareaField
        label={t('fields.reason')}
        name="reason"
        id="extension-reason"
        maxLength={NOTE_MAX}
        required
        errors={errors('reason')}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending} className="self-start">
        {t('request')}
      </Button>
    </form>
  );
}

type Pending = { code: string; id: number; version: number };

function Hidden({ code, id, version }: Pending) {
  return (
    <>
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

/** A coordinator grants the pending request (the task's version guards against a stale page). */
export function ExtensionGrantForm({ taskVersion, ...pending }: Pending & { taskVersion: number }) {
  const t = useTranslations('extensions');
  const [state, formAction, busy] = useActionState<ActionState, FormData>(grantExtensionAction, idle);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <Hidden {...pending} />
      <input type="hidden" name="taskVersion" value={taskVersion} />
      <FormMessage state={state} />
      <Button type="submit" disabled={busy} className="self-start">
        {t('grant')}
      </Button>
    </form>
  );
}

/** A coordinator refuses the pending request, saying why. */
export function ExtensionRefuseForm(pending: Pending) {
  const t = useTranslations('extensions');
  const [state, formAction, busy] = useActionState<ActionState, FormData>(refuseExtensionAction, idle);
  const errors = useFieldErrors(state);
  const kept = useKeptForm(state, formAction);
  return (
    <form
      ref={kept.ref}
      action={formAction}
      onSubmit={kept.onSubmit}
      noValidate
      className="flex flex-col gap-2"
    >
      <Hidden {...pending} />
      <TextareaField
        label={t('fields.refusalReason')}
        name="reason"
        id={`extension-refusal-${pending.id}`}
        maxLength={NOTE_MAX}
        required
        errors={errors('reason')}
      />
      <FormMessage state={state} />
      <Button type="submit" variant="secondary" disabled={busy} className="self-start">
        {t('refuse')}
      </Button>
    </form>
  );
}

/** The requester takes the pending request back. */
export function ExtensionWithdrawForm(pending: Pending) {
  const t = useTranslations('extensions');
  const [state, formAction, busy] = useActionState<ActionState, FormData>(withdrawExtensionAction, idle);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <Hidden {...pending} />
      <FormMessage state={state} />
      <Button type="submit" variant="secondary" disabled={busy} className="self-start">
        {t('withdraw')}
      </Button>
    </form>
  );
}
