import 'server-only';
import { and, count, desc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { makeToken } from '@/lib/api/token-secret';
import { verifyPassword } from '@/lib/auth/password';
import type { TokenCreateInput, TokenScope } from '@/lib/validations/tokens';
import { db, type Executor } from '../index';
import { apiTokens, organizations, users } from '../schema';
import { type NewEvent, ownAccountEvent, recordEvent } from './events';
import { attemptKeys, attemptSucceeded, noteFailure, takeAttempt } from './throttle';
import { scopeOrg, type Viewer, viewerColumns } from './viewer';

/** A user keeps at most this many tokens in force (neither revoked nor expired). */
export const MAX_ACTIVE_TOKENS = 20;
const DAY_MS = 86_400_000;
/** last_used_at moves at most this often: one write a minute, not one per request. */
export const LAST_USED_STEP_MS = 60_000;

export type TokenRow = {
  id: number;
  name: string;
  prefix: string;
  scope: TokenScope;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
};

/** The viewer's own tokens, newest first (the secret is never kept, so never shown again). */
export function listOwnTokens(viewer: Viewer): Promise<TokenRow[]> {
  return tokensOf(viewer.id);
}

/** An account's tokens, newest first: the caller has checked who may read them. */
export async function tokensOf(userId: number): Promise<TokenRow[]> {
  const rows = await db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      scope: apiTokens.scope,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
      createdAt: apiTokens.createdAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
  return rows.map((row) => ({ ...row, scope: row.scope as TokenScope }));
}

export type CreateTokenResult =
  | { ok: true; id: number; token: string; expiresAt: Date }
  | { ok: false; reason: 'too_many' | 'wrong_password' | 'throttled' };

/**
 * The viewer's current password, asked before a token is made (theirs, or a service account's
 * by an admin): an attempt in the sign-in throttle, as for an e-mail or password change — a
 * session left open is no way to a token that outlives it. A refusal writes its event.
 */
export async function confirmPassword(
  viewer: Viewer,
  password: string,
  at: Date,
  meta: { address: string | null },
): Promise<{ ok: true } | { ok: false; reason: 'wrong_password' | 'throttled' }> {
  const attempt = await takeAttempt(db, attemptKeys(viewer.login, meta.address), at);
  const [user] = attempt.taken
    ? await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, viewer.id))
    : [];
  if (!attempt.taken || !user || !(await verifyPassword(user.hash, password))) {
    // Of the attempts a lock refuses, only the first is written (db/queries/throttle.ts).
    if (!attempt.taken && !attempt.logRefusal) return { ok: false, reason: 'throttled' };
    await db.transaction(async (tx) => {
      if (attempt.taken) await noteFailure(tx, viewer.id, attempt);
      await recordEvent(
        tx,
        ownAccountEvent(viewer, 'user.token_create_failed', {
          address: meta.address,
          reason: attempt.taken ? 'wrong_password' : 'throttled',
          ...(attempt.locked ? { locked: true } : {}),
        }),
      );
    });
    return { ok: false, reason: attempt.taken ? 'wrong_password' : 'throttled' };
  }
  await attemptSucceeded(db, attempt, viewer.id);
  return { ok: true };
}

/**
 * A new token of `ownerId`, in the caller's transaction: the count of the owner's tokens in
 * force is checked under a lock on the owner's row, so parallel requests cannot pass the limit
 * together. Its secret is returned this once; the table keeps its SHA-256.
 */
export async function insertToken(
  tx: Executor,
  ownerId: number,
  input: Pick<TokenCreateInput, 'name' | 'scope' | 'lifetime'>,
  at: Date,
): Promise<
  { ok: true; id: number; token: string; prefix: string; expiresAt: Date } | { ok: false; reason: 'too_many' }
> {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, ownerId)).for('update');
  const [{ n }] = await tx
    .select({ n: count() })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, ownerId), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, at)));
  if (n >= MAX_ACTIVE_TOKENS) return { ok: false, reason: 'too_many' };
  const { token, hash, prefix } = makeToken();
  const expiresAt = new Date(at.getTime() + input.lifetime * DAY_MS);
  const [row] = await tx
    .insert(apiTokens)
    .values({
      userId: ownerId,
      name: input.name,
      tokenHash: hash,
      prefix,
      scope: input.scope,
      expiresAt,
      createdAt: at,
    })
    .returning({ id: apiTokens.id });
  return { ok: true, id: row.id, token, prefix, expiresAt };
}

