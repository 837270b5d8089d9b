'use server';

import { revalidatePath } from 'next/cache';
import {
  type ExtensionResult,
  grantExtension,
  refuseExtension,
  requestExtension,
  withdrawExtension,
} from '@/db/queries/extension-requests';
import { type ActionState, failure, fieldErrors, success } from '@/lib/action-state';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import {
  ExtensionGrantInput,
  ExtensionRefuseInput,
  ExtensionWithdrawInput,
  extensionRequestInput,
} from '@/lib/validations/extensions';

const INVALID = 'extensions.errors.invalidInput';

function refused(result: Extract<ExtensionResult, { ok: false }>): ActionState {
  return failure(
    {
      not_found: 'extensions.errors.notFound',
      forbidden: 'extensions.errors.forbidden',
      conflict: 'extensions.errors.conflict',
      not_open: 'extensions.errors.notOpen',
      not_later: 'extensions.errors.notLater',
      already_pending: 'extensions.errors.alreadyPending',
      not_pending: 'extensions.errors.notPending',
      expired: 'extensions.errors.expired',
    }[result.reason],
  );
}

function refresh(code: string) {
  revalidatePath(`/tasks/${code}`);
  revalidatePath('/my-work');
}

/** An official of the assignee asks for a later deadline. */
export async function requestExtensionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const day = today();
  const input = extensionRequestInput(day).safeParse({
    code: form.get('code'),
    dueOn: form.get('dueOn'),
    reason: form.get('reason'),
  });
  if (!input.success) return fieldErrors(input.error, INVALID);
  const result = await requestExtension(viewer, input.data, day);
  refresh(input.data.code);
  if (!result.ok) return refused(result);
  return success('extensions.saved.requested');
}

/** A coordinator in scope grants: the task's deadline becomes the requested one. */
export async function grantExtensionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = ExtensionGrantInput.safeParse({
    code: form.get('code'),
    id: form.get('id'),
    version: form.get('version'),
    taskVersion: form.get('taskVersion'),
  });
  if (!input.success) return fieldErrors(input.error, INVALID);
  const result = await grantExtension(viewer, input.data, today());
  refresh(input.data.code);
  if (!result.ok) return refused(result);
  return success('extensions.saved.granted');
}

/** A coordinator in scope refuses, saying why. */
export async function refuseExtensionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = ExtensionRefuseInput.safeParse({
    code: form.get('code'),
    id: form.get('id'),
    version: form.get('version'),
    reason: form.get('reason'),
  });
  if (!input.success) return fieldErrors(input.error, INVALID);
  const result = await refuseExtension(viewer, input.data);
  refresh(input.data.code);
  if (!result.ok) return refused(result);
  return success('extensions.saved.refused');
}

/** The requester takes the pending request back. */
export async function withdrawExtensionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = ExtensionWithdrawInput.safeParse({
    code: form.get('code'),
    id: form.get('id'),
    version: form.get('version'),
  });
  if (!input.success) return fieldErrors(input.error, INVALID);
  const result = await withdrawExtension(viewer, input.data);
  refresh(input.data.code);
  if (!result.ok) return refused(result);
  return success('extensions.saved.withdrawn');
}
