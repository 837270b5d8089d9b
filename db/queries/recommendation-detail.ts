import 'server-only';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type {
  AddresseeStatus,
  RecommendationCategory,
  RecommendationStatus,
} from '@/lib/domain/recommendations';
import type { TaskStatus } from '@/lib/domain/tasks';
import { db } from '../index';
import {
  events,
  organizations,
  recommendationAddressees,
  recommendations,
  reviews,
  surveySessions,
  taskRecommendations,
  tasks,
  users,
} from '../schema';
import { retiredSql } from './org-tree';
import { replyOverdueAt } from './recommendation-as-of';
import type { Viewer } from './viewer';
import { overallStatusSql, recommendationVisibleTo, taskVisibleTo } from './visibility';

const source = alias(organizations, 'source_org');
const coordinator = alias(organizations, 'coordinator_org');
const successor = alias(organizations, 'successor_org');
const primary = alias(recommendations, 'primary_rec');

type Named = { code: string; nameVi: string; nameEn: string | null };

export type RecommendationDetail = Awaited<ReturnType<typeof readMain>> & {
  addressees: Awaited<ReturnType<typeof readAddressees>>;
  tasks: Awaited<ReturnType<typeof readTasks>>;
  duplicates: Awaited<ReturnType<typeof readDuplicates>>;
  timeline: Awaited<ReturnType<typeof readTimeline>>;
};

/** A recommendation as its page shows it, or null when it is out of the viewer's reach. */
export async function recommendationDetail(
  viewer: Viewer,
  code: string,
  asOf: string,
): Promise<RecommendationDetail | null> {
  const main = await readMain(viewer, code, asOf);
  if (!main) return null;
  const [addressees, linked, duplicates, timeline] = await Promise.all([
    readAddressees(main.id, main.submittedOn, main.responseDueOn, asOf),
    readTasks(viewer, main.id),
    readDuplicates(viewer, main.id),
    readTimeline(main.id),
  ]);
  return { ...main, addressees, tasks: linked, duplicates, timeline };
}

async function readMain(viewer: Viewer, code: string, asOf: string) {
  const [row] = await db
    .select({
      id: recommendations.id,
      code: recommendations.code,
      version: recommendations.version,
      category: sql<RecommendationCategory>`${recommendations.category}`,
      text: recommendations.text,
      summaryEn: recommendations.summaryEn,
      submittedOn: recommendations.submittedOn,
      responseDueOn: recommendations.responseDueOn,
      status: overallStatusSql() as SQL<RecommendationStatus>,
      replyOverdue: replyOverdueAt(asOf),
      review: { code: reviews.code, titleVi: reviews.titleVi, titleEn: reviews.titleEn },
      coordinatorPath: coordinator.path,
      source: { code: source.code, nameVi: source.nameVi, nameEn: source.nameEn, path: source.path },
      session: {
        code: surveySessions.code,
        titleVi: surveySessions.titleVi,
        titleEn: surveySessions.titleEn,
        heldOn: surveySessions.heldOn,
      },
      duplicateOf: primary.code,
      createdBy: users.displayName,
    })
    .from(recommendations)
    .innerJoin(reviews, eq(reviews.id, recommendations.reviewId))
    .innerJoin(coordinator, eq(coordinator.id, reviews.coordinatorOrgId))
    .innerJoin(source, eq(source.id, recommendations.sourceOrgId))
    .leftJoin(surveySessions, eq(surveySessions.id, recommendations.sessionId))
    .leftJoin(primary, eq(primary.id, recommendations.duplicateOfId))
    .leftJoin(users, eq(users.id, recommendations.createdById))
    .where(and(eq(recommendations.code, code), recommendationVisibleTo(viewer)));
  if (!row) return null;
  return { ...row, session: row.session?.code ? row.session : null };
}

async function readAddressees(id: number, submittedOn: string | null, dueOn: string | null, asOf: string) {
  const rows = await db
    .select({
      code: organizations.code,
      nameVi: organizations.nameVi,
      nameEn: organizations.nameEn,
      path: organizations.path,
      retired: retiredSql(asOf),
      successor: { code: successor.code, nameVi: successor.nameVi, nameEn: successor.nameEn },
      status: sql<AddresseeStatus>`${recommendationAddressees.status}`,
      responseText: recommendationAddressees.responseText,
      respondedOn: recommendationAddressees.respondedOn,
      respondedBy: users.displayName,
    })
    .from(recommendationAddressees)
    .innerJoin(organizations, eq(organizations.id, recommendationAddressees.organizationId))
    .leftJoin(successor, eq(successor.id, organizations.successorId))
    .leftJoin(users, eq(users.id, recommendationAddressees.respondedById))
    .where(eq(recommendationAddressees.recommendationId, id))
    .orderBy(asc(organizations.path));
  return rows.map((row) => ({
    ...row,
    successor: (row.successor?.code ? row.successor : null) as Named | null,
    replyOverdue:
      submittedOn !== null &&
      dueOn !== null &&
      dueOn < asOf &&
      (row.status === 'submitted' || row.status === 'under_review'),
  }));
}

/** Linked tasks, both ways of the link, but only those the viewer may read. */
async function readTasks(viewer: Viewer, id: number) {
  return db
    .select({
      code: tasks.code,
      title: tasks.title,
      status: sql<TaskStatus>`${tasks.status}`,
      dueOn: tasks.dueOn,
      assigneeVi: organizations.nameVi,
      assigneeEn: organizations.nameEn,
    })
    .from(taskRecommendations)
    .innerJoin(tasks, eq(tasks.id, taskRecommendations.taskId))
    .innerJoin(organizations, eq(organizations.id, tasks.assigneeOrgId))
    .where(and(eq(taskRecommendations.recommendationId, id), taskVisibleTo(viewer)))
    .orderBy(asc(tasks.code));
}

/** The duplicates of a primary, each with its source locality; codes link only when readable. */
async function readDuplicates(viewer: Viewer, id: number) {
  return db
    .select({
      code: recommendations.code,
      sourceVi: organizations.nameVi,
      sourceEn: organizations.nameEn,
      visible: sql<boolean>`${recommendationVisibleTo(viewer)}`,
    })
    .from(recommendations)
    .innerJoin(organizations, eq(organizations.id, recommendations.sourceOrgId))
    .where(eq(recommendations.duplicateOfId, id))
    .orderBy(asc(recommendations.code));
}

async function readTimeline(id: number) {
  return db
    .select({
      id: events.id,
      at: events.at,
      action: events.action,
      fromValue: events.fromValue,
      toValue: events.toValue,
      data: events.data,
      actor: users.displayName,
    })
    .from(events)
    .leftJoin(users, eq(users.id, events.actorId))
    .where(and(eq(events.entityType, 'recommendation'), eq(events.entityId, id)))
    .orderBy(asc(events.at), asc(events.id));
}
