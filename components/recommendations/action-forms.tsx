'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { FormMessage, useFieldErrors } from '@/components/forms/form-message';
import { RecordKey } from '@/components/forms/record-key';
import { Button } from '@/components/ui/button';
import { DateField } from '@/components/ui/date-field';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { type ActionState, idle } from '@/lib/action-state';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
type Target = { code: string; version: number };

/** Sends a draft upward. */
export function SubmitForm({ action, target }: { action: Action; target: Target }) {
  const t = useTranslations('recommendations');
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <RecordKey {...target} />
      <p className="text-sm text-slate-600">{t('form.submitHint')}</p>
      <div>
        <Button type="submit" disabled={pending}>
          {t('form.submit')}
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

/** One addressee's answer: the next status it may take and the response text. */
export function AnswerForm({
  action,
  target,
  addressee,
  addresseeName,
  next,
}: {
  action: Action;
  target: Target;
  addressee: string;
  addresseeName: string;
  next: { value: string; label: string }[];
}) {
  const t = useTranslations('recommendations');
  const [state, formAction, pending] = useActionState(action, idle);
  const errorsOf = useFieldErrors(state);
  const [status, setStatus] = useState(next.length === 1 ? next[0].value : '');
  const [response, setResponse] = useState('');
  const id = `answer-${addressee}`;
  return (
    <form
      action={formAction}
      className="flex flex-col gap-3 rounded-md border border-slate-200 bg-slate-50 p-3"
      aria-label={t('answer.title', { name: addresseeName })}
      noValidate
    >
      <p className="text-sm font-medium">{t('answer.title', { name: addresseeName })}</p>
      <RecordKey {...target} />
      <input type="hidden" name="addressee" value={addressee} />
      <SelectField
        id={`${id}-status`}
        label={t('answer.status')}
        name="status"
        value={status}
        onChange={(e) => setStatus(e.target.value)}
        options={[{ value: '', label: t('answer.choose') }, ...next]}
        errors={errorsOf('status')}
      />
      <TextareaField
        id={`${id}-response`}
        label={t('answer.response')}
        name="response"
        rows={3}
        value={response}
        onChange={(e) => setResponse(e.target.value)}
        hint={t('answer.responseHint')}
        errors={errorsOf('response')}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {t('answer.save')}
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

/** The review coordinator's reply deadline. */
export function DeadlineForm({
  action,
  target,
  current,
}: {
  action: Action;
  target: Target;
  current: string;
}) {
  const t = useTranslations('recommendations');
  const [state, formAction, pending] = useActionState(action, idle);
  const errorsOf = useFieldErrors(state);
  const [value, setValue] = useState(current);
  return (
    <form action={formAction} className="flex flex-col gap-2" noValidate>
      <RecordKey {...target} />
      <DateField
        label={t('deadline.field')}
        name="responseDueOn"
        defaultValue={value}
        onChange={setValue}
        errors={errorsOf('responseDueOn')}
      />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t('deadline.save')}
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

/** Marks this recommendation as a duplicate of a primary, or undoes it. */
export function DuplicateForm({
  action,
  target,
  duplicateOf,
}: {
  action: Action;
  target: Target;
  duplicateOf: string | null;
}) {
  const t = useTranslations('recommendations');
  const [state, formAction, pending] = useActionState(action, idle);
  const errorsOf = useFieldErrors(state);
  const [primary, setPrimary] = useState('');
  return (
    <form action={formAction} className="flex flex-col gap-2" noValidate>
      <RecordKey {...target} />
      {duplicateOf ? (
        <>
          <p className="text-sm">{t('duplicate.current', { code: duplicateOf })}</p>
          <input type="hidden" name="primary" value="" />
          <div>
            <Button type="submit" variant="secondary" disabled={pending}>
              {t('duplicate.unmark')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <Field
            label={t('duplicate.field')}
            name="primary"
            value={primary}
            onChange={(e) => setPrimary(e.target.value)}
            maxLength={64}
            errors={errorsOf('primary')}
          />
          <div>
            <Button type="submit" variant="secondary" disabled={pending}>
              {t('duplicate.mark')}
            </Button>
          </div>
        </>
      )}
      <FormMessage state={state} />
    </form>
  );
}
