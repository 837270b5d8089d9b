import Link from 'next/link';

export function StatCard({
  label,
  value,
  detail,
  color,
  testId,
  href,
  since,
}: {
  label: string;
  value: string;
  detail?: string;
  color?: string;
  testId?: string;
  /** the list the figure counts */
  href?: string;
  /**
   * The change since a compare day, in words ("+12 completed since 01/10/2026"); `direction` is
   * said in words to screen readers and shown as an arrow, so neither sign nor colour carries it alone.
   */
  since?: { text: string; direction: 'up' | 'down' | 'same'; directionLabel: string };
}) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4" data-testid={testId}>
      <div className="flex items-center gap-2 text-sm text-slate-600">
        {color && (
          <span
            aria-hidden
            className="inline-block size-3 shrink-0 rounded-sm"
            style={{ background: color }}
          />
        )}
        <span>{label}</span>
      </div>
      <p
        className="mt-1 text-3xl font-semibold tabular-nums"
        data-testid={testId ? `${testId}-value` : undefined}
      >
        {href ? (
          <Link
            href={href}
            aria-label={`${label}: ${value}`}
            className="underline decoration-slate-300 hover:decoration-current"
          >
            {value}
          </Link>
        ) : (
          value
        )}
      </p>
      {detail && <p className="mt-1 text-sm text-slate-600">{detail}</p>}
      {since && (
        <p className="mt-1 text-sm text-slate-700" data-testid={testId ? `${testId}-since` : undefined}>
          <span aria-hidden="true" className="mr-1">
            {since.direction === 'up' ? '▲' : since.direction === 'down' ? '▼' : '='}
          </span>
          <span className="sr-only">{since.directionLabel}: </span>
          {since.text}
        </p>
      )}
    </div>
  );
}
