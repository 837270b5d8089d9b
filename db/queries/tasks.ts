import 'server-only';
import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { dayOf } from '@/lib/clock';
import type { DeadlineClass, TaskStatus } from '@/lib/domain/tasks';
import { db, type Executor } from '../index';
import {
  events,
  organizations,
  recommendations,
  reviews,
  surveySessions,
  taskRecommendations,
  tasks,
  users,
} from '../schema';
import { deadlineClassSql } from './figures';
import { openToNewWorkSql } from './org-tree';
import type { Viewer } from './viewer';
import { orgsWithin, overallStatusSql, recommendationVisibleTo, taskVisibleTo } from './visibility';

export type TaskDetail = {
  id: number;
  code: string;
  title: string;
  description: string | null;
  reviewCode: string;
  reviewTitleVi: string;
  reviewTitleEn: string | null;
  sessionCode: string | null;
  sessionTitleVi: string | null;
  assigneeCode: string;
  assigneePath: string;
  assigneeNameVi: string;
  assigneeNameEn: string | null;
  dueOn: string;
  originalDueOn: string;
  status: TaskStatus;
  progress: number;
  completedOn: string | null;
  completionDocRef: string | null;
  lastNote: string | null;
  version: number;
  createdOn: string;
  deadlineClass: DeadlineClass | null;
  parentId: number | null;
};

const session = alias(surveySessions, 'task_session');

/** The task with this code, if the viewer may see it; otherwise null (a 404 for the page). */
export async function getTask(viewer: Viewer, code: string, asOf: string, executor: Executor = db) {
  const [row] = await executor
    .select({
      id: tasks.id,
      code: tasks.code,
      title: tasks.title,
      description: tasks.description,
      reviewCode: reviews.code,
      reviewTitleVi: reviews.titleVi,
      reviewTitleEn: reviews.titleEn,
      sessionCode: session.code,
      sessionTitleVi: session.titleVi,
      assigneeCode: organizations.code,
      assigneePath: organizations.path,
      assigneeNameVi: organizations.nameVi,
      assigneeNameEn: organizations.nameEn,
      dueOn: tasks.dueOn,
      originalDueOn: tasks.originalDueOn,
      status: tasks.status,
      progress: tasks.progress,
      completedOn: tasks.completedOn,
      completionDocRef: tasks.completionDocRef,
      lastNote: tasks.lastNote,
      version: tasks.version,
      createdAt: tasks.createdAt,
      deadlineClass: deadlineClassSql(tasks, asOf),
      parentId: tasks.parentId,
    })
    .from(tasks)
    .innerJoin(organizations, eq(organizations.id, tasks.assigneeOrgId))
    .innerJoin(reviews, eq(reviews.id, tasks.reviewId))
    .leftJoin(session, eq(session.id, tasks.sessionId))
    .where(and(eq(tasks.code, code), taskVisibleTo(viewer)));
  if (!row) return null;
  const { createdAt, ...rest } = row;
  return { ...rest, createdOn: dayOf(createdAt) } satisfies TaskDetail;
}

export type TimelineEntry = {
  id: number;
  at: Date;
  actorName: string | null;
  action: string;
  fromValue: string | null;
  toValue: string | null;
  data: Record<string, unknown> | null;
};

/** Every change of a task, oldest first (the caller has already checked the task is visible). */
export async function taskTimeline(taskId: number): Promise<TimelineEntry[]> {
  return db
    .select({
      id: events.id,
      at: events.at,
      actorName: users.displayName,
      action: events.action,
      fromValue: events.fromValue,
      toValue: events.toValue,
      data: events.data,
    })
    .from(events)
    .leftJoin(users, eq(users.id, events.actorId))
    .where(and(eq(events.entityType, 'task'), eq(events.entityId, taskId)))
    .orderBy(asc(events.at), asc(events.id));
}

export type LinkedRecommendation = { code: string; text: string; status: string };

/** The recommendations linked to a task that this viewer may read (the others stay hidden). */
export async function linkedRecommendations(viewer: Viewer, taskId: number): Promise<LinkedRecommendation[]> {
  return db
    .select({ code: recommendations.code, text: recommendations.text, status: overallStatusSql() })
    .from(taskRecommendations)
    .innerJoin(recommendations, eq(recommendations.id, taskRecommendations.recommendationId))
    .where(and(eq(taskRecommendations.taskId, taskId), recommendationVisibleTo(viewer)))
    .orderBy(asc(recommendations.code));
}

export type OrgOption = { code: string; nameVi: string; nameEn: string | null };

/** Organizations that may receive a task: inside the scope, open to new work on `asOf`. */
export function assignableCondition(scopePath: string, asOf: string): SQL {
  return sql`${organizations.id} IN ${orgsWithin(scopePath)} AND ${openToNewWorkSql(asOf)}`;
}

/** The reviews (few): every viewer may filter by them. */
export async function reviewOptions() {
  return db
    .select({ code: reviews.code, titleVi: reviews.titleVi, titleEn: reviews.titleEn })
    .from(reviews)
    .orderBy(asc(reviews.code));
}

/** The reviews and the viewer's survey sessions, for the task form (units: unit-options.ts). */
export async function taskFormOptions(viewer: Viewer) {
  const [reviewRows, sessionRows] = await Promise.all([
    db
      .select({ code: reviews.code, titleVi: reviews.titleVi, titleEn: reviews.titleEn })
      .from(reviews)
      .orderBy(asc(reviews.code)),
    db
      .select({ code: surveySessions.code, titleVi: surveySessions.titleVi, heldOn: surveySessions.heldOn })
      .from(surveySessions)
      .where(sql`${surveySessions.organizationId} IN ${orgsWithin(viewer.scope.path)}`)
      .orderBy(asc(surveySessions.code)),
  ]);
  return { reviews: reviewRows, sessions: sessionRows };
}

/** Provinces in the viewer's scope, for the list filter. */
export async function provinceOptions(viewer: Viewer): Promise<OrgOption[]> {
  return db
    .select({ code: organizations.code, nameVi: organizations.nameVi, nameEn: organizations.nameEn })
    .from(organizations)
    .where(
      and(
        eq(organizations.kind, 'province'),
        isNull(organizations.validTo),
        sql`${organizations.path} LIKE ${`${viewer.scope.path}%`}`,
      ),
    )
    .orderBy(asc(organizations.nameVi));
}
