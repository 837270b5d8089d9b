/** What people are told about (issue 15): in the application always, by e-mail as each user chooses. */
export const NOTIFICATION_KINDS = [
  'task_assigned',
  'task_due_soon',
  'task_overdue',
  'report_returned',
  'report_confirmed',
  'extension_granted',
  'extension_refused',
  'recommendation_addressed',
  'reply_due_soon',
  'reply_overdue',
  'answer_received',
  'completion_awaiting_confirmation',
  'explanation_requested',
  'explanation_answered',
  'comment_mention',
  'extension_requested',
  'extension_withdrawn',
  'extension_closed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
