import type { Role } from '@/lib/domain/roles';

/**
 * The sections of the application, in navigation order. A section is listed only once it
 * works; `roles` limits who sees it (all roles when absent). Labels are keys under `nav`.
 */
export const NAV_ITEMS: { href: string; label: string; roles?: readonly Role[] }[] = [
  { href: '/my-work', label: 'myWork', roles: ['official', 'coordinator'] },
  { href: '/dashboard', label: 'dashboard' },
  { href: '/tasks', label: 'tasks' },
  { href: '/recommendations', label: 'recommendations' },
  { href: '/sessions', label: 'sessions', roles: ['coordinator', 'leader', 'admin'] },
  { href: '/reports', label: 'reports' },
  { href: '/admin/users', label: 'admin', roles: ['admin'] },
  { href: '/audit', label: 'audit', roles: ['admin', 'coordinator'] },
];

export function navItemsFor(role: Role) {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.includes(role));
}
