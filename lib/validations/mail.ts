import { z } from 'zod';
import { DIGEST_FREQUENCIES, MAIL_DELIVERIES, MAIL_LOCALES } from '@/lib/domain/mail-preferences';
import { NOTIFICATION_KINDS, type NotificationKind } from '@/lib/domain/notification-kinds';
import { cleanText } from '@/lib/domain/text';
import { loginField } from './users';

/** An address as typed, trimmed and NFC; compared case-insensitively where it matters. */
export const emailField = z
  .string()
  .transform(cleanText)
  .pipe(z.string().min(1, 'accountEmail.errors.required').max(254, 'accountEmail.errors.invalid'))
  .pipe(z.email('accountEmail.errors.invalid'));

export const EmailChangeInput = z
  .object({
    password: z.string().min(1, 'accountEmail.errors.required').max(256),
    email: emailField,
  })
  .strict();

/** The confirmation token of the link: 32 random bytes, base64url. */
export const EmailConfirmInput = z
  .object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'accountEmail.errors.invalid_token') })
  .strict();

/** An admin's address for an account; empty removes it. */
export const AdminEmailInput = z
  .object({
    login: loginField,
    email: z.union([z.literal('').transform(() => null), emailField]),
  })
  .strict();

const delivery = z.enum(MAIL_DELIVERIES, 'errors.invalidInput');
const deliveries = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, delivery])) as Record<
  NotificationKind,
  typeof delivery
>;

/** /account/notifications: one field per notification kind, the mails' language, the digest. */
export const MailSettingsInput = z
  .object({
    locale: z.enum(MAIL_LOCALES, 'errors.invalidInput'),
    digest: z.enum(DIGEST_FREQUENCIES, 'errors.invalidInput'),
    ...deliveries,
  })
  .strict();

export const MailRetryInput = z
  .object({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) })
  .strict();
