import { addDays } from '@/lib/clock';
import type { TaskStatus } from '@/lib/domain/tasks';

/** The last day seeded history may reach, whatever day the demo is opened. */
export const SEED_HORIZON = '2026-10-31';

export function at(day: string, time = '09:00'): Date {
  return new Date(`${day}T${time}:00+07:00`);
}

export type SeedTaskFacts = {
  createdOn: string;
  dueOn: string;
  status: TaskStatus;
  completedOn: string | null;
  progress: number;
};

export type HistoryStep = {
  at: Date;
  action: 'task.create' | 'task.start' | 'task.progress' | 'task.report' | 'task.confirm' | 'task.cancel';
  from: TaskStatus | null;
  to: TaskStatus;
  by: 'coordinator' | 'official';
  progress?: number;
};

/**
 * A plausible timeline that ends in the task's seeded state: created, started two days later,
 * a progress report, the completion reported on its completion date and confirmed two days on.
 */
export function planTaskHistory(task: SeedTaskFacts): HistoryStep[] {
  const steps: HistoryStep[] = [
    { at: at(task.createdOn), action: 'task.create', from: null, to: 'not_started', by: 'coordinator' },
  ];
  if (task.status === 'not_started') return steps;
  if (task.status === 'cancelled') {
    steps.push({
      at: at(addDays(task.createdOn, 30), '14:00'),
      action: 'task.cancel',
      from: 'not_started',
      to: 'cancelled',
      by: 'coordinator',
    });
    return steps;
  }
  const startDay = addDays(task.createdOn, 2);
  steps.push({
    at: at(startDay, '08:30'),
    action: 'task.start',
    from: 'not_started',
    to: 'in_progress',
    by: 'official',
    progress: 10,
  });
  if (task.status === 'in_progress') {
    const progressDay = addDays(startDay, 21);
    if (task.progress > 10 && progressDay <= SEED_HORIZON) {
      steps.push({
        at: at(progressDay, '16:00'),
        action: 'task.progress',
        from: 'in_progress',
        to: 'in_progress',
        by: 'official',
        progress: task.progress,
      });
    }
    return steps;
  }
  const completedOn = task.completedOn!;
  steps.push({
    at: at(completedOn, '10:00'),
    action: 'task.report',
    from: 'in_progress',
    to: 'awaiting_confirmation',
    by: 'official',
    progress: 100,
  });
  if (task.status === 'completed') {
    steps.push({
      at: at(addDays(completedOn, 2), '15:00'),
      action: 'task.confirm',
      from: 'awaiting_confirmation',
      to: 'completed',
      by: 'coordinator',
    });
  }
  return steps;
}
