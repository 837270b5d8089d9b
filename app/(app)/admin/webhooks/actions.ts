'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import {
  createWebhook,
  deleteWebhook,
  resendDelivery,
  rotateWebhookSecret,
  updateWebhook,
  type WebhookFailure,
} from '@/db/queries/webhooks';
import { type ActionState, failure, fieldErrors, success } from '@/lib/action-state';
import { getViewer } from '@/lib/auth/viewer';
import {
  WebhookCreateInput,
  WebhookIdInput,
  WebhookResendInput,
  WebhookUpdateInput,
} from '@/lib/validations/webhooks';

/** The named fields of the settings form (the event types are a list of checkboxes). */
const settings = (form: FormData) => ({
  url: form.get('url'),
  scope: form.get('scope'),
  description: form.get('description'),
  eventTypes: form.getAll('eventTypes'),
  active: form.get('active'),
});

function refused(result: WebhookFailure): ActionState {
  if (result.reason === 'invalid') {
    return { status: 'error', message: 'errors.invalidInput', fieldErrors: result.fieldErrors };
  }
  return failure('webhooks.errors.notFound');
}

/** A new subscription: its secret is in the answer this once (`values.secret`), never again. */
export async function createWebhookAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = WebhookCreateInput.safeParse(settings(form));
  if (!input.success) return fieldErrors(input.error);
  const result = await createWebhook(viewer, input.data);
  if (!result.ok) return refused(result);
  revalidatePath('/admin/webhooks');
  return {
    status: 'success',
    message: 'webhooks.created',
    values: { secret: result.secret, id: String(result.id) },
  };
}

export async function updateWebhookAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = WebhookUpdateInput.safeParse({ id: form.get('id'), ...settings(form) });
  if (!input.success) return fieldErrors(input.error);
  const result = await updateWebhook(viewer, input.data);
  if (!result.ok) return refused(result);
  revalidatePath(`/admin/webhooks/${input.data.id}`);
  return success('webhooks.saved');
}

/** A new secret, shown this once; the old one no longer signs. */
export async function rotateWebhookSecretAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = WebhookIdInput.safeParse({ id: form.get('id') });
  if (!input.success) return failure('webhooks.errors.notFound');
  const result = await rotateWebhookSecret(viewer, input.data.id);
  if (!result.ok) return refused(result);
  return { status: 'success', message: 'webhooks.rotated', values: { secret: result.secret } };
}

export async function deleteWebhookAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = WebhookIdInput.safeParse({ id: form.get('id') });
  if (!input.success) return failure('webhooks.errors.notFound');
  const result = await deleteWebhook(viewer, input.data.id);
  if (!result.ok) return refused(result);
  revalidatePath('/admin/webhooks');
  redirect('/admin/webhooks?deleted=1');
}

/** Sends one delivery again now; the log shows the new attempt. */
export async function resendDeliveryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = WebhookResendInput.safeParse({ id: form.get('id'), delivery: form.get('delivery') });
  if (!input.success) return failure('webhooks.errors.notFound');
  const result = await resendDelivery(viewer, input.data.id, input.data.delivery);
  if (!result.ok) return refused(result);
  revalidatePath(`/admin/webhooks/${input.data.id}`);
  return success(result.delivered ? 'webhooks.resent' : 'webhooks.resentFailed');
}
