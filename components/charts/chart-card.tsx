import type { ReactNode } from 'react';
import { LazyDetails } from '@/components/ui/lazy-details';
import { ScrollRegion } from '@/components/ui/scroll-region';

/**
 * A chart with its numbers: the chart is hidden from screen readers, the table below it
 * (behind a toggle, rendered when first opened) carries the same figures and the same links.
 */
export function ChartCard({
  id,
  title,
  tableLabel,
  chart,
  table,
}: {
  id: string;
  title: string;
  tableLabel: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="flex min-w-0 flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid={id}
    >
      <h2 id={`${id}-title`} className="text-base font-semibold">
        {title}
      </h2>
      {chart}
      <LazyDetails
        className="text-sm"
        summary={<summary className="cursor-pointer text-brand-700 underline">{tableLabel}</summary>}
      >
        <ScrollRegion className="mt-2 overflow-x-auto" aria-labelledby={`${id}-title`}>
          {table}
        </ScrollRegion>
      </LazyDetails>
    </section>
  );
}
