/** A fixed-size placeholder, so that the page does not jump as widgets stream in. */
export function WidgetSkeleton({ height }: { height: number }) {
  return (
    <div
      aria-hidden
      className="animate-pulse rounded-lg border border-slate-200 bg-slate-100"
      style={{ height }}
    />
  );
}
