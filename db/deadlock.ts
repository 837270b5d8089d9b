import { db, type Transaction } from './index';

/** PostgreSQL's SQLSTATE for a transaction it aborted to break a deadlock. */
const DEADLOCK_DETECTED = '40P01';

/** Whether an error (or one it wraps, as drizzle's query errors wrap pg's) is a detected deadlock. */
export function isDeadlock(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    if ((e as { code?: unknown }).code === DEADLOCK_DETECTED) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Runs a whole transaction again, once, when PostgreSQL aborted it to break a deadlock: task_rollup's
 * triggers lock a (day, province) row per statement, so two writes reaching two provinces in opposite
 * orders (a reassignment each way) can meet. The aborted one rolled back; the other has gone on, so
 * the second try finds the rows free. `work` must be the transaction, nothing outside the database.
 */
export async function retryingDeadlock<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isDeadlock(error)) throw error;
    return work();
  }
}

/** `db.transaction(work)`, tried once more if PostgreSQL aborted it to break a deadlock. */
export function transactionRetryingDeadlock<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
  return retryingDeadlock(() => db.transaction(work));
}
