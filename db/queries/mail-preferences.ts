import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import {
  type DigestFrequency,
  defaultDelivery,
  type MailDelivery,
  type MailLocale,
} from '@/lib/domain/mail-preferences';
import { NOTIFICATION_KINDS, type NotificationKind } from '@/lib/domain/notification-kinds';
import { db, type Executor } from '../index';
import { notificationPreferences, users } from '../schema';
import { ownAccountEvent, recordEvent } from './events';
import type { Viewer } from './viewer';

export type MailSettings = {
  email: string | null;
  pendingEmail: string | null;
  locale: MailLocale;
  digest: DigestFrequency;
  deliveries: Record<NotificationKind, MailDelivery>;
};

/** How one user's mail of a kind goes: their choice, or at once. */
export async function deliveryOf(
  tx: Executor,
  userId: number,
  kind: NotificationKind,
): Promise<MailDelivery> {
  const [row] = await tx
    .select({ delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.userId, userId), eq(notificationPreferences.kind, kind)));
  return (row?.delivery as MailDelivery | undefined) ?? defaultDelivery(kind);
}

/** The viewer's own address and choices (/account/notifications, /account/email). */
export async function mailSettings(viewer: Viewer): Promise<MailSettings> {
  const [user] = await db
    .select({
      email: users.email,
      pendingEmail: users.pendingEmail,
      locale: users.mailLocale,
      digest: users.digest,
    })
    .from(users)
    .where(eq(users.id, viewer.id));
  const rows = await db
    .select({ kind: notificationPreferences.kind, delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, viewer.id));
  const chosen = new Map(rows.map((row) => [row.kind, row.delivery as MailDelivery]));
  return {
    email: user?.email ?? null,
    pendingEmail: user?.pendingEmail ?? null,
    locale: user?.locale === 'en' ? 'en' : 'vi',
    digest: (user?.digest ?? 'daily') as DigestFrequency,
    deliveries: Object.fromEntries(
      NOTIFICATION_KINDS.map((kind) => [kind, chosen.get(kind) ?? defaultDelivery(kind)]),
    ) as Record<NotificationKind, MailDelivery>,
  };
}

/** The viewer's choices, all at once, with one event. */
export async function saveMailSettings(
  viewer: Viewer,
  input: { locale: MailLocale; digest: DigestFrequency; deliveries: Record<NotificationKind, MailDelivery> },
): Promise<{ ok: true }> {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ mailLocale: input.locale, digest: input.digest })
      .where(eq(users.id, viewer.id));
    await tx
      .insert(notificationPreferences)
      .values(
        NOTIFICATION_KINDS.map((kind) => ({ userId: viewer.id, kind, delivery: input.deliveries[kind] })),
      )
      .onConflictDoUpdate({
        target: [notificationPreferences.userId, notificationPreferences.kind],
        set: { delivery: sql`excluded.delivery` },
      });
    await recordEvent(
      tx,
      ownAccountEvent(viewer, 'user.notification_settings_changed', {
        locale: input.locale,
        digest: input.digest,
      }),
    );
  });
  return { ok: true };
}
