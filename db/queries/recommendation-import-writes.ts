import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { now } from '@/lib/clock';
import type { Executor } from '../index';
import { recommendationAddressees, recommendations } from '../schema';
import { insertRecords } from './bulk';
import { nextCodes } from './codes';
import { type NewEvent, recordEvents } from './events';
import { ImportConflict } from './import-run';
import { notifyOfEvents } from './notify';
import type { PlannedRecommendation, RecommendationImportCheck } from './recommendation-import-check';
import type { Viewer } from './viewer';

/**
 * The writes of a checked recommendation import, inside the commit's transaction, batched like
 * the task import's (task-import-writes.ts): 1,000 rows a statement, every table written with
 * one parameter of JSON. The rules and events are the forms' (recommendation-writes.ts): drafts
 * are created, edited and submitted with the same events.
 */
const BATCH = 1000;

type Log = { fileName: string; events: NewEvent[] };
type Update = Extract<PlannedRecommendation['plan'], { kind: 'update' }>;

export async function writeRecommendationImport(
  tx: Executor,
  viewer: Viewer,
  check: RecommendationImportCheck,
  today: string,
  fileName: string,
) {
  const log: Log = { fileName, events: [] };
  const at = now();
  await createRows(tx, viewer, check, today, at, log);
  await updateRows(tx, viewer, check, today, at, log);
  await recordEvents(tx, log.events);
  await notifyOfEvents(tx, log.events, at);
}

/** The events the forms write for the same steps: create/edit, submit, set the reply deadline. */
function stepEvents(
  viewer: Viewer,
  row: PlannedRecommendation,
  id: number,
  code: string,
  today: string,
  log: Log,
  first: 'create' | 'edit' | null,
) {
  const base = {
    actorId: viewer.id,
    organizationId: row.resolved.source.id,
    entityType: 'recommendation',
    entityId: id,
    entityCode: code,
  };
  const data = { import: log.fileName, line: row.line };
  if (first) {
    log.events.push({
      ...base,
      action: `recommendation.${first}`,
      toValue: first === 'create' ? 'draft' : null,
      data: { category: row.category, addressees: row.resolved.addresseeCodes, ...data },
    });
  }
  const plan = row.plan;
  if (plan.kind !== 'unchanged' && plan.submit) {
    log.events.push({
      ...base,
      action: 'recommendation.submit',
      fromValue: 'draft',
      toValue: 'submitted',
      data: { submittedOn: today, ...data },
    });
  }
  if (plan.kind !== 'unchanged' && plan.deadline) {
    log.events.push({
      ...base,
      action: 'recommendation.setDeadline',
      fromValue: row.existing?.responseDueOn ?? null,
      toValue: row.responseDueOn,
      data,
    });
  }
}

/** Links between tasks and recommendations, added where missing (another's link may stand). */
async function addLinks(tx: Executor, links: { taskId: number; recommendationId: number }[]) {
  if (!links.length) return;
  const json = JSON.stringify(
    links.map((l) => ({ task_id: l.taskId, recommendation_id: l.recommendationId })),
  );
  await tx.execute(
    sql`INSERT INTO task_recommendations (task_id, recommendation_id)
      SELECT task_id, recommendation_id FROM jsonb_to_recordset(${json}::jsonb) AS v(task_id integer, recommendation_id integer)
      ON CONFLICT DO NOTHING`,
  );
}

async function createRows(
  tx: Executor,
  viewer: Viewer,
  check: RecommendationImportCheck,
  today: string,
  at: Date,
  log: Log,
) {
  const fresh = check.rows.filter((r) => r.plan.kind === 'create');
  const codes = await nextCodes(tx, 'KN', Number(today.slice(0, 4)), fresh.length);
  for (let i = 0; i < fresh.length; i += BATCH) {
    const chunk = fresh.slice(i, i + BATCH).map((row, j) => ({ row, code: codes[i + j] }));
    const inserted = await insertRecords<typeof recommendations, { id: number; code: string }>(
      tx,
      recommendations,
      chunk.map(({ row, code }) => {
        const submit = row.plan.kind === 'create' && row.plan.submit;
        return {
          code,
          reviewId: check.reviewId!,
          sessionId: row.resolved.sessionId,
          sourceOrgId: row.resolved.source.id,
          category: row.category,
          text: row.text,
          submittedOn: submit ? today : null,
          responseDueOn: submit ? row.responseDueOn : null,
          createdById: viewer.id,
          updatedById: viewer.id,
          createdAt: at,
          updatedAt: at,
        };
      }),
      sql`id, code`,
    );
    const idOf = new Map(inserted.map((r) => [r.code, r.id]));
    await insertRecords(
      tx,
      recommendationAddressees,
      chunk.flatMap(({ row, code }) =>
        row.resolved.addressees.map((a) => ({ recommendationId: idOf.get(code)!, organizationId: a.id })),
      ),
    );
    await addLinks(
      tx,
      chunk.flatMap(({ row, code }) =>
        row.resolved.taskIds.map((taskId) => ({ taskId, recommendationId: idOf.get(code)! })),
      ),
    );
    for (const { row, code } of chunk) stepEvents(viewer, row, idOf.get(code)!, code, today, log, 'create');
  }
}

