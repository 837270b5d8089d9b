'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import {
  createOrganization,
  type OrgAdminResult,
  retireOrganization,
  updateOrganization,
} from '@/db/queries/org-admin';
import { type ActionState, failure, fieldErrors, success } from '@/lib/action-state';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import {
  OrganizationCreateInput,
  OrganizationRetireInput,
  OrganizationUpdateInput,
} from '@/lib/validations/organizations';

/** Refusals that belong to one field are shown next to it. */
const FIELD_OF: Partial<Record<string, string>> = {
  code_taken: 'code',
  code_immutable: 'code',
  parent_invalid: 'parent',
  successor_invalid: 'successor',
  retire_before_start: 'validTo',
};

function refused(result: Exclude<OrgAdminResult, { ok: true }>): ActionState {
  const field = FIELD_OF[result.reason];
  if (field) {
    return {
      status: 'error',
      message: 'errors.invalidInput',
      fieldErrors: { [field]: [`orgAdmin.errors.${result.reason}`] },
    };
  }
  return failure(`orgAdmin.errors.${result.reason}`);
}

const fields = (form: FormData, names: string[]) =>
  Object.fromEntries(names.map((name) => [name, form.get(name)]));

export async function createOrganizationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = OrganizationCreateInput.safeParse(
    fields(form, ['parent', 'code', 'nameVi', 'nameEn', 'kind', 'sector', 'validFrom']),
  );
  if (!input.success) return fieldErrors(input.error);
  const result = await createOrganization(viewer, input.data, today());
  if (!result.ok) return refused(result);
  revalidatePath('/admin/organizations');
  redirect(`/admin/organizations/${encodeURIComponent(result.code)}?saved=created`);
}

export async function updateOrganizationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = OrganizationUpdateInput.safeParse(
    fields(form, ['unit', 'code', 'nameVi', 'nameEn', 'stamp']),
  );
  if (!input.success) return fieldErrors(input.error);
  const result = await updateOrganization(viewer, input.data);
  if (!result.ok) return refused(result);
  revalidatePath('/admin/organizations');
  return success('orgAdmin.saved');
}

export async function retireOrganizationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = OrganizationRetireInput.safeParse(fields(form, ['unit', 'validTo', 'successor', 'stamp']));
  if (!input.success) return fieldErrors(input.error);
  const result = await retireOrganization(viewer, input.data, today());
  if (!result.ok) return refused(result);
  revalidatePath('/admin/organizations');
  // the retire form is gone from the page that follows: the outcome is told there
  redirect(`/admin/organizations/${encodeURIComponent(result.code)}?saved=retired`);
}
