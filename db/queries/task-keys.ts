/** A row's place in the task list's order: where a keyset page starts, and the rows before it. */
import { type SQL, sql } from 'drizzle-orm';
import { tasks } from '../schema';
import type { sortKey } from './task-list';

/** Where a keyset page starts: after the row with this sort value and code (the order's tie-breaker). */
export type TaskKey = { value: string; code: string };

export type SortKey = ReturnType<typeof sortKey>;

/** The rows after (`>`) or before (`<`) a key in the list's order; `orEqual` takes the key's own row too. */
export function keyCondition(key: SortKey, at: TaskKey, side: 'after' | 'before', orEqual = false): SQL {
  const { column, descending, type } = key;
  const value = sql`${at.value}::${sql.raw(type)}`;
  const later = (side === 'after') !== descending;
  const strict = later ? '>' : '<';
  const code = side === 'after' ? (orEqual ? '>=' : '>') : orEqual ? '<=' : '<';
  return sql`(${column} ${sql.raw(strict)} ${value} OR (${column} = ${value} AND ${tasks.code} ${sql.raw(code)} ${at.code}))`;
}
