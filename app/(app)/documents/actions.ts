'use server';

import { revalidatePath } from 'next/cache';
import { withdrawDocument } from '@/db/queries/documents';
import { type ActionState, failure, fieldErrors, success } from '@/lib/action-state';
import { getViewer } from '@/lib/auth/viewer';
import { DocumentWithdrawInput } from '@/lib/validations/documents';

const FAILURES: Record<string, string> = {
  not_found: 'documents.errors.notFound',
  forbidden: 'documents.errors.notFound',
  conflict: 'documents.errors.alreadyWithdrawn',
};

/** Withdraws a document (kept, with its reason, offered to admins only); `path` is the page to refresh. */
export async function withdrawDocumentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = DocumentWithdrawInput.safeParse({ id: form.get('id'), reason: form.get('reason') });
  if (!input.success) return fieldErrors(input.error);
  const result = await withdrawDocument(viewer, input.data);
  if (!result.ok) return failure(FAILURES[result.reason] ?? 'errors.generic');
  const path = form.get('path');
  if (typeof path === 'string' && /^\/(tasks|recommendations|sessions)\/[^/]+$/.test(path))
    revalidatePath(path);
  return success('documents.withdrawn');
}
