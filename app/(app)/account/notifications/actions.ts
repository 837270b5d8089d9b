'use server';

import { revalidatePath } from 'next/cache';
import { saveMailSettings } from '@/db/queries/mail-preferences';
import { type ActionState, fieldErrors, success } from '@/lib/action-state';
import { getViewer } from '@/lib/auth/viewer';
import { NOTIFICATION_KINDS } from '@/lib/domain/notification-kinds';
import { MailSettingsInput } from '@/lib/validations/mail';

export async function saveMailSettingsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = MailSettingsInput.safeParse(
    Object.fromEntries(['locale', 'digest', ...NOTIFICATION_KINDS].map((name) => [name, form.get(name)])),
  );
  if (!input.success) return fieldErrors(input.error);
  const { locale, digest, ...deliveries } = input.data;
  await saveMailSettings(viewer, { locale, digest, deliveries });
  revalidatePath('/account/notifications');
  return success('notificationSettings.saved');
}
