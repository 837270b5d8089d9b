import { z } from 'zod';
import { PASSWORD_MAX } from '@/lib/auth/password';

/** Passwords are never trimmed or normalised: they are compared byte for byte. */
export const newPassword = z
  .string()
  .min(1, 'account.errors.required')
  .max(PASSWORD_MAX, 'account.errors.too_long');

export const ChangePasswordInput = z
  .object({
    current: z.string().min(1, 'account.errors.required').max(256),
    next: newPassword,
    confirm: z.string().max(256),
  })
  .strict()
  .refine((input) => input.next === input.confirm, { path: ['confirm'], message: 'account.errors.mismatch' });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;
