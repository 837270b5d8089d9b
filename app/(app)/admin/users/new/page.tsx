import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { UserForm } from '@/components/admin/user-form';
import { actorOf } from '@/lib/auth/actor';
import { getViewer } from '@/lib/auth/viewer';
import { can } from '@/lib/domain/permissions';
import { createUserAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.users');
  return { title: t('new') };
}

export default async function NewUserPage() {
  const viewer = await getViewer();
  if (!can(actorOf(viewer), 'user.manage', { path: viewer.scope.path })) notFound();
  const t = await getTranslations('admin.users');
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('new')}</h1>
      <p className="max-w-xl text-slate-600">{t('newHint')}</p>
      <UserForm action={createUserAction} />
    </div>
  );
}
