import { type Action, type Actor, can } from '@/lib/domain/permissions';
import type { Role } from '@/lib/domain/roles';

/**
 * The sections of the application, in navigation order. A section is listed only once it
 * works; `roles` limits who sees it (all roles when absent), `action` lists it only for those
 * who may do that in their scope. Labels are keys under `nav`.
 */
export const NAV_ITEMS: { href: string; label: string; roles?: readonly Role[]; action?: Action }[] = [
  { href: '/my-work', label: 'myWork', roles: ['official', 'coordinator'] },
  { href: '/dashboard', label: 'dashboard' },
  { href: '/tasks', label: 'tasks' },
  { href: '/recommendations', label: 'recommendations' },
  { href: '/sessions', label: 'sessions', roles: ['coordinator', 'leader', 'admin'] },
  { href: '/reports', label: 'reports' },
  { href: '/admin/users', label: 'admin', roles: ['admin'] },
  { href: '/admin/service-accounts', label: 'serviceAccounts', roles: ['admin'] },
  { href: '/admin/organizations', label: 'organizations', action: 'organization.manage' },
  { href: '/admin/reviews', label: 'reviewAdmin', action: 'review.manage' },
  { href: '/audit', label: 'audit', roles: ['admin', 'coordinator'] },
  // the mail queue and the schedules: administrators of the national scope (db/queries/system.ts)
  { href: '/admin/system', label: 'system', roles: ['admin'], action: 'review.manage' },
  // webhook subscriptions: administrators, at or under their scope (db/queries/webhooks.ts)
  { href: '/admin/webhooks', label: 'webhooks', roles: ['admin'] },
];

export function navItemsFor(actor: Actor) {
  return NAV_ITEMS.filter(
    (item) =>
      (!item.roles || item.roles.includes(actor.role)) &&
      (!item.action || can(actor, item.action, { path: actor.scopePath })),
  );
}
