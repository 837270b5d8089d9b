export function StatCard({
  label,
  value,
  color,
  testId,
}: {
  label: string;
  value: string;
  color?: string;
  testId?: string;
}) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4" data-testid={testId}>
      <div className="flex items-center gap-2 text-sm text-slate-600">
        {color && (
          <span aria-hidden className="inline-block size-3 rounded-sm" style={{ background: color }} />
        )}
        <span>{label}</span>
      </div>
      <p className="mt-1 text-3xl font-semibold tabular-nums">{value}</p>
    </div>
  );
}
