-- Issue 20: task_rollup summed by month. A figure as of day T is the sum of task_rollup's rows up to
-- T; the dashboard asks for T and for the progress chart's points in one read, ~38,000 rows of day ×
-- province at 1,000,000 tasks (~3 years), 24 ms of the page's database time. A month that holds none
-- of the asked days (but maybe its last one) counts wholly towards one of them, so it is read as its
-- one row per province here, and only the months with an asked day inside are read by day
-- (db/queries/task-rollup.ts): ~1,700 + a few thousand rows.
CREATE TABLE "task_rollup_month" (
	"month" date NOT NULL,
	"province_id" integer NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"awaiting" integer DEFAULT 0 NOT NULL,
	"on_time" integer DEFAULT 0 NOT NULL,
	"late" integer DEFAULT 0 NOT NULL,
	"overdue" integer DEFAULT 0 NOT NULL,
	"due" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "task_rollup_month_month_province_id_pk" PRIMARY KEY("month","province_id")
);
--> statement-breakpoint
-- Kept from task_rollup's own writes (every writer of task_rollup — the periods' triggers, a recount,
-- an organization moved — goes through it), in the same statement: what a statement added to or took
-- from day rows is added to or taken from their months. Rows in key order, as task_rollup's.
CREATE FUNCTION task_rollup_month_on_days() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO task_rollup_month AS m (month, province_id, total, awaiting, on_time, late, overdue, due)
    SELECT date_trunc('month', d.day::timestamp)::date, d.province_id, sum(d.total), sum(d.awaiting), sum(d.on_time),
      sum(d.late), sum(d.overdue), sum(d.due)
    FROM new_rows d GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (month, province_id) DO UPDATE SET
      total = m.total + excluded.total, awaiting = m.awaiting + excluded.awaiting,
      on_time = m.on_time + excluded.on_time, late = m.late + excluded.late,
      overdue = m.overdue + excluded.overdue, due = m.due + excluded.due;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO task_rollup_month AS m (month, province_id, total, awaiting, on_time, late, overdue, due)
    SELECT date_trunc('month', d.day::timestamp)::date, d.province_id, -sum(d.total), -sum(d.awaiting), -sum(d.on_time),
      -sum(d.late), -sum(d.overdue), -sum(d.due)
    FROM old_rows d GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (month, province_id) DO UPDATE SET
      total = m.total + excluded.total, awaiting = m.awaiting + excluded.awaiting,
      on_time = m.on_time + excluded.on_time, late = m.late + excluded.late,
      overdue = m.overdue + excluded.overdue, due = m.due + excluded.due;
  ELSE
    INSERT INTO task_rollup_month AS m (month, province_id, total, awaiting, on_time, late, overdue, due)
    SELECT date_trunc('month', d.day::timestamp)::date, d.province_id, sum(d.total * d.sign), sum(d.awaiting * d.sign),
      sum(d.on_time * d.sign), sum(d.late * d.sign), sum(d.overdue * d.sign), sum(d.due * d.sign)
    FROM (SELECT n.*, 1 AS sign FROM new_rows n UNION ALL SELECT o.*, -1 FROM old_rows o) d
    GROUP BY 1, 2
    HAVING (sum(d.total * d.sign), sum(d.awaiting * d.sign), sum(d.on_time * d.sign), sum(d.late * d.sign),
      sum(d.overdue * d.sign), sum(d.due * d.sign)) <> (0, 0, 0, 0, 0, 0)
    ORDER BY 1, 2
    ON CONFLICT (month, province_id) DO UPDATE SET
      total = m.total + excluded.total, awaiting = m.awaiting + excluded.awaiting,
      on_time = m.on_time + excluded.on_time, late = m.late + excluded.late,
      overdue = m.overdue + excluded.overdue, due = m.due + excluded.due;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER task_rollup_month_insert AFTER INSERT ON "task_rollup"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION task_rollup_month_on_days();
--> statement-breakpoint
CREATE TRIGGER task_rollup_month_update AFTER UPDATE ON "task_rollup"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION task_rollup_month_on_days();
--> statement-breakpoint
CREATE TRIGGER task_rollup_month_delete AFTER DELETE ON "task_rollup"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION task_rollup_month_on_days();
--> statement-breakpoint
CREATE FUNCTION task_rollup_month_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM task_rollup_month;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER task_rollup_month_truncate AFTER TRUNCATE ON "task_rollup"
  FOR EACH STATEMENT EXECUTE FUNCTION task_rollup_month_on_truncate();
--> statement-breakpoint
-- The cached figures read it: its writes bump the figure generation like those of every table they read.
CREATE TRIGGER task_rollup_month_figure_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "task_rollup_month"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_figure_generation();
--> statement-breakpoint
-- The months of the rows already written.
INSERT INTO task_rollup_month (month, province_id, total, awaiting, on_time, late, overdue, due)
SELECT date_trunc('month', day::timestamp)::date, province_id, sum(total), sum(awaiting), sum(on_time), sum(late),
  sum(overdue), sum(due)
FROM task_rollup GROUP BY 1, 2;
--> statement-breakpoint
ANALYZE "task_rollup_month";
--> statement-breakpoint
-- Small tables rewritten by every status write: vacuumed after 2 % of their rows are dead instead of
-- PostgreSQL's 20 %, so that their reads do not wade through dead row versions (a 1,000,000-task
-- database read 4,062 pages of task_rollup for 51,000 rows, 380 once vacuumed).
ALTER TABLE "task_rollup" SET (autovacuum_vacuum_scale_factor = 0.02);
--> statement-breakpoint
ALTER TABLE "task_rollup_month" SET (autovacuum_vacuum_scale_factor = 0.02);
--> statement-breakpoint
ALTER TABLE "recommendation_rollup" SET (autovacuum_vacuum_scale_factor = 0.02);
