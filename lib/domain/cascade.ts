import { deadlineClass, type TaskStatus } from './tasks';

/** A cascade has at most four levels: the Steering Committee, a province, its units, their units. */
export const MAX_TASK_DEPTH = 4;

/** Which tasks a figure counts: the top of each cascade it holds (default), or every level. */
export const TASK_LEVELS = ['top', 'all'] as const;
export type TaskLevel = (typeof TASK_LEVELS)[number];

/** What a reader of a parent task reads of each child: code, unit, status and due date. */
export type ChildFacts = { status: TaskStatus; dueOn: string };

/** A child as the parent's page shows it (the rows of `taskChildren`). */
export type ChildTask = ChildFacts & {
  code: string;
  unitCode: string;
  unitNameVi: string;
  unitNameEn: string | null;
  /** whether the viewer may open the child's own page */
  readable: boolean;
};

export type ChildRollUp = {
  /** children not cancelled */
  counted: number;
  completed: number;
  overdue: number;
  /** neither completed nor cancelled: the parent's completion form warns about these */
  open: number;
};

/** The roll-up shown on a parent, e.g. "2/2 hoàn thành": cancelled children are not counted. */
export function childRollUp(children: readonly ChildFacts[], today: string): ChildRollUp {
  const rollUp: ChildRollUp = { counted: 0, completed: 0, overdue: 0, open: 0 };
  for (const child of children) {
    const cls = deadlineClass({ ...child, completedOn: null }, today);
    if (!cls) continue;
    rollUp.counted++;
    if (child.status === 'completed') rollUp.completed++;
    else rollUp.open++;
    if (cls === 'overdue') rollUp.overdue++;
  }
  return rollUp;
}
