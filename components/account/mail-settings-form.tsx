'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { type ActionState, idle } from '@/lib/action-state';
import {
  DIGEST_FREQUENCIES,
  type DigestFrequency,
  MAIL_DELIVERIES,
  MAIL_LOCALES,
  type MailDelivery,
  type MailLocale,
} from '@/lib/domain/mail-preferences';
import { NOTIFICATION_KINDS, type NotificationKind } from '@/lib/domain/notification-kinds';

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  settings: {
    locale: MailLocale;
    digest: DigestFrequency;
    deliveries: Record<NotificationKind, MailDelivery>;
  };
  /** leaders choose how often they get the digest of their scope */
  leader: boolean;
};

/** Per kind of notification: a mail at once, a line in the daily digest, or no mail. */
export function MailSettingsForm({ action, settings, leader }: Props) {
  const t = useTranslations('notificationSettings');
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-4">
      <FormMessage state={state} />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 font-medium">{t('kind')}</legend>
        {NOTIFICATION_KINDS.map((kind) => (
          <SelectField
            key={kind}
            label={t(`kinds.${kind}`)}
            name={kind}
            defaultValue={settings.deliveries[kind]}
            options={MAIL_DELIVERIES.map((value) => ({ value, label: t(`delivery.${value}`) }))}
          />
        ))}
      </fieldset>
      <SelectField
        label={t('locale')}
        name="locale"
        defaultValue={settings.locale}
        options={MAIL_LOCALES.map((value) => ({ value, label: t(`locales.${value}`) }))}
      />
      {leader ? (
        <SelectField
          label={t('digest')}
          name="digest"
          defaultValue={settings.digest}
          options={DIGEST_FREQUENCIES.map((value) => ({ value, label: t(`digests.${value}`) }))}
        />
      ) : (
        <input type="hidden" name="digest" value={settings.digest} />
      )}
      <Button type="submit" disabled={pending} className="self-start">
        {t('submit')}
      </Button>
    </form>
  );
}
