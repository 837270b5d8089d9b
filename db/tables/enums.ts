// The enums shared by several domains: kinds of unit, sectors, roles, task and recommendation statuses.
import { pgEnum } from 'drizzle-orm/pg-core';
import { ORG_KINDS, ROLES, SECTORS } from '@/lib/domain/roles';
import { SUPPORT_PART_STATUSES, TASK_STATUSES } from '@/lib/domain/tasks';

export const orgKind = pgEnum('org_kind', ORG_KINDS);
export const sector = pgEnum('sector', SECTORS);
export const role = pgEnum('role', ROLES);
export const taskStatus = pgEnum('task_status', TASK_STATUSES);
export const supportPartStatus = pgEnum('support_part_status', SUPPORT_PART_STATUSES);
export const recommendationCategory = pgEnum('recommendation_category', [
  'new_resolution',
  'rule_revision',
  'policy',
  'guidance',
  'other',
]);
export const addresseeStatus = pgEnum('addressee_status', [
  'submitted',
  'under_review',
  'accepted',
  'partially_accepted',
  'declined',
  'implemented',
]);
