import { and, eq } from 'drizzle-orm';
import { db } from '@/db/index';
import { events, recommendations } from '@/db/schema';

/** What the recommendation write tests share: a draft from Hải Phòng to the Ministry, and readers. */
export const draft = {
  review: 'TK20-NQ23',
  sourceOrg: 'P31',
  session: 'KS-HP',
  category: 'guidance' as const,
  text: 'Đề nghị Bộ Nội vụ hướng dẫn chế độ cán bộ <b>thôn</b> =SUM(A1:A9)',
  addressees: ['BNV'],
};

export async function versionOf(code: string) {
  const [row] = await db
    .select({ v: recommendations.version })
    .from(recommendations)
    .where(eq(recommendations.code, code));
  return row.v;
}

export async function eventsOf(code: string) {
  return db
    .select()
    .from(events)
    .where(and(eq(events.entityType, 'recommendation'), eq(events.entityCode, code)));
}
