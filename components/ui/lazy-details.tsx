'use client';

import { type ReactNode, useEffect, useRef, useState } from 'react';
import { usePrint } from './use-print';

/**
 * A <details> whose content is rendered the first time it is opened: a dashboard's tables of
 * figures (hundreds of links) stay out of the page until someone asks for them (issue #8).
 */
export function LazyDetails({
  summary,
  className,
  children,
}: {
  summary: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  const ref = useRef<HTMLDetailsElement>(null);
  // Printed: every table behind a chart is printed under it.
  const printing = usePrint();
  // Opened before the page came alive: the toggle event was not seen.
  useEffect(() => {
    if (ref.current?.open) setOpened(true);
  }, []);
  return (
    <details
      ref={ref}
      className={className}
      open={printing || undefined}
      onToggle={(event) => event.currentTarget.open && setOpened(true)}
    >
      {summary}
      {(opened || printing) && children}
    </details>
  );
}
