'use client';

import { type CSSProperties, type ReactNode, useEffect, useRef, useState } from 'react';
import { usePrint } from '@/components/ui/use-print';

/**
 * The sized box a chart is drawn in, hidden from screen readers (the table carries the numbers).
 * The chart itself is drawn only once the box comes near the viewport: a recharts chart of the
 * 63 provinces costs hundreds of milliseconds of main thread, which should not hold up the first
 * screen when the chart is further down the page. The box keeps its size, so nothing moves.
 * Printing draws every chart (usePrint: `?print=1` or `beforeprint`).
 */
export function ChartFrame({
  className,
  style,
  children,
}: {
  className?: string;
  style?: CSSProperties;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const printing = usePrint();
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className={className} style={style} aria-hidden="true">
      {near || printing ? children : null}
    </div>
  );
}
