import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import { verifyPassword } from '@/lib/auth/password';
import { expiryClock, now } from '@/lib/clock';
import { confirmationMail } from '@/lib/mail/templates';
import { mailEnabled } from '@/lib/mail/transport';
import { db } from '../index';
import { users } from '../schema';
import { ownAccountEvent, recordEvent } from './events';
import { queueMail } from './mail-outbox';
import { attemptKeys, attemptSucceeded, noteFailure, takeAttempt } from './throttle';
import type { Viewer } from './viewer';

/** How long a confirmation link stays good. */
export const CONFIRMATION_HOURS = 24;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type EmailChangeResult =
  | { ok: true }
  | { ok: false; reason: 'mail_disabled' | 'wrong_password' | 'throttled' | 'same_as_current' };

/**
 * A user asks for a new address: their password first (an attempt in the sign-in throttle, as
 * for a password change, so an open session is no way round the lockout), then the address is
 * kept as pending with the SHA-256 of a random token, and a mail with the link is queued to it
 * in the same transaction. Mail keeps going to the confirmed address until the link is opened.
 */
export async function requestEmailChange(
  viewer: Viewer,
  input: { password: string; email: string },
  meta: { address: string | null },
): Promise<EmailChangeResult> {
  if (!mailEnabled()) return { ok: false, reason: 'mail_disabled' };
  const at = expiryClock();
  const attempt = await takeAttempt(db, attemptKeys(viewer.login, meta.address), at);
  const [user] = attempt.taken
    ? await db
        .select({ hash: users.passwordHash, email: users.email, locale: users.mailLocale })
        .from(users)
        .where(eq(users.id, viewer.id))
    : [];
  if (!attempt.taken || !user || !(await verifyPassword(user.hash, input.password))) {
    if (!attempt.taken && !attempt.logRefusal) return { ok: false, reason: 'throttled' };
    await db.transaction(async (tx) => {
      if (attempt.taken) await noteFailure(tx, viewer.id, attempt);
      await recordEvent(
        tx,
        ownAccountEvent(viewer, 'user.email_change_failed', {
          address: meta.address,
          reason: attempt.taken ? 'wrong_password' : 'throttled',
          ...(attempt.locked ? { locked: true } : {}),
        }),
      );
    });
    return { ok: false, reason: attempt.taken ? 'wrong_password' : 'throttled' };
  }
  await attemptSucceeded(db, attempt, viewer.id);
  if (user.email?.toLowerCase() === input.email.toLowerCase())
    return { ok: false, reason: 'same_as_current' };
  const token = randomBytes(32).toString('base64url');
  const tokenHash = hashToken(token);
  const locale = user.locale === 'en' ? 'en' : 'vi';
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        pendingEmail: input.email,
        pendingEmailTokenHash: tokenHash,
        pendingEmailExpiresAt: new Date(at.getTime() + CONFIRMATION_HOURS * 3_600_000),
        updatedAt: now(),
      })
      .where(eq(users.id, viewer.id));
    await recordEvent(tx, ownAccountEvent(viewer, 'user.email_change_requested'));
    await queueMail(tx, {
      userId: viewer.id,
      address: input.email,
      locale,
      ...confirmationMail(locale, {
        name: viewer.name,
        login: viewer.login,
        token,
        hours: CONFIRMATION_HOURS,
      }),
      key: `email-confirm:${tokenHash}`,
      secret: true,
    });
  });
  return { ok: true };
}

export type EmailConfirmResult = { ok: true } | { ok: false; reason: 'invalid_token' };

/**
 * The link of the confirmation mail, opened by the signed-in user it was sent for: a token of
 * another account, a used one or an expired one confirms nothing.
 */
export async function confirmEmail(viewer: Viewer, token: string): Promise<EmailConfirmResult> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(users)
      .set({
        email: sql`${users.pendingEmail}`,
        pendingEmail: null,
        pendingEmailTokenHash: null,
        pendingEmailExpiresAt: null,
        updatedAt: now(),
      })
      .where(
        and(
          eq(users.id, viewer.id),
          eq(users.pendingEmailTokenHash, hashToken(token)),
          gt(users.pendingEmailExpiresAt, expiryClock()),
        ),
      )
      .returning({ id: users.id });
    if (!rows.length) return { ok: false, reason: 'invalid_token' } as const;
    await recordEvent(tx, ownAccountEvent(viewer, 'user.email_confirmed'));
    return { ok: true } as const;
  });
}
