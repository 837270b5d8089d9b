import { getLocale } from 'next-intl/server';
import { SessionForm, type SessionFormValues } from '@/components/sessions/session-form';
import { taskFormOptions } from '@/db/queries/tasks';
import type { Viewer } from '@/lib/auth/viewer';

type OrgName = { code: string; nameVi: string; nameEn: string | null };

/** The form of the new and edit pages, with its options read for the viewer. */
export async function SessionFormPage({
  viewer,
  values,
}: {
  viewer: Viewer;
  values: Omit<SessionFormValues, 'organization'> & { organization: OrgName };
}) {
  const [locale, options] = await Promise.all([getLocale(), taskFormOptions(viewer)]);
  const name = (o: { nameVi: string; nameEn: string | null }) =>
    locale === 'en' ? (o.nameEn ?? o.nameVi) : o.nameVi;
  return (
    <SessionForm
      values={{
        ...values,
        review: values.review || (options.reviews[0]?.code ?? ''),
        organization: {
          code: values.organization.code,
          label: `${name(values.organization)} (${values.organization.code})`,
        },
      }}
      reviews={options.reviews.map((r) => ({
        value: r.code,
        label: locale === 'en' ? (r.titleEn ?? r.titleVi) : r.titleVi,
      }))}
    />
  );
}
