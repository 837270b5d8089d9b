'use server';

import { revalidatePath } from 'next/cache';
import { adminRevokeToken } from '@/db/queries/token-admin';
import { type ActionState, failure, success } from '@/lib/action-state';
import { getViewer } from '@/lib/auth/viewer';
import { expiryClock } from '@/lib/clock';
import { TokenRevokeInput } from '@/lib/validations/tokens';

/** An admin revokes any token of their scope (a person's or a service account's). */
export async function adminRevokeTokenAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = TokenRevokeInput.safeParse({ id: form.get('id') });
  if (!input.success) return failure('apiTokens.errors.notFound');
  const result = await adminRevokeToken(viewer, input.data.id, expiryClock());
  if (!result.ok) return failure('apiTokens.errors.notFound');
  revalidatePath('/admin/tokens');
  revalidatePath('/admin/service-accounts', 'layout');
  return success('apiTokens.revoked');
}
