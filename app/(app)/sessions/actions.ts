'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createSession, editSession } from '@/db/queries/sessions';
import { type ActionState, failure, fieldErrors } from '@/lib/action-state';
import { getViewer } from '@/lib/auth/viewer';
import { SessionCreateInput, SessionEditInput } from '@/lib/validations/sessions';

const INVALID = 'sessions.errors.invalidInput';

function named(form: FormData) {
  return {
    code: form.get('code'),
    review: form.get('review'),
    title: form.get('title'),
    heldOn: form.get('heldOn'),
    organization: form.get('organization'),
    delegation: form.get('delegation'),
    participants: form.get('participants'),
    source: form.get('source'),
  };
}

export async function saveSessionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const editing = form.get('version') !== null;
  const input = editing
    ? SessionEditInput.safeParse({ ...named(form), version: form.get('version') })
    : SessionCreateInput.safeParse(named(form));
  if (!input.success) return fieldErrors(input.error, INVALID);
  const result = editing
    ? await editSession(viewer, input.data as SessionEditInput)
    : await createSession(viewer, input.data);
  if (!result.ok) {
    if (result.reason === 'invalid')
      return { status: 'error', message: INVALID, fieldErrors: result.fieldErrors };
    return failure(
      result.reason === 'conflict'
        ? 'sessions.errors.conflict'
        : result.reason === 'forbidden'
          ? 'sessions.errors.forbidden'
          : 'sessions.errors.notFound',
    );
  }
  revalidatePath('/sessions');
  revalidatePath(`/sessions/${result.code}`);
  redirect(`/sessions/${result.code}`);
}
