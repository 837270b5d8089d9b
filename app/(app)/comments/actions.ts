'use server';

import { revalidatePath } from 'next/cache';
import { addComment, type DiscussionResult, editComment, withdrawComment } from '@/db/queries/comments';
import { type ActionState, failure, fieldErrors, success } from '@/lib/action-state';
import { getViewer } from '@/lib/auth/viewer';
import { CommentEditInput, CommentInput, CommentWithdrawInput } from '@/lib/validations/discussion';

const INVALID = 'discussion.errors.invalidInput';

/** Expected failures of a comment write, as the form shows them. */
function refused(result: Extract<DiscussionResult, { ok: false }>): ActionState {
  if (result.reason === 'invalid') {
    return { status: 'error', message: result.message ?? INVALID, values: result.values };
  }
  return failure(
    {
      not_found: 'discussion.errors.notFound',
      forbidden: 'discussion.errors.forbidden',
      conflict: 'discussion.errors.conflict',
      edit_closed: 'discussion.errors.editClosed',
      withdrawn: 'discussion.errors.withdrawn',
    }[result.reason],
  );
}

function refresh(result: Extract<DiscussionResult, { ok: true }>) {
  revalidatePath(`/${result.recordType === 'task' ? 'tasks' : 'recommendations'}/${result.code}`);
  revalidatePath('/my-work');
}

/** A comment on a task or a recommendation, by whoever reads it. */
export async function addCommentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = CommentInput.safeParse({
    recordType: form.get('recordType'),
    code: form.get('code'),
    body: form.get('body'),
  });
  if (!input.success) return fieldErrors(input.error, INVALID);
  const result = await addComment(viewer, input.data);
  if (!result.ok) return refused(result);
  refresh(result);
  return success('discussion.saved.added');
}

/** The author's correction, within the edit window. */
export async function editCommentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = CommentEditInput.safeParse({
    id: form.get('id'),
    version: form.get('version'),
    body: form.get('body'),
  });
  if (!input.success) return fieldErrors(input.error, INVALID);
  const result = await editComment(viewer, input.data);
  if (!result.ok) return refused(result);
  refresh(result);
  return success('discussion.saved.edited');
}

/** Withdrawn by its author or an admin, with a reason. */
export async function withdrawCommentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = CommentWithdrawInput.safeParse({
    id: form.get('id'),
    version: form.get('version'),
    reason: form.get('reason'),
  });
  if (!input.success) return fieldErrors(input.error, INVALID);
  const result = await withdrawComment(viewer, input.data);
  if (!result.ok) return refused(result);
  refresh(result);
  return success('discussion.saved.withdrawn');
}
