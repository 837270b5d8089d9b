import { z } from 'zod';
import { DEADLINE_CLASSES, TASK_STATUSES } from '@/lib/domain/tasks';

/**
 * What /api/v1 answers about tasks. The schemas document the answers in the OpenAPI document;
 * the mappers below build them from the data layer's rows, so the two cannot drift apart
 * unnoticed (the mappers are typed by these schemas).
 */
const unit = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string().nullable() });

export const TaskSummary = z.object({
  code: z.string(),
  title: z.string(),
  assignee: unit,
  dueOn: z.iso.date(),
  originalDueOn: z.iso.date(),
  status: z.enum(TASK_STATUSES),
  progress: z.number().int(),
  completedOn: z.iso.date().nullable(),
  deadlineClass: z.enum(DEADLINE_CLASSES).nullable(),
  documents: z.number().int(),
});
export type TaskSummary = z.infer<typeof TaskSummary>;

export const TaskList = z.object({
  data: z.array(TaskSummary),
  /** the next page's address (also in `Link: rel="next"`), null on the last page */
  next: z.string().nullable(),
});

export const TaskResource = z.object({
  code: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  review: z.object({ code: z.string(), titleVi: z.string(), titleEn: z.string().nullable() }),
  session: z.object({ code: z.string(), titleVi: z.string().nullable() }).nullable(),
  assignee: unit,
  dueOn: z.iso.date(),
  originalDueOn: z.iso.date(),
  status: z.enum(TASK_STATUSES),
  progress: z.number().int(),
  completedOn: z.iso.date().nullable(),
  completionDocRef: z.string().nullable(),
  lastNote: z.string().nullable(),
  deadlineClass: z.enum(DEADLINE_CLASSES).nullable(),
  createdOn: z.iso.date(),
  /** the same as the ETag: send it back in If-Match to change the task */
  version: z.number().int(),
});
export type TaskResource = z.infer<typeof TaskResource>;

type Row = {
  code: string;
  title: string;
  assigneeCode: string;
  assigneeNameVi: string;
  assigneeNameEn: string | null;
  dueOn: string;
  originalDueOn: string;
  status: TaskSummary['status'];
  progress: number;
  completedOn: string | null;
  deadlineClass: TaskSummary['deadlineClass'];
};

const assigneeOf = (row: Row) => ({
  code: row.assigneeCode,
  nameVi: row.assigneeNameVi,
  nameEn: row.assigneeNameEn,
});

export function taskSummary(row: Row & { documents: number }): TaskSummary {
  return {
    code: row.code,
    title: row.title,
    assignee: assigneeOf(row),
    dueOn: row.dueOn,
    originalDueOn: row.originalDueOn,
    status: row.status,
    progress: row.progress,
    completedOn: row.completedOn,
    deadlineClass: row.deadlineClass,
    documents: row.documents,
  };
}

export function taskResource(
  task: Row & {
    description: string | null;
    reviewCode: string;
    reviewTitleVi: string;
    reviewTitleEn: string | null;
    sessionCode: string | null;
    sessionTitleVi: string | null;
    completionDocRef: string | null;
    lastNote: string | null;
    createdOn: string;
    version: number;
  },
): TaskResource {
  return {
    code: task.code,
    title: task.title,
    description: task.description,
    review: { code: task.reviewCode, titleVi: task.reviewTitleVi, titleEn: task.reviewTitleEn },
    session: task.sessionCode ? { code: task.sessionCode, titleVi: task.sessionTitleVi } : null,
    assignee: assigneeOf(task),
    dueOn: task.dueOn,
    originalDueOn: task.originalDueOn,
    status: task.status,
    progress: task.progress,
    completedOn: task.completedOn,
    completionDocRef: task.completionDocRef,
    lastNote: task.lastNote,
    deadlineClass: task.deadlineClass,
    createdOn: task.createdOn,
    version: task.version,
  };
}
