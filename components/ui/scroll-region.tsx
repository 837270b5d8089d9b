import type { HTMLAttributes } from 'react';

/**
 * The scrolling box around a wide table: a named region in the tab order, so that a keyboard user
 * can reach it and scroll it with the arrow keys (WCAG 2.1.1; axe's scrollable-region-focusable).
 * Named by `aria-labelledby` (the heading it sits under) or `aria-label`.
 */
export function ScrollRegion({
  className = 'overflow-x-auto',
  children,
  ...props
}: HTMLAttributes<HTMLElement> & ({ 'aria-labelledby': string } | { 'aria-label': string })) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to be scrolled
    <section tabIndex={0} className={className} {...props}>
      {children}
    </section>
  );
}
