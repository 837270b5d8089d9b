import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { reachPath } from '@/lib/domain/permissions';
import { db, selectRows } from '../index';
import type { Viewer } from './viewer';
import { inSubtree, recommendationVisibleTo, taskVisibleTo } from './visibility';

const LIMIT = 50;

export type MentionItem = {
  recordType: 'task' | 'recommendation';
  code: string;
  title: string;
  unitCode: string;
  authorName: string;
  at: Date;
  body: string;
};

/**
 * "Được nhắc đến trong thảo luận": comments (not withdrawn) that mention the viewer's unit or a
 * unit inside it (an official's unit, a coordinator's scope; leaders and admins: their own
 * unit), on records the viewer still reads. Newest first, the last 50 of each kind.
 */
export async function mentionsFor(viewer: Viewer): Promise<MentionItem[]> {
  const unit =
    reachPath({ role: viewer.role, orgPath: viewer.org.path, scopePath: viewer.scope.path }) ??
    viewer.org.path;
  const mentioned = inSubtree(sql`m.organization_id`, unit);
  // one row per comment (a comment may mention several units of the viewer's), newest first
  const query = (record: 'task' | 'recommendation', table: 'tasks' | 'recommendations', visible: SQL) =>
    selectRows<MentionItem & { id: number }>(
      db,
      sql`SELECT * FROM (
          SELECT DISTINCT ON (c.id) c.id, ${record}::text AS "recordType", ${sql.raw(table)}.code,
            ${sql.raw(table === 'tasks' ? 'tasks.title' : 'recommendations.text')} AS title,
            mo.code AS "unitCode", u.display_name AS "authorName", c.created_at AS at, c.body
          FROM comment_mentions m
          JOIN comments c ON c.id = m.comment_id
          JOIN organizations mo ON mo.id = m.organization_id
          JOIN users u ON u.id = c.author_id
          JOIN ${sql.raw(table)} ON ${sql.raw(table)}.id = c.record_id
          WHERE c.record_type = ${record} AND c.withdrawn_at IS NULL AND ${mentioned} AND ${visible}
          ORDER BY c.id, mo.code) x
        ORDER BY x.at DESC, x.id DESC LIMIT ${LIMIT}`,
    );
  const [onTasks, onRecommendations] = await Promise.all([
    query('task', 'tasks', taskVisibleTo(viewer)),
    query('recommendation', 'recommendations', recommendationVisibleTo(viewer)),
  ]);
  return [...onTasks, ...onRecommendations]
    .map(({ id: _id, ...item }) => ({ ...item, at: new Date(item.at) }))
    .sort((a, b) => b.at.getTime() - a.at.getTime());
}
