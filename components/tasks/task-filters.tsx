import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { DateField } from '@/components/ui/date-field';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { DEADLINE_CLASSES, TASK_STATUSES } from '@/lib/domain/tasks';
import type { ListParams } from '@/lib/validations/filters';

type Option = { value: string; label: string };

/** The filters as a plain GET form: submitting it writes the URL, so every view can be shared. */
export function TaskFilters({
  params,
  reviews,
  provinces,
}: {
  params: ListParams;
  reviews: Option[];
  provinces: Option[];
}) {
  const t = useTranslations();
  const any = { value: '', label: t('tasks.filters.any') };
  // On a phone the filters take a screen: folded unless one of them is in use.
  const narrowed = Object.entries(params).some(
    ([key, value]) => !['q', 'sort', 'page'].includes(key) && value !== undefined,
  );
  return (
    <form
      method="get"
      action="/tasks"
      className="flex flex-col gap-3 rounded-md border border-slate-200 bg-white p-4"
    >
      <Field
        label={t('tasks.filters.q')}
        name="q"
        type="search"
        defaultValue={params.q ?? ''}
        maxLength={200}
      />
      <details open={narrowed} className="group">
        <summary className="cursor-pointer text-sm font-semibold text-brand-700">
          {t('tasks.filters.legend')}
        </summary>
        <div className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <SelectField
            label={t('tasks.filters.status')}
            name="status"
            defaultValue={params.status?.length === 1 ? params.status[0] : ''}
            options={[any, ...TASK_STATUSES.map((s) => ({ value: s, label: t(`tasks.status.${s}`) }))]}
          />
          <SelectField
            label={t('tasks.filters.class')}
            name="class"
            defaultValue={params.class?.length === 1 ? params.class[0] : ''}
            options={[any, ...DEADLINE_CLASSES.map((c) => ({ value: c, label: t(`deadlineClass.${c}`) }))]}
          />
          {reviews.length > 1 && (
            <SelectField
              label={t('tasks.filters.review')}
              name="review"
              defaultValue={params.review ?? ''}
              options={[any, ...reviews]}
            />
          )}
          {provinces.length > 1 && (
            <SelectField
              label={t('tasks.filters.province')}
              name="province"
              defaultValue={params.province ?? ''}
              options={[any, ...provinces]}
            />
          )}
          <Field label={t('tasks.filters.org')} name="org" defaultValue={params.org ?? ''} maxLength={64} />
          <SelectField
            label={t('cascade.level')}
            name="level"
            defaultValue={params.level === 'top' ? 'top' : ''}
            options={[
              { value: '', label: t('cascade.levels.all') },
              { value: 'top', label: t('cascade.levels.top') },
            ]}
          />
          <SelectField
            label={t('tasks.filters.unitRole')}
            name="unitRole"
            defaultValue={params.unitRole ?? ''}
            options={[
              any,
              { value: 'lead', label: t('tasks.filters.unitRoleLead') },
              { value: 'support', label: t('tasks.filters.unitRoleSupport') },
            ]}
          />
          <DateField label={t('tasks.filters.dueFrom')} name="dueFrom" defaultValue={params.dueFrom} />
          <DateField label={t('tasks.filters.dueTo')} name="dueTo" defaultValue={params.dueTo} />
          <Field
            label={t('tasks.filters.recommendation')}
            name="recommendation"
            defaultValue={params.recommendation ?? ''}
            maxLength={64}
          />
          {params.sort && <input type="hidden" name="sort" value={params.sort} />}
          {/* A list opened from a chart keeps its day and its group when narrowed further. */}
          {params.asOf && <input type="hidden" name="asOf" value={params.asOf} />}
          {params.outside && <input type="hidden" name="outside" value={params.outside} />}
          {params.own && <input type="hidden" name="own" value={params.own} />}
        </div>
      </details>
      <div className="flex gap-2">
        <Button type="submit">{t('tasks.filters.apply')}</Button>
        <a
          href="/tasks"
          className="inline-flex min-h-10 items-center rounded-md px-4 text-sm text-brand-700 underline"
        >
          {t('tasks.filters.reset')}
        </a>
      </div>
    </form>
  );
}
