import Link from 'next/link';

export function StatCard({
  label,
  value,
  detail,
  color,
  testId,
  href,
}: {
  label: string;
  value: string;
  detail?: string;
  color?: string;
  testId?: string;
  /** the list the figure counts */
  href?: string;
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
    </div>
  );
}
