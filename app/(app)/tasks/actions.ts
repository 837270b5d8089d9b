'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createTask, editTask } from '@/db/queries/task-edits';
import { updateSupportPart } from '@/db/queries/task-support';
import { applyTaskAction, type WriteResult } from '@/db/queries/task-writes';
import { type ActionState, failure, fieldErrors, success } from '@/lib/action-state';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import {
  ACTION_FIELDS,
  parseTaskAction,
  SupportPartInput,
  TaskActionName,
  TaskCreateInput,
  TaskEditInput,
} from '@/lib/validations/tasks';

const INVALID = 'tasks.errors.invalidInput';

/** Expected failures of a write, as the form shows them. */
function refused(result: Exclude<WriteResult, { ok: true }>): ActionState {
  if (result.reason === 'invalid')
    return { status: 'error', message: INVALID, fieldErrors: result.fieldErrors };
  const key = {
    not_found: 'tasks.errors.notFound',
    forbidden: 'tasks.errors.forbidden',
    conflict: 'tasks.errors.conflict',
    not_allowed: 'tasks.errors.notAllowed',
  }[result.reason];
  return failure(key);
}

/** One workflow action (start, progress, report, confirm, return, extend, cancel, reopen). */
export async function taskAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const name = TaskActionName.safeParse(form.get('action'));
  const fields = name.success ? ACTION_FIELDS[name.data] : [];
  const raw: Record<string, unknown> = {
    action: form.get('action'),
    code: form.get('code'),
    version: form.get('version'),
  };
  for (const field of fields) raw[field] = form.get(field);
  const input = parseTaskAction(raw, today());
  if (!input.success) {
    return input.field === 'action'
      ? { status: 'error', message: INVALID, fieldErrors: { action: ['tasks.errors.unknownAction'] } }
      : fieldErrors(input.error, INVALID);
  }
  const result = await applyTaskAction(viewer, input.data, today());
  // The page shows the current values after a conflict too: refresh it either way.
  revalidatePath(`/tasks/${input.data.code}`);
  if (!result.ok) return refused(result);
  revalidatePath('/tasks');
  return success('tasks.saved.action');
}

export async function createTaskAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = TaskCreateInput.safeParse({
    code: form.get('code'),
    review: form.get('review'),
    title: form.get('title'),
    description: form.get('description'),
    assignee: form.get('assignee'),
    dueOn: form.get('dueOn'),
    session: form.get('session'),
    parent: form.get('parent'),
    recommendations: form.getAll('recommendations').filter((v): v is string => typeof v === 'string'),
    supporting: form.getAll('supporting').filter((v): v is string => typeof v === 'string'),
  });
  if (!input.success) return fieldErrors(input.error, INVALID);
  const result = await createTask(viewer, input.data, today());
  if (!result.ok) return refused(result);
  revalidatePath('/tasks');
  if (input.data.parent) revalidatePath(`/tasks/${input.data.parent}`);
  redirect(`/tasks/${result.code}`);
}

export async function editTaskAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = TaskEditInput.safeParse({
    code: form.get('code'),
    version: form.get('version'),
    title: form.get('title'),
    description: form.get('description'),
    assignee: form.get('assignee'),
    session: form.get('session'),
    supporting: form.getAll('supporting').filter((v): v is string => typeof v === 'string'),
    supportReason: form.get('supportReason'),
  });
  if (!input.success) return fieldErrors(input.error, INVALID);
  const result = await editTask(viewer, input.data, today());
  revalidatePath(`/tasks/${input.data.code}`);
  revalidatePath(`/tasks/${input.data.code}/edit`);
  if (!result.ok) return refused(result);
  revalidatePath('/tasks');
  redirect(`/tasks/${result.code}`);
}

/** A supporting unit's official updates that unit's part (status, note). */
export async function updatePartAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = SupportPartInput.safeParse({
    code: form.get('code'),
    unit: form.get('unit'),
    version: form.get('version'),
    status: form.get('status'),
    note: form.get('note'),
  });
  if (!input.success) return fieldErrors(input.error, INVALID);
  const result = await updateSupportPart(viewer, input.data);
  revalidatePath(`/tasks/${input.data.code}`);
  if (!result.ok) return refused(result);
  return success('tasks.saved.part');
}
