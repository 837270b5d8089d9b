'use client';

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="min-h-10 rounded-md border border-slate-300 bg-white px-3 text-sm hover:bg-slate-100"
    >
      {label}
    </button>
  );
}
