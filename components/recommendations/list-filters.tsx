import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { RECOMMENDATION_CATEGORIES, RECOMMENDATION_STATUSES } from '@/lib/domain/recommendations';
import type { ListParams } from '@/lib/validations/filters';

type Option = { value: string; label: string };

/** The list's filters as a plain GET form: every filter lives in the URL. */
export async function ListFilters({
  params,
  reviews,
  provinces,
  addressees,
}: {
  params: ListParams;
  reviews: Option[];
  provinces: Option[];
  addressees: Option[];
}) {
  const t = await getTranslations();
  const all = { value: '', label: t('recommendations.filters.all') };
  return (
    <search>
      <form method="get" className="rounded-lg border border-slate-200 bg-white p-4">
        <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <legend className="sr-only">{t('recommendations.filters.legend')}</legend>
          <Field
            label={t('recommendations.filters.q')}
            name="q"
            type="search"
            defaultValue={params.q ?? ''}
            placeholder={t('recommendations.filters.qPlaceholder')}
            maxLength={200}
            className="sm:col-span-2"
          />
          <SelectField
            label={t('recommendations.filters.status')}
            name="status"
            defaultValue={params.status?.join(',') ?? ''}
            options={[
              all,
              // A chart's list: every status but draft (what the figures count).
              ...(params.status && params.status.length > 1
                ? [{ value: params.status.join(','), label: t('recommendations.filters.severalStatuses') }]
                : []),
              ...RECOMMENDATION_STATUSES.map((s) => ({ value: s, label: t(`recommendationStatus.${s}`) })),
            ]}
          />
          <SelectField
            label={t('recommendations.filters.category')}
            name="category"
            defaultValue={params.category?.[0] ?? ''}
            options={[
              all,
              ...RECOMMENDATION_CATEGORIES.map((c) => ({
                value: c,
                label: t(`recommendations.categories.${c}`),
              })),
            ]}
          />
          <SelectField
            label={t('recommendations.filters.addressee')}
            name="addressee"
            defaultValue={params.addressee?.[0] ?? ''}
            options={[all, ...addressees]}
          />
          <SelectField
            label={t('recommendations.filters.province')}
            name="province"
            defaultValue={params.province ?? ''}
            options={[all, ...provinces]}
          />
          <SelectField
            label={t('recommendations.filters.review')}
            name="review"
            defaultValue={params.review ?? ''}
            options={[all, ...reviews]}
          />
          <label className="flex min-h-10 items-center gap-2 self-end text-sm">
            <input
              type="checkbox"
              name="replyOverdue"
              value="1"
              defaultChecked={params.replyOverdue === '1'}
              className="size-4"
            />
            {t('recommendations.filters.replyOverdue')}
          </label>
        </fieldset>
        {params.sort && <input type="hidden" name="sort" value={params.sort} />}
        {params.asOf && <input type="hidden" name="asOf" value={params.asOf} />}
        {params.org && <input type="hidden" name="org" value={params.org} />}
        {params.primaries && <input type="hidden" name="primaries" value={params.primaries} />}
        {params.answer?.length && <input type="hidden" name="answer" value={params.answer.join(',')} />}
        <div className="mt-3 flex items-center gap-3">
          <Button type="submit">{t('recommendations.filters.apply')}</Button>
          <Link href="/recommendations" className="text-sm text-brand-700 underline">
            {t('recommendations.filters.reset')}
          </Link>
        </div>
      </form>
    </search>
  );
}
