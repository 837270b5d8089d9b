import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { StatusBadge } from '@/components/tasks/status-badge';
import { ScrollRegion } from '@/components/ui/scroll-region';
import type { ChildRollUp, ChildTask } from '@/lib/domain/cascade';
import { formatDate } from '@/lib/format';

/**
 * The "Nhiệm vụ con" section of a parent task: each child's code, unit, status and due date (no
 * more: a child the viewer cannot read is not a link), and the roll-up, e.g. "2/2 hoàn thành".
 */
export function ChildTasks({
  items,
  rollUp,
  locale,
  cascadeHref,
}: {
  items: ChildTask[];
  rollUp: ChildRollUp;
  locale: string;
  /** the "Giao nhiệm vụ con" link, for a coordinator who may cascade this task */
  cascadeHref?: string;
}) {
  const t = useTranslations('cascade');
  const status = useTranslations('tasks.status');
  return (
    <section aria-labelledby="children-heading" className="flex flex-col gap-2" data-testid="child-tasks">
      <div className="flex flex-wrap items-baseline gap-3">
        <h2 id="children-heading" className="text-lg font-semibold">
          {t('children')}
        </h2>
        {items.length > 0 && (
          <p data-testid="child-rollup" className="text-sm font-medium">
            {t('rollUp', { completed: rollUp.completed, counted: rollUp.counted })}
            {rollUp.overdue > 0 && (
              <span className="ml-2 text-red-800">· {t('overdue', { count: rollUp.overdue })}</span>
            )}
          </p>
        )}
        {cascadeHref && (
          <Link href={cascadeHref} className="text-sm text-brand-700 underline">
            {t('cascade')}
          </Link>
        )}
      </div>
      {items.length > 0 && (
        <ScrollRegion aria-labelledby="children-heading">
          <table className="min-w-full text-sm">
            <thead>
              <tr className="text-left text-slate-600">
                <th scope="col" className="py-1 pr-4 font-medium">
                  {t('columns.code')}
                </th>
                <th scope="col" className="py-1 pr-4 font-medium">
                  {t('columns.unit')}
                </th>
                <th scope="col" className="py-1 pr-4 font-medium">
                  {t('columns.status')}
                </th>
                <th scope="col" className="py-1 pr-4 font-medium">
                  {t('columns.dueOn')}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((child) => (
                <tr key={child.code} className="border-t border-slate-200">
                  <td className="py-1 pr-4 font-mono">
                    {child.readable ? (
                      <Link href={`/tasks/${child.code}`} className="text-brand-700 underline">
                        {child.code}
                      </Link>
                    ) : (
                      <span title={t('notReadable')}>{child.code}</span>
                    )}
                  </td>
                  <td className="py-1 pr-4">
                    {locale === 'en' ? (child.unitNameEn ?? child.unitNameVi) : child.unitNameVi}
                  </td>
                  <td className="py-1 pr-4">
                    <StatusBadge status={child.status} label={status(child.status)} />
                  </td>
                  <td className="py-1 pr-4">{formatDate(child.dueOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
