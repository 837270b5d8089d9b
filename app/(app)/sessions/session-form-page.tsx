import { getLocale } from 'next-intl/server';
import { SessionForm, type SessionFormValues } from '@/components/sessions/session-form';
import { sessionOrganizations } from '@/db/queries/sessions';
import { taskFormOptions } from '@/db/queries/tasks';
import type { Viewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';

/** The form of the new and edit pages, with its options read for the viewer. */
export async function SessionFormPage({ viewer, values }: { viewer: Viewer; values: SessionFormValues }) {
  const [locale, options, organizations] = await Promise.all([
    getLocale(),
    taskFormOptions(viewer, today()),
    sessionOrganizations(viewer),
  ]);
  const name = (o: { nameVi: string; nameEn: string | null }) =>
    locale === 'en' ? (o.nameEn ?? o.nameVi) : o.nameVi;
  return (
    <SessionForm
      values={{ ...values, review: values.review || (options.reviews[0]?.code ?? '') }}
      reviews={options.reviews.map((r) => ({
        value: r.code,
        label: locale === 'en' ? (r.titleEn ?? r.titleVi) : r.titleVi,
      }))}
      organizations={organizations.map((o) => ({ value: o.code, label: `${name(o)} (${o.code})` }))}
    />
  );
}