/** A new token of the viewer's, acting as the viewer, once their password is confirmed. */
export async function createToken(
  viewer: Viewer,
  input: TokenCreateInput,
  at: Date,
  meta: { address: string | null } = { address: null },
): Promise<CreateTokenResult> {
  const confirmed = await confirmPassword(viewer, input.password, at, meta);
  if (!confirmed.ok) return confirmed;
  return db.transaction(async (tx): Promise<CreateTokenResult> => {
    const made = await insertToken(tx, viewer.id, input, at);
    if (!made.ok) return made;
    await recordEvent(
      tx,
      ownAccountEvent(viewer, 'user.token_created', {
        tokenId: made.id,
        name: input.name,
        scope: input.scope,
        prefix: made.prefix,
        expiresAt: made.expiresAt.toISOString(),
      }),
    );
    return { ok: true, id: made.id, token: made.token, expiresAt: made.expiresAt };
  });
}

/** Revokes one of the viewer's own tokens; anyone else's (or one already revoked) is not found. */
export async function revokeToken(
  viewer: Viewer,
  id: number,
  at: Date,
): Promise<{ ok: true } | { ok: false; reason: 'not_found' }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: at })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, viewer.id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix });
    if (!row) return { ok: false as const, reason: 'not_found' as const };
    await recordEvent(
      tx,
      ownAccountEvent(viewer, 'user.token_revoked', { tokenId: row.id, name: row.name, prefix: row.prefix }),
    );
    return { ok: true as const };
  });
}

/**
 * Revokes every token of the user still in force, in the caller's transaction: whatever ends
 * the account's sessions (signing out everywhere, a password reset or change, two-factor sign-in
 * switched on or reset) ends its tokens too — a token is no way round it. One event lists them.
 */
export async function revokeTokensInForce(
  tx: Executor,
  userId: number,
  at: Date,
  event: Pick<NewEvent, 'actorId' | 'organizationId' | 'entityId' | 'entityCode'>,
  cause: string,
): Promise<number> {
  const rows = await tx
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, at)))
    .returning({ id: apiTokens.id, prefix: apiTokens.prefix });
  if (rows.length)
    await recordEvent(tx, {
      ...event,
      entityType: 'user',
      action: 'user.tokens_revoked',
      data: { cause, tokens: rows.map((row) => ({ tokenId: row.id, prefix: row.prefix })) },
    });
  return rows.length;
}

export type TokenHolder = {
  token: { id: number; scope: TokenScope; lastUsedAt: Date | null };
  viewer: Viewer;
};

/**
 * The token with this hash and its user, read as a session's viewer is read: only a token in
 * force (not revoked, not expired) of an active account. Null for anything else.
 */
export async function findTokenHolder(hash: string, at: Date): Promise<TokenHolder | null> {
  const [row] = await db
    .select({
      ...viewerColumns,
      tokenId: apiTokens.id,
      tokenScope: apiTokens.scope,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .innerJoin(scopeOrg, eq(scopeOrg.id, users.scopeId))
    .where(
      and(
        eq(apiTokens.tokenHash, hash),
        isNull(apiTokens.revokedAt),
        gt(apiTokens.expiresAt, at),
        eq(users.active, true),
      ),
    );
  if (!row) return null;
  const { tokenId, tokenScope, lastUsedAt, ...viewer } = row;
  return { token: { id: tokenId, scope: tokenScope as TokenScope, lastUsedAt }, viewer };
}

/** Notes a use of the token, unless one was noted less than a minute ago. */
export async function noteTokenUse(id: number, at: Date): Promise<void> {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: at })
    .where(
      and(
        eq(apiTokens.id, id),
        or(
          isNull(apiTokens.lastUsedAt),
          lt(
            apiTokens.lastUsedAt,
            sql`${new Date(at.getTime() - LAST_USED_STEP_MS).toISOString()}::timestamptz`,
          ),
        ),
      ),
    );
}
