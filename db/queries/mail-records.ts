import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { MailLocale } from '@/lib/domain/mail-preferences';
import type { MailRecord } from '@/lib/mail/templates';
import type { Executor } from '../index';
import { organizations, recommendations, tasks } from '../schema';
import type { Viewer } from './viewer';
import { recommendationVisibleTo, taskVisibleTo } from './visibility';

const TITLE_MAX = 160;
const shorten = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > TITLE_MAX ? `${line.slice(0, TITLE_MAX - 1)}…` : line;
};

/**
 * What a mail may say about a record: its code, title, due date and unit — and only when the
 * recipient can read the record in the application (else null: no mail).
 */
export async function mailRecord(
  tx: Executor,
  viewer: Viewer,
  locale: MailLocale,
  ref: { taskId?: number | null; recommendationId?: number | null },
): Promise<MailRecord | null> {
  const unitName = (org: { nameVi: string; nameEn: string | null }) =>
    locale === 'en' ? (org.nameEn ?? org.nameVi) : org.nameVi;
  if (ref.taskId) {
    const [row] = await tx
      .select({
        code: tasks.code,
        title: tasks.title,
        dueOn: tasks.dueOn,
        nameVi: organizations.nameVi,
        nameEn: organizations.nameEn,
      })
      .from(tasks)
      .innerJoin(organizations, eq(organizations.id, tasks.assigneeOrgId))
      .where(and(eq(tasks.id, ref.taskId), taskVisibleTo(viewer)));
    return row
      ? { type: 'task', code: row.code, title: shorten(row.title), dueOn: row.dueOn, unit: unitName(row) }
      : null;
  }
  if (ref.recommendationId) {
    const [row] = await tx
      .select({
        code: recommendations.code,
        text: recommendations.text,
        summaryEn: recommendations.summaryEn,
        dueOn: recommendations.responseDueOn,
        nameVi: organizations.nameVi,
        nameEn: organizations.nameEn,
      })
      .from(recommendations)
      .innerJoin(organizations, eq(organizations.id, recommendations.sourceOrgId))
      .where(and(eq(recommendations.id, ref.recommendationId), recommendationVisibleTo(viewer)));
    return row
      ? {
          type: 'recommendation',
          code: row.code,
          title: shorten(locale === 'en' && row.summaryEn ? row.summaryEn : row.text),
          dueOn: row.dueOn,
          unit: unitName(row),
        }
      : null;
  }
  return null;
}
