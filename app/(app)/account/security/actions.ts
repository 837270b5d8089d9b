'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { auth } from '@/auth';
import {
  beginEnrolment,
  confirmEnrolment,
  disableTwoFactor,
  regenerateRecoveryCodes,
} from '@/db/queries/two-factor';
import { type ActionState, failure, fieldErrors, success } from '@/lib/action-state';
import { getViewerBeforeTwoFactor } from '@/lib/auth/viewer';
import { clientAddress } from '@/lib/client-address';
import { TwoFactorCodeInput, TwoFactorProofInput } from '@/lib/validations/auth';

/** Recovery codes come back once, in the answer to the form that made them; they are never stored in clear. */
export type TwoFactorState = ActionState & { recoveryCodes?: string[] };

export async function startEnrolmentAction(_prev: ActionState, _form: FormData): Promise<ActionState> {
  const viewer = await getViewerBeforeTwoFactor();
  const result = await beginEnrolment(viewer);
  if (!result.ok) return failure(`twoFactor.errors.${result.reason}`);
  redirect('/account/security');
}

export async function confirmEnrolmentAction(_prev: TwoFactorState, form: FormData): Promise<TwoFactorState> {
  const viewer = await getViewerBeforeTwoFactor();
  const input = TwoFactorCodeInput.safeParse({ code: form.get('code') });
  if (!input.success) return fieldErrors(input.error);
  // The account's other sessions end; this one is carried over (db/queries/two-factor.ts).
  const session = (await auth())?.user;
  const result = await confirmEnrolment(
    viewer,
    input.data.code,
    { id: session?.sessionId ?? '', version: Number(session?.sessionVersion) },
    { address: await clientAddress() },
  );
  if (!result.ok) {
    return result.reason === 'wrong_code'
      ? {
          status: 'error',
          message: 'errors.invalidInput',
          fieldErrors: { code: ['twoFactor.errors.wrong_code'] },
        }
      : failure(`twoFactor.errors.${result.reason}`);
  }
  // No revalidation: the page keeps showing the codes until the user has saved them.
  return { ...success('twoFactor.enabled'), recoveryCodes: result.recoveryCodes };
}

export async function regenerateRecoveryCodesAction(
  _prev: TwoFactorState,
  form: FormData,
): Promise<TwoFactorState> {
  const viewer = await getViewerBeforeTwoFactor();
  const input = TwoFactorProofInput.safeParse({ proof: form.get('proof') });
  if (!input.success) return fieldErrors(input.error);
  const result = await regenerateRecoveryCodes(viewer, input.data.proof, { address: await clientAddress() });
  if (!result.ok) return refusedProof(result.reason);
  return { ...success('twoFactor.regenerated'), recoveryCodes: result.recoveryCodes };
}

export async function disableTwoFactorAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewerBeforeTwoFactor();
  const input = TwoFactorProofInput.safeParse({ proof: form.get('proof') });
  if (!input.success) return fieldErrors(input.error);
  const result = await disableTwoFactor(viewer, input.data.proof, { address: await clientAddress() });
  if (!result.ok) return refusedProof(result.reason);
  revalidatePath('/account/security');
  return success('twoFactor.disabled');
}

function refusedProof(reason: string): ActionState {
  return reason === 'wrong_proof'
    ? {
        status: 'error',
        message: 'errors.invalidInput',
        fieldErrors: { proof: ['twoFactor.errors.wrong_proof'] },
      }
    : failure(`twoFactor.errors.${reason}`);
}
