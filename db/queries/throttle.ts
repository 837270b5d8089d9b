import 'server-only';
import { and, eq, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { ACCOUNT_RULE, ADDRESS_RULE, accountKey, addressKey, type ThrottleRule } from '@/lib/auth/throttle';
import { signInFailures, signInLocks } from '@/lib/metrics';
import { type Executor, selectRows, type Transaction } from '../index';
import { loginThrottles, users } from '../schema';
import { recordEvent } from './events';

export type ThrottleKey = { key: string; rule: ThrottleRule };

/** The keys an attempt counts against: its account (first) and, when known, the client's address. */
export function attemptKeys(login: string, address: string | null): ThrottleKey[] {
  return [
    { key: accountKey(login), rule: ACCOUNT_RULE },
    ...(address ? [{ key: addressKey(address), rule: ADDRESS_RULE }] : []),
  ];
}

/**
 * `taken`: the attempt may go on to be verified; `locked`: taking it locked the account (until
 * `lockedUntil`); `lockedKeys`: every key it locked, so that a success can give the attempt back.
 * `logRefusal`: a refused attempt (not taken) that is the first one refused by a lock, the only
 * one of the lock that writes a `throttled` event.
 */
export type Attempt = {
  taken: boolean;
  logRefusal: boolean;
  locked: boolean;
  lockedUntil: Date | null;
  keys: ThrottleKey[];
  lockedKeys: string[];
  at: Date;
};

/**
 * Takes one attempt against every key, in one statement, BEFORE any password or code is
 * verified: the attempt is counted as a failure up front (a success gives it back, see
 * attemptSucceeded), and the lock is decided by the same statement. A key already locked is
 * not touched and the attempt is not taken. Row locks of `INSERT … ON CONFLICT DO UPDATE`
 * make parallel attempts on any number of instances count one after the other, so a burst
 * of N attempts verifies at most `maxFailures` of them.
 *
 * The log stays bounded however long a key is hammered: a refused attempt only adds one to
 * `refused` on each locked key of it (see refuse); the first attempt taken after the lock moves
 * that count to `refused_reported` in this same statement, which makes exactly one attempt see
 * it, and writes it in one `auth.lock_refusals` event.
 */
export async function takeAttempt(executor: Executor, keys: ThrottleKey[], at: Date): Promise<Attempt> {
  // One transaction: a refusal count moved out of its row is in the log, or still on the row.
  const attempt = await executor.transaction((tx) => takeAttemptIn(tx, keys, at));
  if (!attempt.taken) signInFailures().inc({ reason: 'throttled' });
  if (attempt.lockedKeys.length) signInLocks().inc(attempt.lockedKeys.length);
  return attempt;
}

async function takeAttemptIn(executor: Transaction, keys: ThrottleKey[], at: Date): Promise<Attempt> {
  const atText = at.toISOString();
  const stamp = (ms: number) => sql`${new Date(at.getTime() + ms).toISOString()}::timestamptz`;
  const perKey = (pick: (key: ThrottleKey) => SQL) =>
    sql`(CASE t.key ${sql.join(
      keys.map((key) => sql`WHEN ${key.key} THEN ${pick(key)}`),
      sql` `,
    )} END)`;
  const list = sql.join(
    keys.map((key) => sql`${key.key}`),
    sql`, `,
  );
  const count = sql`(CASE WHEN t.window_start < ${perKey((key) => stamp(-key.rule.windowMs))} THEN 1 ELSE t.failures + 1 END)`;
  const reached = sql`${count} >= ${perKey((key) => sql`${key.rule.maxFailures}::int`)}`;
  const rows = await selectRows<{ key: string; locked: boolean; reported: number }>(
    executor,
    sql`INSERT INTO login_throttles AS t (key, failures, window_start, locked_until)
        SELECT v.key, 1, ${atText}::timestamptz, NULL
        FROM (VALUES ${sql.join(
          keys.map((key) => sql`(${key.key})`),
          sql`, `,
        )}) AS v(key)
        WHERE NOT EXISTS (
          SELECT 1 FROM login_throttles l
          WHERE l.key IN (${list}) AND l.locked_until > ${atText}::timestamptz)
        ON CONFLICT (key) DO UPDATE SET
          failures = CASE WHEN ${reached} THEN 0 ELSE ${count} END,
          window_start = CASE WHEN ${reached} OR t.window_start < ${perKey((key) => stamp(-key.rule.windowMs))}
            THEN ${atText}::timestamptz ELSE t.window_start END,
          locked_until = CASE WHEN ${reached} THEN ${perKey((key) => stamp(key.rule.lockMs))} ELSE t.locked_until END,
          refused = 0,
          refused_reported = t.refused
        WHERE t.locked_until IS NULL OR t.locked_until <= ${atText}::timestamptz
        RETURNING t.key, (t.locked_until IS NOT NULL AND t.locked_until > ${atText}::timestamptz) AS locked,
          t.refused_reported AS reported`,
  );
  for (const row of rows) {
    if (row.reported > 0) {
      await recordEvent(executor, {
        actorId: null,
        entityType: 'user',
        action: 'auth.lock_refusals',
        data: { key: row.key, refused: row.reported },
      });
    }
  }
  const lockedKeys = rows.filter((row) => row.locked).map((row) => row.key);
  const taken = rows.length === keys.length;
  if (!taken && rows.length > 0) {
    // Another request locked one of the keys after this statement began: the keys it did take
    // get their attempt back, since no password or code will be verified for it.
    const partial: Attempt = {
      taken: false,
      logRefusal: false,
      locked: false,
      lockedUntil: null,
      keys,
      lockedKeys,
      at,
    };
    for (const key of keys)
      if (rows.some((row) => row.key === key.key)) await giveBack(executor, partial, key);
    return refused(executor, keys, at);
  }
  if (!taken) return refused(executor, keys, at);
  const locked = !!keys[0] && lockedKeys.includes(keys[0].key);
  return {
    taken,
    logRefusal: false,
    locked,
    lockedUntil: locked && keys[0] ? new Date(at.getTime() + keys[0].rule.lockMs) : null,
    keys,
    lockedKeys,
    at,
  };
}

/** An attempt not taken: a key is locked. */
async function refused(executor: Executor, keys: ThrottleKey[], at: Date): Promise<Attempt> {
  const logRefusal = await refuse(executor, keys, at);
  return { taken: false, logRefusal, locked: false, lockedUntil: null, keys, lockedKeys: [], at };
}

/**
 * Counts a refused attempt on every key of it that is locked, in one statement: true when it is
 * the first refusal of one of those locks (the one to write in the log). A lock lifted meanwhile
 * (a success, an administrator) leaves nothing to count: that refusal is logged too.
 */
async function refuse(executor: Executor, keys: ThrottleKey[], at: Date): Promise<boolean> {
  const rows = await selectRows<{ refused: number }>(
    executor,
    sql`UPDATE login_throttles SET refused = refused + 1
        WHERE key IN (${sql.join(
          keys.map((key) => sql`${key.key}`),
          sql`, `,
        )}) AND locked_until > ${at.toISOString()}::timestamptz
        RETURNING refused`,
  );
  return rows.length === 0 || rows.some((row) => row.refused === 1);
}

/**
 * A verified success: its account's run of failures ends (and any lock it had just set), and
 * the address gets its attempt back — the address limit is for guesses, not for an office of
 * people signing in behind one NAT. The account's own copy of its failures is reset too.
 */
export async function attemptSucceeded(executor: Executor, attempt: Attempt, userId: number): Promise<void> {
  const [account, ...others] = attempt.keys;
  if (account) await clearThrottle(executor, account.key);
  for (const other of others) await giveBack(executor, attempt, other);
  await executor.update(users).set({ failedLoginCount: 0, lockedUntil: null }).where(eq(users.id, userId));
}

/**
 * Gives a taken attempt back to a key (a right password that still waits for its code, or a
 * success at an address). When that attempt was the one that locked the key, the lock it set
 * is lifted and the key is left one short of the limit.
 */
export async function giveBack(executor: Executor, attempt: Attempt, key: ThrottleKey): Promise<void> {
  if (attempt.lockedKeys.includes(key.key)) {
    await executor
      .update(loginThrottles)
      .set({ failures: key.rule.maxFailures - 1, windowStart: attempt.at, lockedUntil: null })
      .where(
        and(
          eq(loginThrottles.key, key.key),
          eq(loginThrottles.lockedUntil, new Date(attempt.at.getTime() + key.rule.lockMs)),
        ),
      );
    return;
  }
  await executor
    .update(loginThrottles)
    .set({ failures: sql`greatest(${loginThrottles.failures} - 1, 0)` })
    .where(
      and(
        eq(loginThrottles.key, key.key),
        or(isNull(loginThrottles.lockedUntil), lte(loginThrottles.lockedUntil, attempt.at)),
      ),
    );
}

/** A successful sign-in (or an administrator's reset) ends the run of failures of its account. */
export async function clearThrottle(tx: Executor, key: string): Promise<void> {
  await tx.delete(loginThrottles).where(eq(loginThrottles.key, key));
}

/**
 * The account's own copy of its failures (what administrators see on the accounts page):
 * one more, and the lock when this attempt set it. Called after a failed attempt was taken.
 */
export async function noteFailure(executor: Executor, userId: number, attempt: Attempt): Promise<void> {
  await executor
    .update(users)
    .set({
      failedLoginCount: sql`${users.failedLoginCount} + 1`,
      ...(attempt.lockedUntil ? { lockedUntil: attempt.lockedUntil } : {}),
    })
    .where(eq(users.id, userId));
}

/**
 * Counts one request against a key (an API token, lib/api/rate-limit.ts) in the same table and
 * the same one-statement way as sign-in attempts: a fixed window of `rule.windowMs` that starts
 * with the first request after the last one ran out. Row locks of `INSERT … ON CONFLICT DO
 * UPDATE` count parallel requests of any number of instances one after the other.
 * `retryAfterMs`: 0 when the request may go on, otherwise how long until the window ends.
 */
export async function takeRequest(
  executor: Executor,
  key: string,
  rule: Pick<ThrottleRule, 'maxFailures' | 'windowMs'>,
  at: Date,
): Promise<{ retryAfterMs: number }> {
  const [row] = await selectRows<RequestCount>(executor, requestCountSql(key, rule, at));
  return retryAfter(row, rule, at);
}

export type RequestCount = { count: number; window_ms: number };

/**
 * takeRequest's statement (`INSERT … RETURNING count, window_ms`), for a caller that counts
 * something else in the same statement (db/queries/token-usage.ts).
 */
export function requestCountSql(
  key: string,
  rule: Pick<ThrottleRule, 'maxFailures' | 'windowMs'>,
  at: Date,
): SQL {
  const atText = at.toISOString();
  const expired = sql`t.window_start <= ${new Date(at.getTime() - rule.windowMs).toISOString()}::timestamptz`;
  return sql`INSERT INTO login_throttles AS t (key, failures, window_start) VALUES (${key}, 1, ${atText}::timestamptz)
        ON CONFLICT (key) DO UPDATE SET
          failures = CASE WHEN ${expired} THEN 1 ELSE least(t.failures, ${rule.maxFailures}::int) + 1 END,
          window_start = CASE WHEN ${expired} THEN ${atText}::timestamptz ELSE t.window_start END
        RETURNING t.failures AS count, (extract(epoch FROM t.window_start) * 1000)::float8 AS window_ms`;
}

export function retryAfter(
  row: RequestCount,
  rule: Pick<ThrottleRule, 'maxFailures' | 'windowMs'>,
  at: Date,
): { retryAfterMs: number } {
  if (row.count <= rule.maxFailures) return { retryAfterMs: 0 };
  const ends = Number(row.window_ms) + rule.windowMs;
  return { retryAfterMs: Math.max(1, ends - at.getTime()) };
}
