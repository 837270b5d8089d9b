import 'server-only';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { actorOf } from '@/lib/auth/actor';
import { addDays, dayOf } from '@/lib/clock';
import { can } from '@/lib/domain/permissions';
import type { TokenScope } from '@/lib/validations/tokens';
import { db } from '../index';
import { apiTokens, apiTokenUses, organizations, users } from '../schema';
import { recordEvent } from './events';
import type { Viewer } from './viewer';

/**
 * Every token (personal and service) whose owner an admin manages: the owner's unit and scope
 * inside the admin's scope, as for /admin/users. Out of reach is "not found".
 */
export const ADMIN_TOKENS_PAGE_SIZE = 50;
/** The days of use /admin/tokens sums and the usage page lists. */
export const USAGE_DAYS = 30;

export type AdminTokenRow = {
  id: number;
  name: string;
  prefix: string;
  scope: TokenScope;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  owner: { login: string; name: string; kind: 'person' | 'service' };
  org: { code: string; nameVi: string; nameEn: string | null };
  /** requests in the last USAGE_DAYS days (api_token_uses) */
  recentRequests: number;
};

export type TokenUseRow = {
  day: string;
  requests: number;
  writes: number;
  limited: number;
  firstAt: Date;
  lastAt: Date;
};

const ownerScope = alias(organizations, 'owner_scope');

const mayManage = (viewer: Viewer) => can(actorOf(viewer), 'user.manage', { path: viewer.scope.path });

function ownedInScope(viewer: Viewer) {
  const prefix = `${viewer.scope.path}%`;
  return and(sql`${organizations.path} LIKE ${prefix}`, sql`${ownerScope.path} LIKE ${prefix}`);
}

function columns(at: Date) {
  const since = addDays(dayOf(at), -(USAGE_DAYS - 1));
  return {
    id: apiTokens.id,
    name: apiTokens.name,
    prefix: apiTokens.prefix,
    scope: apiTokens.scope,
    expiresAt: apiTokens.expiresAt,
    lastUsedAt: apiTokens.lastUsedAt,
    revokedAt: apiTokens.revokedAt,
    createdAt: apiTokens.createdAt,
    owner: { login: users.login, name: users.displayName, kind: users.kind },
    org: { code: organizations.code, nameVi: organizations.nameVi, nameEn: organizations.nameEn },
    recentRequests: sql<number>`(SELECT coalesce(sum(${apiTokenUses.requests}), 0)::int FROM ${apiTokenUses}
      WHERE ${apiTokenUses.tokenId} = ${apiTokens.id} AND ${apiTokenUses.day} >= ${since}::date)`,
  };
}

type Row = Omit<AdminTokenRow, 'scope' | 'owner'> & {
  scope: string;
  owner: { login: string; name: string; kind: string };
};
const toRow = (row: Row): AdminTokenRow => ({
  ...row,
  scope: row.scope as TokenScope,
  owner: { ...row.owner, kind: row.owner.kind === 'service' ? 'service' : 'person' },
});

/** The tokens of the admin's scope: those still in force first, then the newest. */
export async function listTokensInScope(
  viewer: Viewer,
  params: { page?: number },
  at: Date,
): Promise<{ rows: AdminTokenRow[]; total: number }> {
  if (!mayManage(viewer)) return { rows: [], total: 0 };
  const page = params.page ?? 1;
  const base = () =>
    db
      .select(columns(at))
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .innerJoin(organizations, eq(organizations.id, users.organizationId))
      .innerJoin(ownerScope, eq(ownerScope.id, users.scopeId))
      .where(ownedInScope(viewer));
  const [rows, [{ total }]] = await Promise.all([
    base()
      .orderBy(
        sql`(${apiTokens.revokedAt} IS NULL AND ${apiTokens.expiresAt} > ${at.toISOString()}::timestamptz) DESC`,
        desc(apiTokens.createdAt),
        desc(apiTokens.id),
      )
      .limit(ADMIN_TOKENS_PAGE_SIZE)
      .offset((page - 1) * ADMIN_TOKENS_PAGE_SIZE),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .innerJoin(organizations, eq(organizations.id, users.organizationId))
      .innerJoin(ownerScope, eq(ownerScope.id, users.scopeId))
      .where(ownedInScope(viewer)),
  ]);
  return { rows: rows.map(toRow), total };
}

/** One token of the admin's scope and its use by day over the last USAGE_DAYS days, or null. */
export async function findTokenUsage(
  viewer: Viewer,
  id: number,
  at: Date,
): Promise<{ token: AdminTokenRow; days: TokenUseRow[] } | null> {
  if (!mayManage(viewer)) return null;
  const [row] = await db
    .select(columns(at))
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .innerJoin(ownerScope, eq(ownerScope.id, users.scopeId))
    .where(and(eq(apiTokens.id, id), ownedInScope(viewer)));
  if (!row) return null;
  const days = await db
    .select({
      day: apiTokenUses.day,
      requests: apiTokenUses.requests,
      writes: apiTokenUses.writes,
      limited: apiTokenUses.limited,
      firstAt: apiTokenUses.firstAt,
      lastAt: apiTokenUses.lastAt,
    })
    .from(apiTokenUses)
    .where(
      and(
        eq(apiTokenUses.tokenId, id),
        sql`${apiTokenUses.day} >= ${addDays(dayOf(at), -(USAGE_DAYS - 1))}::date`,
      ),
    )
    .orderBy(desc(apiTokenUses.day));
  return { token: toRow(row), days };
}

/**
 * An admin revokes a token of their scope (personal or service): one event on its owner's
 * account. Anyone else's, or one already revoked, is not found.
 */
export async function adminRevokeToken(
  viewer: Viewer,
  id: number,
  at: Date,
): Promise<{ ok: true } | { ok: false; reason: 'not_found' }> {
  if (!mayManage(viewer)) return { ok: false, reason: 'not_found' };
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ ownerId: users.id, ownerLogin: users.login })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .innerJoin(organizations, eq(organizations.id, users.organizationId))
      .innerJoin(ownerScope, eq(ownerScope.id, users.scopeId))
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt), ownedInScope(viewer)))
      .for('update', { of: apiTokens });
    if (!target) return { ok: false as const, reason: 'not_found' as const };
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: at })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix });
    if (!row) return { ok: false as const, reason: 'not_found' as const };
    await recordEvent(tx, {
      actorId: viewer.id,
      organizationId: viewer.org.id,
      entityType: 'user',
      entityId: target.ownerId,
      entityCode: target.ownerLogin,
      action: 'user.token_revoked',
      data: { tokenId: row.id, name: row.name, prefix: row.prefix, byAdmin: true },
    });
    return { ok: true as const };
  });
}
