'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { markAllRead, markRead } from '@/db/queries/notifications';
import { getViewer } from '@/lib/auth/viewer';

const NotificationId = z.coerce.number().int().positive();

/** Opens a notification: read from now on, then its task or recommendation. */
export async function openNotification(form: FormData): Promise<void> {
  const viewer = await getViewer();
  const id = NotificationId.safeParse(form.get('id'));
  const target = id.success ? await markRead(viewer, id.data) : null;
  revalidatePath('/', 'layout');
  redirect(target?.href ?? '/notifications?error=notFound');
}

/** Marks one notification read and stays on the list. */
export async function readNotification(form: FormData): Promise<void> {
  const viewer = await getViewer();
  const id = NotificationId.safeParse(form.get('id'));
  const target = id.success ? await markRead(viewer, id.data) : null;
  revalidatePath('/', 'layout');
  if (!target) redirect('/notifications?error=notFound');
}

export async function readAllNotifications(): Promise<void> {
  const viewer = await getViewer();
  await markAllRead(viewer);
  revalidatePath('/', 'layout');
}
