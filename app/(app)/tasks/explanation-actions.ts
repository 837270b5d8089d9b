'use server';

import { revalidatePath } from 'next/cache';
import {
  answerExplanation,
  type ExplanationResult,
  requestExplanation,
  withdrawExplanation,
} from '@/db/queries/explanations';
import { type ActionState, failure, fieldErrors, success } from '@/lib/action-state';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import {
  ExplanationAnswerInput,
  ExplanationWithdrawInput,
  explanationRequestInput,
} from '@/lib/validations/discussion';

const INVALID = 'explanations.errors.invalidInput';

function refused(result: Extract<ExplanationResult, { ok: false }>): ActionState {
  return failure(
    {
      not_found: 'explanations.errors.notFound',
      forbidden: 'explanations.errors.forbidden',
      conflict: 'explanations.errors.conflict',
      not_overdue: 'explanations.errors.notOverdue',
      already_open: 'explanations.errors.alreadyOpen',
      not_open: 'explanations.errors.notOpen',
    }[result.reason],
  );
}

function refresh(code: string) {
  revalidatePath(`/tasks/${code}`);
  revalidatePath('/my-work');
  revalidatePath('/dashboard');
}

/** A leader or coordinator asks the unit of an overdue task to explain. */
export async function requestExplanationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const day = today();
  const input = explanationRequestInput(day).safeParse({
    code: form.get('code'),
    message: form.get('message'),
    replyDueOn: form.get('replyDueOn'),
  });
  if (!input.success) return fieldErrors(input.error, INVALID);
  const result = await requestExplanation(viewer, input.data, day);
  refresh(input.data.code);
  if (!result.ok) return refused(result);
  return success('explanations.saved.requested');
}

/** Officials of the assignee answer. */
export async function answerExplanationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = ExplanationAnswerInput.safeParse({
    code: form.get('code'),
    id: form.get('id'),
    version: form.get('version'),
    answer: form.get('answer'),
  });
  if (!input.success) return fieldErrors(input.error, INVALID);
  const result = await answerExplanation(viewer, input.data);
  refresh(input.data.code);
  if (!result.ok) return refused(result);
  return success('explanations.saved.answered');
}

/** The requester takes the request back. */
export async function withdrawExplanationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = ExplanationWithdrawInput.safeParse({
    code: form.get('code'),
    id: form.get('id'),
    version: form.get('version'),
  });
  if (!input.success) return fieldErrors(input.error, INVALID);
  const result = await withdrawExplanation(viewer, input.data);
  refresh(input.data.code);
  if (!result.ok) return refused(result);
  return success('explanations.saved.withdrawn');
}
