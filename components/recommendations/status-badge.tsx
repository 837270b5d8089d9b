import type { RecommendationStatus } from '@/lib/domain/recommendations';

const COLORS: Record<RecommendationStatus, string> = {
  draft: 'bg-slate-100 text-slate-800 border-slate-300',
  submitted: 'bg-blue-50 text-blue-900 border-blue-200',
  under_review: 'bg-amber-50 text-amber-900 border-amber-200',
  declined: 'bg-red-50 text-red-900 border-red-200',
  partially_accepted: 'bg-lime-50 text-lime-900 border-lime-200',
  accepted: 'bg-green-50 text-green-900 border-green-200',
  implemented: 'bg-green-700 text-white border-green-700',
};

/** A status as text in a coloured pill; the colour only repeats what the text says. */
export function StatusBadge({ status, label }: { status: RecommendationStatus; label: string }) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${COLORS[status]}`}
    >
      {label}
    </span>
  );
}

export function WarningBadge({ label }: { label: string }) {
  return (
    <span className="inline-block whitespace-nowrap rounded-full border border-red-300 bg-red-50 px-2 py-0.5 text-xs font-medium text-red-800">
      {label}
    </span>
  );
}
