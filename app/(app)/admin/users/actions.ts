'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { linkIdentity, unlinkIdentity } from '@/db/queries/identities';
import {
  type AdminResult,
  adminCreateUser,
  adminSetEmail,
  resetPassword,
  resetTwoFactor,
  setUserActive,
  signOutEverywhere,
  updateUser,
} from '@/db/queries/user-admin';
import { type ActionState, failure, fieldErrors, success } from '@/lib/action-state';
import { oidcSettings } from '@/lib/auth/oidc';
import { getViewer } from '@/lib/auth/viewer';
import { AdminEmailInput } from '@/lib/validations/mail';
import {
  IdentityLinkInput,
  IdentityUnlinkInput,
  PasswordResetInput,
  UserActiveInput,
  UserCreateInput,
  UserRefInput,
  UserUpdateInput,
} from '@/lib/validations/users';

const PASSWORD_PROBLEMS = new Set(['too_short', 'too_long', 'same_as_login', 'common']);

/** A refused change as the form shows it: password problems next to the password field. */
function refused(result: Exclude<AdminResult, { ok: true }>): ActionState {
  if (PASSWORD_PROBLEMS.has(result.reason)) {
    return {
      status: 'error',
      message: 'errors.invalidInput',
      fieldErrors: { password: [`account.errors.${result.reason}`] },
    };
  }
  if (result.reason === 'login_taken') {
    return {
      status: 'error',
      message: 'errors.invalidInput',
      fieldErrors: { login: ['admin.errors.login_taken'] },
    };
  }
  return failure(`admin.errors.${result.reason}`);
}

const fields = (form: FormData, names: string[]) =>
  Object.fromEntries(names.map((name) => [name, form.get(name)]));

export async function createUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = UserCreateInput.safeParse(
    fields(form, ['login', 'displayName', 'role', 'organization', 'scope', 'password']),
  );
  if (!input.success) return fieldErrors(input.error);
  const result = await adminCreateUser(viewer, input.data);
  if (!result.ok) return refused(result);
  revalidatePath('/admin/users');
  redirect(`/admin/users/${encodeURIComponent(input.data.login)}?saved=created`);
}

export async function updateUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = UserUpdateInput.safeParse(
    fields(form, ['login', 'displayName', 'role', 'organization', 'scope', 'stamp']),
  );
  if (!input.success) return fieldErrors(input.error);
  const result = await updateUser(viewer, input.data);
  if (!result.ok) return refused(result);
  revalidatePath('/admin/users');
  return success('admin.saved.updated');
}

export async function setActiveAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = UserActiveInput.safeParse(fields(form, ['login', 'active']));
  if (!input.success) return fieldErrors(input.error);
  const active = input.data.active === '1';
  const result = await setUserActive(viewer, input.data.login, active);
  if (!result.ok) return refused(result);
  revalidatePath('/admin/users');
  return success(active ? 'admin.saved.reactivated' : 'admin.saved.deactivated');
}

export async function resetPasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = PasswordResetInput.safeParse(fields(form, ['login', 'password']));
  if (!input.success) return fieldErrors(input.error);
  const result = await resetPassword(viewer, input.data.login, input.data.password);
  if (!result.ok) return refused(result);
  revalidatePath('/admin/users');
  return success('admin.saved.passwordReset');
}

export async function signOutEverywhereAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = UserRefInput.safeParse(fields(form, ['login']));
  if (!input.success) return fieldErrors(input.error);
  const result = await signOutEverywhere(viewer, input.data.login);
  if (!result.ok) return refused(result);
  return success('admin.saved.signedOut');
}

export async function resetTwoFactorAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = UserRefInput.safeParse(fields(form, ['login']));
  if (!input.success) return fieldErrors(input.error);
  const result = await resetTwoFactor(viewer, input.data.login);
  if (!result.ok) return refused(result);
  revalidatePath('/admin/users');
  return success('admin.saved.twoFactorReset');
}

export async function setEmailAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = AdminEmailInput.safeParse(fields(form, ['login', 'email']));
  if (!input.success) return fieldErrors(input.error);
  const result = await adminSetEmail(viewer, input.data.login, input.data.email);
  if (!result.ok) return refused(result);
  revalidatePath(`/admin/users/${encodeURIComponent(input.data.login)}`);
  return success('accountEmail.adminSaved');
}

const IDENTITY_SAVED = { linked: 'identities.linked', unlinked: 'identities.unlinked' } as const;

/** Links an identity at the configured provider (OIDC_ISSUER) to the account. */
export async function linkIdentityAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = IdentityLinkInput.safeParse(fields(form, ['login', 'subject']));
  if (!input.success) return fieldErrors(input.error);
  const result = await linkIdentity(viewer, input.data, oidcSettings()?.issuer ?? null);
  if (!result.ok) return failure(`identities.errors.${result.reason}`);
  revalidatePath(`/admin/users/${encodeURIComponent(input.data.login)}`);
  return success(IDENTITY_SAVED.linked);
}

export async function unlinkIdentityAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = IdentityUnlinkInput.safeParse(fields(form, ['login', 'identity']));
  if (!input.success) return failure('identities.errors.not_found');
  const result = await unlinkIdentity(viewer, input.data);
  if (!result.ok) return failure(`identities.errors.${result.reason}`);
  revalidatePath(`/admin/users/${encodeURIComponent(input.data.login)}`);
  return success(IDENTITY_SAVED.unlinked);
}
