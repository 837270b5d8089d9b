import 'server-only';
import { and, eq, exists, notExists, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Role } from '@/lib/domain/roles';
import { db } from '../index';
import { carriedSessions, endedSessions, organizations, users } from '../schema';

export type OrgRef = { id: number; code: string; path: string; nameVi: string; nameEn: string | null };

/** The signed-in user as every query sees them: who, in which unit, over which subtree. */
export type Viewer = {
  id: number;
  login: string;
  name: string;
  role: Role;
  org: OrgRef;
  scope: OrgRef;
  mustChangePassword: boolean;
  /** Signs in with a one-time code too (see lib/auth/two-factor-policy.ts for who must). */
  twoFactorEnabled: boolean;
  /** This session came through an OpenID Connect provider that asserted multi-factor sign-in. */
  providerMfa?: boolean;
};

/** The organization of a user's scope, beside `organizations` (their unit) in one query. */
export const scopeOrg = alias(organizations, 'scope_org');

/**
 * The columns of a Viewer, read from `users` joined to its unit (`organizations`) and its scope
 * (`scopeOrg`): one list for the session's viewer and a mail's recipient.
 */
export const viewerColumns = {
  id: users.id,
  login: users.login,
  name: users.displayName,
  role: users.role,
  mustChangePassword: users.mustChangePassword,
  twoFactorEnabled: sql<boolean>`${users.totpEnabledAt} IS NOT NULL`,
  org: {
    id: organizations.id,
    code: organizations.code,
    path: organizations.path,
    nameVi: organizations.nameVi,
    nameEn: organizations.nameEn,
  },
  scope: {
    id: scopeOrg.id,
    code: scopeOrg.code,
    path: scopeOrg.path,
    nameVi: scopeOrg.nameVi,
    nameEn: scopeOrg.nameEn,
  },
};

/**
 * Re-reads the user on every request: a deactivated account, a service account, a bumped session
 * version (unless this session was carried over it, see carriedSessions) or a session that was
 * signed out is out.
 */
export async function loadViewer(
  userId: number,
  sessionVersion: number,
  sessionId = '',
): Promise<Viewer | null> {
  const [row] = await db
    .select(viewerColumns)
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .innerJoin(scopeOrg, eq(scopeOrg.id, users.scopeId))
    .where(
      and(
        eq(users.id, userId),
        eq(users.active, true),
        // a service account acts only through its tokens: no session is ever its
        eq(users.kind, 'person'),
        or(
          eq(users.sessionVersion, sessionVersion),
          exists(
            db
              .select()
              .from(carriedSessions)
              .where(
                and(
                  eq(carriedSessions.sid, sessionId),
                  eq(carriedSessions.userId, users.id),
                  eq(carriedSessions.fromVersion, sessionVersion),
                  eq(carriedSessions.toVersion, users.sessionVersion),
                ),
              ),
          ),
        ),
        notExists(db.select().from(endedSessions).where(eq(endedSessions.sid, sessionId))),
      ),
    );
  return row ?? null;
}
