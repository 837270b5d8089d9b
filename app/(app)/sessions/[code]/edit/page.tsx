import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getSession } from '@/db/queries/sessions';
import { getViewer } from '@/lib/auth/viewer';
import { codeFromParam } from '@/lib/domain/codes';
import { can } from '@/lib/domain/permissions';
import { SessionFormPage } from '../../session-form-page';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    title: (await getTranslations('sessions'))('editTitle', {
      code: codeFromParam((await params).code) ?? notFound(),
    }),
  };
}

export default async function EditSessionPage({ params }: Props) {
  const viewer = await getViewer();
  const session = await getSession(viewer, codeFromParam((await params).code) ?? notFound());
  const actor = { role: viewer.role, orgPath: viewer.org.path, scopePath: viewer.scope.path };
  if (!session || !can(actor, 'session.manage', { path: session.organizationPath })) notFound();
  const t = await getTranslations('sessions');
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('editTitle', { code: session.code })}</h1>
      <SessionFormPage
        viewer={viewer}
        values={{
          code: session.code,
          version: session.version,
          review: session.reviewCode,
          title: session.title,
          heldOn: session.heldOn ?? '',
          organization: {
            code: session.organizationCode,
            nameVi: session.organizationNameVi,
            nameEn: session.organizationNameEn,
          },
          delegation: session.delegation ?? '',
          participants: session.participants.join('\n'),
          source: session.source ?? '',
        }}
      />
    </div>
  );
}
