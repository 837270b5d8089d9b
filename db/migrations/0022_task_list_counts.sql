-- Issue 20, target 2: the task list's counts (total, deadline classes, rows before a page's key)
-- from the index alone. The deadline class reads status, due_on and completed_on; the page number
-- the sort key and code. With all of them in the lead unit's index, a province's 28,000 tasks of
-- 1,000,000 are counted by an index-only scan instead of reading each task from the table. It
-- replaces tasks_assignee_idx (assignee_org_id, status, due_on): the same leading columns, so every
-- plan that used it uses this one (/my-work, the figures), and a status change updates one index.
CREATE INDEX "tasks_assignee_counts_idx" ON "tasks" USING btree ("assignee_org_id","status","due_on","completed_on","code");
--> statement-breakpoint
DROP INDEX "tasks_assignee_idx";
