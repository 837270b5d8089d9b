import 'server-only';
import { sql } from 'drizzle-orm';
import type { ThrottleRule } from '@/lib/auth/throttle';
import { dayOf } from '@/lib/clock';
import { type Executor, selectRows } from '../index';
import { type RequestCount, requestCountSql, retryAfter } from './throttle';

/**
 * One request of a token: its place in the token's rate limit (db/queries/throttle.ts) and its
 * count in the token's day of `api_token_uses`, in ONE statement — the use log an admin reads
 * costs the API no extra round trip and no extra commit, only a second row in the commit the
 * rate limit makes anyway. A request the limit refuses is counted too (`limited`).
 */
export async function takeApiRequest(
  executor: Executor,
  request: { tokenId: number; key: string; write: boolean },
  rule: Pick<ThrottleRule, 'maxFailures' | 'windowMs'>,
  at: Date,
): Promise<{ retryAfterMs: number }> {
  const atText = at.toISOString();
  const [row] = await selectRows<RequestCount>(
    executor,
    sql`WITH rate AS (${requestCountSql(request.key, rule, at)}),
      used AS (
        INSERT INTO api_token_uses AS u (token_id, day, requests, writes, limited, first_at, last_at)
        SELECT ${request.tokenId}::int, ${dayOf(at)}::date, 1, ${request.write ? 1 : 0}::int,
               CASE WHEN rate.count > ${rule.maxFailures}::int THEN 1 ELSE 0 END,
               ${atText}::timestamptz, ${atText}::timestamptz
        FROM rate
        ON CONFLICT (token_id, day) DO UPDATE SET
          requests = u.requests + 1,
          writes = u.writes + excluded.writes,
          limited = u.limited + excluded.limited,
          last_at = greatest(u.last_at, excluded.last_at)
      )
      SELECT count, window_ms FROM rate`,
  );
  return retryAfter(row, rule, at);
}
