'use server';

import { revalidatePath } from 'next/cache';
import { createToken, revokeToken } from '@/db/queries/tokens';
import { type ActionState, failure, fieldErrors, success } from '@/lib/action-state';
import { getViewer } from '@/lib/auth/viewer';
import { clientAddress } from '@/lib/client-address';
import { expiryClock } from '@/lib/clock';
import { TokenCreateInput, TokenRevokeInput } from '@/lib/validations/tokens';

/** A new personal access token: its secret is in the answer this once (`values.token`), never again. */
export async function createTokenAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = TokenCreateInput.safeParse({
    name: form.get('name'),
    scope: form.get('scope'),
    lifetime: form.get('lifetime'),
    password: form.get('password'),
  });
  if (!input.success) return fieldErrors(input.error);
  const result = await createToken(viewer, input.data, expiryClock(), { address: await clientAddress() });
  if (!result.ok) {
    if (result.reason === 'wrong_password')
      return {
        status: 'error',
        message: 'errors.invalidInput',
        fieldErrors: { password: ['apiTokens.errors.wrongPassword'] },
      };
    return failure(result.reason === 'throttled' ? 'apiTokens.errors.throttled' : 'apiTokens.errors.tooMany');
  }
  revalidatePath('/account/tokens');
  return { status: 'success', message: 'apiTokens.created', values: { token: result.token } };
}

export async function revokeTokenAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = TokenRevokeInput.safeParse({ id: form.get('id') });
  if (!input.success) return failure('apiTokens.errors.notFound');
  const result = await revokeToken(viewer, input.data.id, expiryClock());
  if (!result.ok) return failure('apiTokens.errors.notFound');
  revalidatePath('/account/tokens');
  return success('apiTokens.revoked');
}
