import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '../index';

export async function databaseIsUp(): Promise<boolean> {
  try {
    await db.execute(sql`SELECT 1`);
    return true;
  } catch {
    return false;
  }
}
