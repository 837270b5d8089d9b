'use server';

import { revalidatePath } from 'next/cache';
import { retryFailedMail } from '@/db/queries/system';
import { type ActionState, failure, success } from '@/lib/action-state';
import { getViewer } from '@/lib/auth/viewer';
import { MailRetryInput } from '@/lib/validations/mail';

export async function retryMailAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = MailRetryInput.safeParse({ id: form.get('id') });
  if (!input.success) return failure('adminSystem.errors.not_found');
  const result = await retryFailedMail(viewer, input.data.id);
  if (!result.ok) return failure('adminSystem.errors.not_found');
  revalidatePath('/admin/system');
  return success('adminSystem.retried');
}
