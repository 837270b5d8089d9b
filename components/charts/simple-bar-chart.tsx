'use client';

import { useRouter } from 'next/navigation';
import { HorizontalBars } from './horizontal-bars';

export type SimpleBar = { key: string; label: string; value: number; href: string; color?: string };

/** One series of horizontal bars (each in its own colour if given); a click opens the list behind a bar. */
export function SimpleBarChart({
  bars,
  valueLabel,
  color = '#7a1813',
}: {
  bars: SimpleBar[];
  valueLabel: string;
  color?: string;
}) {
  const router = useRouter();
  const height = Math.max(140, bars.length * 44 + 40);
  return (
    <div className="w-full" style={{ height }} aria-hidden="true">
      <HorizontalBars
        rows={bars.map((bar) => ({ key: bar.key, name: bar.label, values: [bar.value], color: bar.color }))}
        series={[{ key: 'value', label: valueLabel, color }]}
        height={height}
        margin={{ left: 8, right: 40, top: 8, bottom: 8 }}
        axisWidth={170}
        valueLabels
        tooltipOf={(i) => ({
          label: bars[i].label,
          items: [{ name: valueLabel, value: bars[i].value, color }],
        })}
        onSelect={(i) => router.push(bars[i].href)}
      />
    </div>
  );
}
