'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** `badge`: the count as shown (none: no badge). */
export type NavItem = { href: string; label: string; badge?: string; badgeLabel?: string };

export function NavLinks({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 overflow-x-auto md:flex-col">
        {items.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={`block whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium ${
                  current ? 'bg-brand-700 text-white' : 'text-slate-700 hover:bg-slate-100'
                }`}
              >
                {item.label}
                {item.badge && (
                  <span
                    className="ml-2 rounded-full bg-amber-400 px-2 text-xs font-semibold text-slate-900"
                    title={item.badgeLabel}
                  >
                    {item.badge}
                    <span className="sr-only"> {item.badgeLabel}</span>
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
