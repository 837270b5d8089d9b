import Link from 'next/link';

/** The bell of the navigation: a link to /notifications with the unread count. */
export function NotificationBell({
  unread,
  label,
  countLabel,
}: {
  unread: number;
  label: string;
  countLabel: string;
}) {
  return (
    <Link
      href="/notifications"
      aria-label={`${label}: ${countLabel}`}
      data-testid="notification-bell"
      className="relative inline-flex items-center rounded-md p-1 text-white hover:bg-brand-600"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-5 w-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {unread > 0 && (
        <span className="ml-1 rounded-full bg-amber-400 px-1.5 text-xs font-semibold text-slate-900">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
