'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/components/forms/form-message';
import { useKeptForm } from '@/components/forms/use-kept-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { type ActionState, idle } from '@/lib/action-state';
import { WEBHOOK_DESCRIPTION_MAX, WEBHOOK_EVENT_TYPES, WEBHOOK_URL_MAX } from '@/lib/domain/webhooks';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export type WebhookSettings = {
  id: number;
  url: string;
  scope: string;
  description: string;
  eventTypes: string[];
  active: boolean;
};

/** A secret shown once, selectable for copying. */
function SecretBox({ secret, id }: { secret: string; id: string }) {
  const t = useTranslations('webhooks');
  return (
    <div className="mt-2 flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {t('secret')}
      </label>
      <input
        id={id}
        readOnly
        value={secret}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-slate-900"
        onFocus={(event) => event.currentTarget.select()}
      />
      <p className="text-slate-700">{t('secretOnce')}</p>
    </div>
  );
}

/**
 * The settings of a subscription: a new one (no `current`; its secret is shown after it is
 * made, with a link to its page) or an existing one.
 */
export function WebhookSettingsForm({
  action,
  current,
  defaultScope,
}: {
  action: Action;
  current?: WebhookSettings;
  defaultScope: string;
}) {
  const t = useTranslations('webhooks');
  const [state, formAction, pending] = useActionState(action, idle);
  const errors = useFieldErrors(state);
  // a refused submission keeps what was typed
  const kept = useKeptForm(state, formAction);
  const secret = state.status === 'success' ? state.values?.secret : undefined;
  const madeId = state.status === 'success' ? state.values?.id : undefined;
  const eventErrors = errors('eventTypes');
  const chosen = new Set(current?.eventTypes ?? ['task.created', 'task.updated', 'task.completed']);
  return (
    <form
      ref={kept.ref}
      action={formAction}
      onSubmit={kept.onSubmit}
      className="flex max-w-2xl flex-col gap-4"
      noValidate
    >
      <FormMessage state={state}>
        {secret && <SecretBox secret={secret} id="new-webhook-secret" />}
        {madeId && (
          <p className="mt-2">
            <a href={`/admin/webhooks/${madeId}`} className="text-brand-700 underline">
              {t('openLog')}
            </a>
          </p>
        )}
      </FormMessage>
      {current && <input type="hidden" name="id" value={current.id} />}
      <Field
        label={t('url')}
        name="url"
        type="url"
        required
        maxLength={WEBHOOK_URL_MAX}
        defaultValue={current?.url}
        placeholder="https://"
        errors={errors('url')}
      />
      <Field
        label={t('scope')}
        name="scope"
        required
        defaultValue={current?.scope ?? defaultScope}
        errors={errors('scope')}
        aria-describedby={errors('scope')?.length ? 'scope-error' : 'scope-hint'}
      />
      <p id="scope-hint" className="-mt-3 text-sm text-slate-600">
        {t('scopeHint')}
      </p>
      <Field
        label={t('description')}
        name="description"
        maxLength={WEBHOOK_DESCRIPTION_MAX}
        defaultValue={current?.description}
        errors={errors('description')}
      />
      <fieldset
        className="flex flex-col gap-1"
        aria-invalid={eventErrors?.length ? true : undefined}
        aria-describedby={eventErrors?.length ? 'eventTypes-error' : undefined}
      >
        <legend className="text-sm font-medium text-slate-800">{t('eventTypes')}</legend>
        {WEBHOOK_EVENT_TYPES.map((type) => (
          <label key={type} className="flex items-center gap-2">
            <input type="checkbox" name="eventTypes" value={type} defaultChecked={chosen.has(type)} />
            <span>
              {t(`events.${type.replace('.', '_')}`)} <code className="text-xs text-slate-600">{type}</code>
            </span>
          </label>
        ))}
        {eventErrors?.length ? (
          <p id="eventTypes-error" className="text-sm text-red-700">
            {eventErrors.join(' ')}
          </p>
        ) : null}
      </fieldset>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="active" defaultChecked={current?.active ?? true} />
        <span>{t('active')}</span>
      </label>
      <Button type="submit" disabled={pending} className="self-start">
        {current ? t('save') : t('create')}
      </Button>
    </form>
  );
}

export function RotateSecretForm({ action, id }: { action: Action; id: number }) {
  const t = useTranslations('webhooks');
  const [state, formAction, pending] = useActionState(action, idle);
  const secret = state.status === 'success' ? state.values?.secret : undefined;
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-2">
      <FormMessage state={state}>{secret && <SecretBox secret={secret} id="rotated-secret" />}</FormMessage>
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {t('rotate')}
      </Button>
    </form>
  );
}

export function DeleteWebhookForm({ action, id }: { action: Action; id: number }) {
  const t = useTranslations('webhooks');
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form
      action={formAction}
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        if (!window.confirm(t('deleteConfirm'))) event.preventDefault();
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start text-red-800">
        {t('delete')}
      </Button>
    </form>
  );
}

export function ResendForm({ action, id, delivery }: { action: Action; id: number; delivery: number }) {
  const t = useTranslations('webhooks');
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="delivery" value={delivery} />
      <Button
        type="submit"
        variant="secondary"
        disabled={pending}
        aria-label={t('resendLabel', { delivery })}
      >
        {t('resend')}
      </Button>
    </form>
  );
}
