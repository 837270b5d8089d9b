'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { addCommentAction, editCommentAction, withdrawCommentAction } from '@/app/(app)/comments/actions';
import { FormMessage, useFieldErrors } from '@/components/forms/form-message';
import { useKeptForm } from '@/components/forms/use-kept-form';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/textarea-field';
import { type ActionState, idle } from '@/lib/action-state';
import { COMMENT_MAX, WITHDRAWAL_REASON_MAX } from '@/lib/domain/discussion';
import type { CommentRecordType } from '@/lib/domain/discussion-records';

/** A new comment; `@CODE` mentions a unit (the server checks that it reads the record). */
export function CommentForm({ recordType, code }: { recordType: CommentRecordType; code: string }) {
  const t = useTranslations('discussion');
  const [state, formAction, pending] = useActionState<ActionState, FormData>(addCommentAction, idle);
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
      <input type="hidden" name="recordType" value={recordType} />
      <input type="hidden" name="code" value={code} />
      <TextareaField
        label={t('fields.body')}
        name="body"
        id={`comment-body-${code}`}
        maxLength={COMMENT_MAX}
        required
        hint={t('hint')}
        errors={errors('body')}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t('saving') : t('add')}
      </Button>
    </form>
  );
}

/** The author's correction (within 15 minutes of writing). */
export function CommentEditForm({ id, version, body }: { id: number; version: number; body: string }) {
  const t = useTranslations('discussion');
  const [state, formAction, pending] = useActionState<ActionState, FormData>(editCommentAction, idle);
  const errors = useFieldErrors(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <TextareaField
        label={t('fields.editBody')}
        name="body"
        id={`comment-edit-${id}`}
        maxLength={COMMENT_MAX}
        defaultValue={body}
        required
        errors={errors('body')}
      />
      <FormMessage state={state} />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {t('save')}
      </Button>
    </form>
  );
}

/** Withdrawal with a reason (author or admin): the comment stays, shown as withdrawn. */
export function CommentWithdrawForm({ id, version }: { id: number; version: number }) {
  const t = useTranslations('discussion');
  const [state, formAction, pending] = useActionState<ActionState, FormData>(withdrawCommentAction, idle);
  const errors = useFieldErrors(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <TextareaField
        label={t('fields.reason')}
        name="reason"
        id={`comment-withdraw-${id}`}
        maxLength={WITHDRAWAL_REASON_MAX}
        required
        errors={errors('reason')}
      />
      <FormMessage state={state} />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {t('withdraw')}
      </Button>
    </form>
  );
}
