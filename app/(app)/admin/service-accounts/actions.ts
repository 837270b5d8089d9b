'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import {
  createServiceAccount,
  deactivateServiceAccount,
  issueServiceToken,
} from '@/db/queries/service-accounts';
import { type ActionState, failure, fieldErrors, success } from '@/lib/action-state';
import { getViewer } from '@/lib/auth/viewer';
import { clientAddress } from '@/lib/client-address';
import { expiryClock } from '@/lib/clock';
import {
  ServiceAccountCreateInput,
  ServiceAccountRefInput,
  ServiceTokenCreateInput,
} from '@/lib/validations/service-accounts';

const pathOf = (login: string) => `/admin/service-accounts/${encodeURIComponent(login)}`;

export async function createServiceAccountAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = ServiceAccountCreateInput.safeParse({
    name: form.get('name'),
    description: form.get('description'),
    role: form.get('role'),
    organization: form.get('organization'),
  });
  if (!input.success) return fieldErrors(input.error);
  const result = await createServiceAccount(viewer, input.data);
  if (!result.ok) {
    if (result.reason === 'forbidden') return failure('serviceAccounts.errors.notFound');
    return {
      status: 'error',
      message: 'errors.invalidInput',
      fieldErrors: { organization: [`serviceAccounts.errors.${result.reason}`] },
    };
  }
  revalidatePath('/admin/service-accounts');
  redirect(`${pathOf(result.login)}?saved=created`);
}

/** A token for a service account: its secret is in the answer this once (`values.token`). */
export async function issueServiceTokenAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = ServiceTokenCreateInput.safeParse({
    account: form.get('account'),
    name: form.get('name'),
    scope: form.get('scope'),
    lifetime: form.get('lifetime'),
    password: form.get('password'),
  });
  if (!input.success) {
    if (input.error.issues.some((issue) => issue.path[0] === 'account'))
      return failure('serviceAccounts.errors.notFound');
    return fieldErrors(input.error);
  }
  const result = await issueServiceToken(viewer, input.data, expiryClock(), {
    address: await clientAddress(),
  });
  if (!result.ok) {
    if (result.reason === 'wrong_password')
      return {
        status: 'error',
        message: 'errors.invalidInput',
        fieldErrors: { password: ['apiTokens.errors.wrongPassword'] },
      };
    return failure(
      result.reason === 'not_found'
        ? 'serviceAccounts.errors.notFound'
        : result.reason === 'throttled'
          ? 'apiTokens.errors.throttled'
          : 'apiTokens.errors.tooMany',
    );
  }
  revalidatePath(pathOf(input.data.account));
  return { status: 'success', message: 'apiTokens.created', values: { token: result.token } };
}

/** Deactivates a service account: every token of it in force is revoked with it. */
export async function deactivateServiceAccountAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const viewer = await getViewer();
  const input = ServiceAccountRefInput.safeParse({ account: form.get('account') });
  if (!input.success) return failure('serviceAccounts.errors.notFound');
  const result = await deactivateServiceAccount(viewer, input.data.account, expiryClock());
  if (!result.ok) return failure('serviceAccounts.errors.notFound');
  revalidatePath('/admin/service-accounts');
  revalidatePath(pathOf(input.data.account));
  return success('serviceAccounts.deactivated');
}
