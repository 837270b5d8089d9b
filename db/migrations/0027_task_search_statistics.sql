-- Issue 20, target 2: the tasks page does not count a search the planner expects to match more than
-- twice the count cap (db/queries/task-counts.ts); the estimate of `search_text LIKE '%…%'` comes from
-- the column's histogram. With the default 100 buckets "hai phong" at 1,000,000 tasks was estimated at
-- 111,146 (matches: 165,824), a few buckets from the threshold; with 1,000 it is read ten times finer.
ALTER TABLE "tasks" ALTER COLUMN "search_text" SET STATISTICS 1000;
--> statement-breakpoint
ANALYZE "tasks" ("search_text");
