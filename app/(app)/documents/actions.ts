'use server';

import { revalidatePath } from 'next/cache';
import { editDocumentMeta, withdrawDocument } from '@/db/queries/documents';
import { type ActionState, failure, fieldErrors, success } from '@/lib/action-state';
import { getViewer } from '@/lib/auth/viewer';
import { DocumentMetaInput, DocumentWithdrawInput } from '@/lib/validations/documents';

const FAILURES: Record<string, string> = {
  not_found: 'documents.errors.notFound',
  forbidden: 'documents.errors.notFound',
  conflict: 'documents.errors.alreadyWithdrawn',
};

function refresh(form: FormData) {
  const path = form.get('path');
  if (typeof path === 'string' && /^\/(tasks|recommendations|sessions)\/[^/]+$/.test(path))
    revalidatePath(path);
}

/** Withdraws a document (kept, with its reason, offered to admins only); `path` is the page to refresh. */
export async function withdrawDocumentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = DocumentWithdrawInput.safeParse({ id: form.get('id'), reason: form.get('reason') });
  if (!input.success) return fieldErrors(input.error);
  const result = await withdrawDocument(viewer, input.data);
  if (!result.ok) return failure(FAILURES[result.reason] ?? 'errors.generic');
  refresh(form);
  return success('documents.withdrawn');
}

/** Corrects a document's number and symbol, date of issue, issuer and title. */
export async function editDocumentMetaAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = DocumentMetaInput.safeParse({
    id: form.get('id'),
    numberSymbol: form.get('numberSymbol'),
    issuedOn: form.get('issuedOn'),
    issuer: form.get('issuer'),
    title: form.get('title'),
  });
  if (!input.success) return fieldErrors(input.error);
  const result = await editDocumentMeta(viewer, input.data);
  if (!result.ok) return failure(FAILURES[result.reason] ?? 'errors.generic');
  refresh(form);
  return success('documents.saved');
}
