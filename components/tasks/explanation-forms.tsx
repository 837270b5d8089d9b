'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import {
  answerExplanationAction,
  requestExplanationAction,
  withdrawExplanationAction,
} from '@/app/(app)/tasks/explanation-actions';
import { FormMessage, useFieldErrors } from '@/components/forms/form-message';
import { useKeptForm } from '@/components/forms/use-kept-form';
import { Button } from '@/components/ui/button';
import { DateField } from '@/components/ui/date-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { type ActionState, idle } from '@/lib/action-state';
import { addDays } from '@/lib/clock';
import { EXPLANATION_MAX } from '@/lib/domain/discussion';

/** A leader's or coordinator's request: a message and a reply deadline after today. */
export function ExplanationRequestForm({ code, today }: { code: string; today: string }) {
  const t = useTranslations('explanations');
  const [state, formAction, pending] = useActionState<ActionState, FormData>(requestExplanationAction, idle);
  const errors = useFieldErrors(state);
  const kept = useKeptForm(state, formAction);
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
      <TextareaField
        label={t('fields.message')}
        name="message"
        id="explanation-message"
        maxLength={EXPLANATION_MAX}
        required
        errors={errors('message')}
      />
      <DateField
        label={t('fields.replyDueOn')}
        name="replyDueOn"
        min={addDays(today, 1)}
        defaultValue={addDays(today, 7)}
        required
        errors={errors('replyDueOn')}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending} className="self-start">
        {t('request')}
      </Button>
    </form>
  );
}

/** The assignee's answer to the open request. */
export function ExplanationAnswerForm({ code, id, version }: { code: string; id: number; version: number }) {
  const t = useTranslations('explanations');
  const [state, formAction, pending] = useActionState<ActionState, FormData>(answerExplanationAction, idle);
  const errors = useFieldErrors(state);
  const kept = useKeptForm(state, formAction);
  return (
    <form
      ref={kept.ref}
      action={formAction}
      onSubmit={kept.onSubmit}
      noValidate
      className="flex flex-col gap-3"
    >
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <TextareaField
        label={t('fields.answer')}
        name="answer"
        id="explanation-answer"
        maxLength={EXPLANATION_MAX}
        required
        errors={errors('answer')}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending} className="self-start">
        {t('answer')}
      </Button>
    </form>
  );
}

/** The requester takes the open request back. */
export function ExplanationWithdrawForm({
  code,
  id,
  version,
}: {
  code: string;
  id: number;
  version: number;
}) {
  const t = useTranslations('explanations');
  const [state, formAction, pending] = useActionState<ActionState, FormData>(withdrawExplanationAction, idle);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {t('withdraw')}
      </Button>
    </form>
  );
}
