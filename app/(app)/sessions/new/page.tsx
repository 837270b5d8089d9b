import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getViewer } from '@/lib/auth/viewer';
import { can } from '@/lib/domain/permissions';
import { SessionFormPage } from '../session-form-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('sessions'))('newTitle') };
}

export default async function NewSessionPage() {
  const viewer = await getViewer();
  const actor = { role: viewer.role, orgPath: viewer.org.path, scopePath: viewer.scope.path };
  if (!can(actor, 'session.manage', { path: viewer.scope.path })) notFound();
  const t = await getTranslations('sessions');
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('newTitle')}</h1>
      <SessionFormPage
        viewer={viewer}
        values={{
          code: '',
          review: '',
          title: '',
          heldOn: '',
          organization: viewer.org,
          delegation: '',
          participants: '',
          source: '',
        }}
      />
    </div>
  );
}
