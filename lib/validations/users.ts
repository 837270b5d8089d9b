import { z } from 'zod';
import { ROLES } from '@/lib/domain/roles';
import { cleanText } from '@/lib/domain/text';
import { newPassword } from './account';

const text = (max: number) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().min(1, 'admin.errors.required').max(max, 'admin.errors.tooLong'));

/** Logins are ASCII: they are typed on every keyboard and compared case-insensitively. */
export const loginField = z
  .string()
  .transform(cleanText)
  .pipe(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/, 'admin.errors.login'));

const orgCode = text(64);

export const UserCreateInput = z
  .object({
    login: loginField,
    displayName: text(200),
    role: z.enum(ROLES, 'admin.errors.role'),
    organization: orgCode,
    scope: orgCode,
    password: newPassword,
  })
  .strict();
export type UserCreateInput = z.infer<typeof UserCreateInput>;

export const UserUpdateInput = z
  .object({
    login: loginField,
    displayName: text(200),
    role: z.enum(ROLES, 'admin.errors.role'),
    organization: orgCode,
    scope: orgCode,
    stamp: z.string().regex(/^[0-9a-f]{32}$/, 'errors.invalidInput'),
  })
  .strict();
export type UserUpdateInput = z.infer<typeof UserUpdateInput>;

export const UserRefInput = z.object({ login: loginField }).strict();

export const UserActiveInput = z.object({ login: loginField, active: z.enum(['0', '1']) }).strict();

export const PasswordResetInput = z.object({ login: loginField, password: newPassword }).strict();

export const UserListParams = z.object({
  q: z.string().max(200).transform(cleanText).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

/** An identity at the OpenID Connect provider: its subject is the provider's, opaque (trimmed only). */
export const IdentityLinkInput = z
  .object({
    login: loginField,
    subject: z.string().trim().min(1, 'identities.errors.subject').max(255, 'identities.errors.subject'),
  })
  .strict();

export const IdentityUnlinkInput = z
  .object({ login: loginField, identity: z.coerce.number().int().positive().max(2_147_483_647) })
  .strict();