/**
 * The updates, 1,000 rows a statement: one `UPDATE … FROM jsonb_to_recordset … WHERE id AND
 * version` where each row says which of its parts change (a row whose version moved is a
 * conflict, as in a single update); then, for the edited ones, their addressees replaced and
 * the links the viewer can see replaced; for the submitted ones, their addressees' answers reset.
 */
async function updateRows(
  tx: Executor,
  viewer: Viewer,
  check: RecommendationImportCheck,
  today: string,
  at: Date,
  log: Log,
) {
  const updates = check.rows.filter((r) => r.plan.kind === 'update');
  for (let i = 0; i < updates.length; i += BATCH) {
    const chunk = updates.slice(i, i + BATCH);
    const records = JSON.stringify(
      chunk.map((row) => {
        const { edit, submit, deadline } = row.plan as Update;
        return {
          id: row.existing!.id,
          version: row.existing!.version,
          edit,
          submit,
          deadline,
          session_id: row.resolved.sessionId,
          category: row.category,
          text: row.text,
          response_due_on: row.responseDueOn,
        };
      }),
    );
    const keep = <T>(column: T, value: string, flag: string) =>
      sql`CASE WHEN ${sql.raw(`v.${flag}`)} THEN ${sql.raw(`v.${value}`)} ELSE ${column} END`;
    const updated = await tx
      .update(recommendations)
      .set({
        sessionId: keep(recommendations.sessionId, 'session_id', 'edit'),
        category: keep(recommendations.category, 'category', 'edit'),
        text: keep(recommendations.text, 'text', 'edit'),
        submittedOn: sql`CASE WHEN v.submit THEN ${today}::date ELSE ${recommendations.submittedOn} END`,
        responseDueOn: keep(recommendations.responseDueOn, 'response_due_on', 'deadline'),
        version: sql`${recommendations.version} + 1`,
        updatedById: viewer.id,
        updatedAt: at,
      })
      .from(
        sql`jsonb_to_recordset(${records}::jsonb) AS v(id integer, version integer, edit boolean,
          submit boolean, deadline boolean, session_id integer, category recommendation_category,
          text text, response_due_on date)`,
      )
      .where(and(eq(recommendations.id, sql`v.id`), eq(recommendations.version, sql`v.version`)))
      .returning({ id: recommendations.id });
    if (updated.length !== chunk.length) {
      const done = new Set(updated.map((u) => u.id));
      const stale = chunk.filter((r) => !done.has(r.existing!.id));
      throw new ImportConflict(stale.map((r) => ({ line: r.line, code: r.existing!.code })));
    }

    const edited = chunk.filter((r) => (r.plan as Update).edit);
    if (edited.length) {
      const ids = edited.map((r) => r.existing!.id);
      await tx
        .delete(recommendationAddressees)
        .where(inArray(recommendationAddressees.recommendationId, ids));
      await insertRecords(
        tx,
        recommendationAddressees,
        edited.flatMap((r) =>
          r.resolved.addressees.map((a) => ({ recommendationId: r.existing!.id, organizationId: a.id })),
        ),
      );
      // Only the links the viewer can see are theirs to change; the others stay.
      const visible = edited.flatMap((r) =>
        r.existing!.taskIds.map((taskId) => ({ task_id: taskId, recommendation_id: r.existing!.id })),
      );
      if (visible.length) {
        await tx.execute(
          sql`DELETE FROM task_recommendations tr
            USING jsonb_to_recordset(${JSON.stringify(visible)}::jsonb) AS v(task_id integer, recommendation_id integer)
            WHERE tr.task_id = v.task_id AND tr.recommendation_id = v.recommendation_id`,
        );
      }
      await addLinks(
        tx,
        edited.flatMap((r) =>
          r.resolved.taskIds.map((taskId) => ({ taskId, recommendationId: r.existing!.id })),
        ),
      );
    }
    const submitted = chunk.filter((r) => (r.plan as Update).submit).map((r) => r.existing!.id);
    if (submitted.length) {
      await tx
        .update(recommendationAddressees)
        .set({ status: 'submitted', responseText: null, respondedById: null, respondedOn: null })
        .where(inArray(recommendationAddressees.recommendationId, submitted));
    }
    for (const row of chunk) {
      const rec = row.existing!;
      stepEvents(viewer, row, rec.id, rec.code, today, log, (row.plan as Update).edit ? 'edit' : null);
    }
  }
}
