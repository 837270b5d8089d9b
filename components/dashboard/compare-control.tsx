import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { compareChoices } from '@/lib/domain/compare';
import { formatDate } from '@/lib/format';
import type { SearchParams } from '@/lib/validations/filters';

const chip = 'inline-flex min-h-8 items-center rounded px-2 py-0.5';

/**
 * "Compare with": links that set `compare` in the URL (start of month, quarter, year of the as-of
 * day) or drop it, keeping the page's other parameters — no client state, works without JavaScript.
 */
export async function CompareControl({
  asOf,
  compare,
  query,
  action = '/dashboard',
}: {
  asOf: string;
  compare?: string;
  query: SearchParams;
  action?: string;
}) {
  const t = await getTranslations('dashboard.since');
  const linkTo = (day: string | undefined) => {
    const kept = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (typeof value === 'string' && key !== 'compare') kept.set(key, value);
    }
    if (day) kept.set('compare', day);
    const text = kept.toString();
    return text ? `${action}?${text}` : action;
  };
  const choices = [
    { key: 'none', label: t('none'), day: undefined },
    ...compareChoices(asOf).map(({ choice, day }) => ({
      key: choice,
      label: t(`choices.${choice}`, { date: formatDate(day) }),
      day,
    })),
  ];
  const chosenListed = !compare || choices.some((c) => c.day === compare);
  return (
    <div className="flex flex-col gap-1 text-sm">
      <nav aria-label={t('label')} className="flex flex-wrap items-center gap-2 print:hidden">
        <span className="text-slate-600">{t('label')}:</span>
        {choices.map((c) => {
          const current = c.day === compare;
          return (
            <Link
              key={c.key}
              href={linkTo(c.day)}
              aria-current={current ? 'true' : undefined}
              className={current ? `${chip} bg-brand-700 text-white` : `${chip} text-brand-700 underline`}
              scroll={false}
            >
              {c.label}
            </Link>
          );
        })}
        {!chosenListed && compare && (
          <span aria-current="true" className={`${chip} bg-brand-700 text-white`}>
            {formatDate(compare)}
          </span>
        )}
      </nav>
      {compare && (
        <p className="text-slate-600" data-testid="compare-day">
          {t('heading', { date: formatDate(compare) })}
        </p>
      )}
    </div>
  );
}
