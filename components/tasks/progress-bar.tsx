/** A progress bar that says its value to screen readers too. */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  return (
    <div className="flex items-center gap-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        className="h-2 w-24 overflow-hidden rounded bg-slate-200"
      >
        <div className="h-full bg-brand-700" style={{ width: `${value}%` }} />
      </div>
      <span className="text-sm tabular-nums">{value}%</span>
    </div>
  );
}
