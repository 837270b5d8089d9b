import { useTranslations } from 'next-intl';
import { CLASS_COLORS } from '@/components/dashboard/class-colors';
import { DEADLINE_CLASSES, type DeadlineClass } from '@/lib/domain/tasks';

/**
 * The counts per deadline class for the current filter; each links to the list with that class
 * applied. Without counts (a list too long to count) the links stay, without numbers. Plain links, as
 * the list's others: nothing here needs client navigation.
 */
export function ClassCounts({
  counts,
  hrefFor,
  active,
  format,
}: {
  counts: Record<DeadlineClass, number> | null;
  hrefFor: (cls: DeadlineClass | null) => string;
  active: readonly string[];
  format: (value: number) => string;
}) {
  const t = useTranslations();
  return (
    <nav aria-label={t('tasks.classCounts')}>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        <li>
          <a
            href={hrefFor(null)}
            aria-current={active.length === 0 ? 'true' : undefined}
            className="flex h-full flex-col rounded-md border border-slate-200 bg-white p-3 text-sm hover:bg-slate-50 aria-[current]:border-brand-700 aria-[current]:ring-1 aria-[current]:ring-brand-700"
          >
            <span>{t('tasks.classAll')}</span>
            {counts && (
              <span className="text-xl font-semibold tabular-nums">
                {format(Object.values(counts).reduce((a, b) => a + b, 0))}
              </span>
            )}
          </a>
        </li>
        {DEADLINE_CLASSES.map((cls) => (
          <li key={cls}>
            <a
              href={hrefFor(cls)}
              data-testid={`class-link-${cls}`}
              aria-current={active.includes(cls) ? 'true' : undefined}
              className="flex h-full flex-col rounded-md border border-slate-200 border-l-4 bg-white p-3 text-sm hover:bg-slate-50 aria-[current]:ring-1 aria-[current]:ring-brand-700"
              style={{ borderLeftColor: CLASS_COLORS[cls] }}
            >
              <span>{t(`deadlineClass.${cls}`)}</span>
              {counts && <span className="text-xl font-semibold tabular-nums">{format(counts[cls])}</span>}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
