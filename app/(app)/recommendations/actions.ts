'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import {
  answerRecommendation,
  markDuplicate,
  setResponseDeadline,
} from '@/db/queries/recommendation-answers';
import {
  createRecommendation,
  editRecommendation,
  submitRecommendation,
  type WriteFailure,
} from '@/db/queries/recommendation-writes';
import { type ActionState, failure, fieldErrors, success } from '@/lib/action-state';
import { getViewer } from '@/lib/auth/viewer';
import {
  AnswerInput,
  DeadlineInput,
  DuplicateInput,
  EditRecommendationInput,
  NewRecommendationInput,
  SubmitRecommendationInput,
} from '@/lib/validations/recommendations';

const FIX = 'recommendations.errors.fixFields';

/** A write's failure value → the form's state: a field error, or a message for the whole form. */
function toState(result: WriteFailure): ActionState {
  if (result.reason === 'invalid') {
    return { status: 'error', message: FIX, fieldErrors: { [result.field]: [result.message] } };
  }
  return failure(`recommendations.errors.${result.reason}`);
}

function refresh(code?: string) {
  revalidatePath('/recommendations');
  if (code) revalidatePath(`/recommendations/${code}`);
}

export async function createRecommendationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = NewRecommendationInput.safeParse({
    review: form.get('review'),
    sourceOrg: form.get('sourceOrg'),
    session: form.get('session'),
    category: form.get('category'),
    text: form.get('text'),
    addressees: form.getAll('addressees'),
  });
  if (!input.success) return fieldErrors(input.error, FIX);
  const result = await createRecommendation(viewer, input.data);
  if (!result.ok) return toState(result);
  refresh(result.code);
  redirect(`/recommendations/${result.code}`);
}

export async function editRecommendationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = EditRecommendationInput.safeParse({
    code: form.get('code'),
    version: form.get('version'),
    session: form.get('session'),
    category: form.get('category'),
    text: form.get('text'),
    addressees: form.getAll('addressees'),
  });
  if (!input.success) return fieldErrors(input.error, FIX);
  const result = await editRecommendation(viewer, input.data);
  if (!result.ok) return toState(result);
  refresh(result.code);
  redirect(`/recommendations/${result.code}`);
}

export async function submitRecommendationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = SubmitRecommendationInput.safeParse({ code: form.get('code'), version: form.get('version') });
  if (!input.success) return fieldErrors(input.error, FIX);
  const result = await submitRecommendation(viewer, input.data);
  if (!result.ok) return toState(result);
  refresh(result.code);
  return success('recommendations.done.submitted');
}

export async function answerRecommendationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = AnswerInput.safeParse({
    code: form.get('code'),
    version: form.get('version'),
    addressee: form.get('addressee'),
    status: form.get('status'),
    response: form.get('response'),
  });
  if (!input.success) return fieldErrors(input.error, FIX);
  const result = await answerRecommendation(viewer, input.data);
  if (!result.ok) return toState(result);
  refresh(result.code);
  return success('recommendations.done.answered');
}

export async function setDeadlineAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = DeadlineInput.safeParse({
    code: form.get('code'),
    version: form.get('version'),
    responseDueOn: form.get('responseDueOn'),
  });
  if (!input.success) return fieldErrors(input.error, FIX);
  const result = await setResponseDeadline(viewer, input.data);
  if (!result.ok) return toState(result);
  refresh(result.code);
  return success('recommendations.done.deadlineSaved');
}

export async function markDuplicateAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = DuplicateInput.safeParse({
    code: form.get('code'),
    version: form.get('version'),
    primary: form.get('primary'),
  });
  if (!input.success) return fieldErrors(input.error, FIX);
  const result = await markDuplicate(viewer, input.data);
  if (!result.ok) return toState(result);
  refresh(result.code);
  if (input.data.primary) revalidatePath(`/recommendations/${input.data.primary}`);
  return success('recommendations.done.duplicateSaved');
}
