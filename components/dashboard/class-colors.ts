import type { DeadlineClass } from '@/lib/domain/tasks';

/** One colour per deadline class, used everywhere; the four differ in lightness for greyscale prints. */
export const CLASS_COLORS: Record<DeadlineClass, string> = {
  completed_on_time: '#14532d',
  completed_late: '#84cc16',
  in_progress_on_time: '#3b82f6',
  overdue: '#dc2626',
};

/** Reply statuses, from waiting (light) to done (dark), readable in greyscale. */
export const ADDRESSEE_STATUS_COLORS: Record<string, string> = {
  submitted: '#fcd34d',
  under_review: '#f59e0b',
  declined: '#b91c1c',
  partially_accepted: '#60a5fa',
  accepted: '#2563eb',
  implemented: '#14532d',
};
