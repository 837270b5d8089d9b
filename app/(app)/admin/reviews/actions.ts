'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import {
  createResolution,
  createReview,
  type ReviewAdminResult,
  updateResolution,
  updateReview,
} from '@/db/queries/review-admin';
import { type ActionState, failure, fieldErrors } from '@/lib/action-state';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import {
  ResolutionCreateInput,
  ResolutionUpdateInput,
  ReviewCreateInput,
  ReviewUpdateInput,
} from '@/lib/validations/reviews';

const FIELD_OF: Partial<Record<string, string>> = {
  code_taken: 'code',
  unknown_resolution: 'resolution',
  coordinator_invalid: 'coordinator',
};

function refused(result: Exclude<ReviewAdminResult, { ok: true }>): ActionState {
  const field = FIELD_OF[result.reason];
  if (field) {
    return {
      status: 'error',
      message: 'errors.invalidInput',
      fieldErrors: { [field]: [`reviewAdmin.errors.${result.reason}`] },
    };
  }
  return failure(`reviewAdmin.errors.${result.reason}`);
}

const fields = (form: FormData, names: string[]) =>
  Object.fromEntries(names.map((name) => [name, form.get(name)]));

const RESOLUTION_FIELDS = ['code', 'titleVi', 'titleEn', 'issuerVi', 'issuedOn'];
const REVIEW_FIELDS = ['code', 'resolution', 'titleVi', 'titleEn', 'startsOn', 'endsOn', 'coordinator'];

function saved(what: 'resolution' | 'review'): never {
  revalidatePath('/admin/reviews');
  redirect(`/admin/reviews?saved=${what}`);
}

export async function createResolutionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = ResolutionCreateInput.safeParse(fields(form, RESOLUTION_FIELDS));
  if (!input.success) return fieldErrors(input.error);
  const result = await createResolution(viewer, input.data);
  if (!result.ok) return refused(result);
  saved('resolution');
}

export async function updateResolutionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = ResolutionUpdateInput.safeParse(fields(form, ['current', ...RESOLUTION_FIELDS, 'stamp']));
  if (!input.success) return fieldErrors(input.error);
  const result = await updateResolution(viewer, input.data);
  if (!result.ok) return refused(result);
  saved('resolution');
}

export async function createReviewAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = ReviewCreateInput.safeParse(fields(form, REVIEW_FIELDS));
  if (!input.success) return fieldErrors(input.error);
  const result = await createReview(viewer, input.data, today());
  if (!result.ok) return refused(result);
  saved('review');
}

export async function updateReviewAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = ReviewUpdateInput.safeParse(fields(form, ['current', ...REVIEW_FIELDS, 'stamp']));
  if (!input.success) return fieldErrors(input.error);
  const result = await updateReview(viewer, input.data, today());
  if (!result.ok) return refused(result);
  saved('review');
}
