-- Issue 20: the national dashboard's task figures from a rollup kept by the writes, not from a scan
-- of every status period (1,000,000 tasks: ~2.4M periods per figure and per request).
--
-- A status period holds at the end of the days [a, b): a = its valid_from's Vietnamese day, b = its
-- valid_to's (never, while open). Each figure counts a period on a run of those days — every day
-- (total, and by status), or from its due day on (due; overdue from the day after) — so a figure as
-- of day T is the sum of the changes (+1 where a run starts, -1 where it ends) on the days up to T.
-- task_rollup holds those changes per day and province (0: the central bodies), summed; a trigger on
-- task_status_periods keeps it in the transaction that writes the periods (every task writer does:
-- the figures have read the periods since round 1). Past days never change unless a period is
-- deleted (a deleted task), which the trigger subtracts too.
CREATE TABLE "task_rollup" (
	"day" date NOT NULL,
	"province_id" integer NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"awaiting" integer DEFAULT 0 NOT NULL,
	"on_time" integer DEFAULT 0 NOT NULL,
	"late" integer DEFAULT 0 NOT NULL,
	"overdue" integer DEFAULT 0 NOT NULL,
	"due" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "task_rollup_day_province_id_pk" PRIMARY KEY("day","province_id")
);
--> statement-breakpoint
-- The statement that adds the changes of the periods `source` selects: the columns of
-- task_status_periods, then `province_id` (coalesced to 0) and `sign` (1 adds the periods, -1 takes
-- them away). One statement, its rows in key order, so that concurrent writers lock shared rows in the
-- same order. A text run by the trigger functions themselves: their transition tables are visible to
-- their own statements only.
CREATE FUNCTION task_rollup_sql(source text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
  SELECT format($q$
    INSERT INTO task_rollup AS r (day, province_id, total, awaiting, on_time, late, overdue, due)
    SELECT c.day, q.province_id,
      coalesce(sum(c.change) FILTER (WHERE i.kind = 'total'), 0),
      coalesce(sum(c.change) FILTER (WHERE i.kind = 'awaiting'), 0),
      coalesce(sum(c.change) FILTER (WHERE i.kind = 'on_time'), 0),
      coalesce(sum(c.change) FILTER (WHERE i.kind = 'late'), 0),
      coalesce(sum(c.change) FILTER (WHERE i.kind = 'overdue'), 0),
      coalesce(sum(c.change) FILTER (WHERE i.kind = 'due'), 0)
    FROM (SELECT s.province_id, s.sign, s.status, s.due_on,
          coalesce(s.completed_on <= s.due_on, false) AS on_time,
          ((s.valid_from AT TIME ZONE 'UTC') + interval '7 hours')::date AS a,
          ((s.valid_to AT TIME ZONE 'UTC') + interval '7 hours')::date AS b
        FROM (%s) s WHERE s.status <> 'cancelled') q
    CROSS JOIN LATERAL (VALUES
      ('total', q.a),
      ('awaiting', CASE WHEN q.status = 'awaiting_confirmation' THEN q.a END),
      ('on_time', CASE WHEN q.status = 'completed' AND q.on_time THEN q.a END),
      ('late', CASE WHEN q.status = 'completed' AND NOT q.on_time THEN q.a END),
      ('overdue', CASE WHEN q.status <> 'completed' THEN greatest(q.a, q.due_on + 1) END),
      ('due', greatest(q.a, q.due_on))) i(kind, x)
    CROSS JOIN LATERAL (VALUES (i.x, q.sign), (q.b, -q.sign)) c(day, change)
    WHERE i.x IS NOT NULL AND (q.b IS NULL OR i.x < q.b) AND c.day IS NOT NULL
    GROUP BY c.day, q.province_id
    -- an update that leaves a period's runs as they were changes nothing
    HAVING (sum(c.change) FILTER (WHERE i.kind = 'total') <> 0
      OR sum(c.change) FILTER (WHERE i.kind = 'awaiting') <> 0
      OR sum(c.change) FILTER (WHERE i.kind = 'on_time') <> 0
      OR sum(c.change) FILTER (WHERE i.kind = 'late') <> 0
      OR sum(c.change) FILTER (WHERE i.kind = 'overdue') <> 0
      OR sum(c.change) FILTER (WHERE i.kind = 'due') <> 0)
    ORDER BY c.day, q.province_id
    ON CONFLICT (day, province_id) DO UPDATE SET
      total = r.total + excluded.total, awaiting = r.awaiting + excluded.awaiting,
      on_time = r.on_time + excluded.on_time, late = r.late + excluded.late,
      overdue = r.overdue + excluded.overdue, due = r.due + excluded.due
  $q$, source)
$f$;
--> statement-breakpoint
-- Adds the changes of the periods `source` selects (a rebuild; the backfill below).
CREATE FUNCTION task_rollup_add(source text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE task_rollup_sql(source);
END
$$;
--> statement-breakpoint
-- Statement-level with the transition tables: a bulk insert (an import, COPY) is one aggregate.
-- An update adds the new rows and takes the old away: an unchanged period cancels out.
CREATE FUNCTION task_rollup_on_periods() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added constant text := 'SELECT p.*, coalesce(o.province_id, 0) AS province_id, %s AS sign FROM %I p JOIN organizations o ON o.id = p.assignee_org_id';
BEGIN
  IF TG_OP = 'INSERT' THEN
    EXECUTE task_rollup_sql(format(added, 1, 'new_rows'));
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE task_rollup_sql(format(added, -1, 'old_rows'));
  ELSE
    EXECUTE task_rollup_sql(format(added, 1, 'new_rows') || ' UNION ALL ' || format(added, -1, 'old_rows'));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER task_status_periods_rollup_insert AFTER INSERT ON "task_status_periods"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION task_rollup_on_periods();
--> statement-breakpoint
CREATE TRIGGER task_status_periods_rollup_update AFTER UPDATE ON "task_status_periods"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION task_rollup_on_periods();
--> statement-breakpoint
CREATE TRIGGER task_status_periods_rollup_delete AFTER DELETE ON "task_status_periods"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION task_rollup_on_periods();
--> statement-breakpoint
CREATE FUNCTION task_rollup_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM task_rollup;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER task_status_periods_rollup_truncate AFTER TRUNCATE ON "task_status_periods"
  FOR EACH STATEMENT EXECUTE FUNCTION task_rollup_on_truncate();
--> statement-breakpoint
-- An organization moved to another province (rare: the tree's admin): its periods' changes move
-- from the old province's rows to the new one's.
CREATE FUNCTION task_rollup_on_organizations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved constant text := 'SELECT p.*, coalesce(m.%s, 0) AS province_id, %s AS sign FROM task_status_periods p
    JOIN (SELECT n.id, o.province_id AS old_province, n.province_id AS new_province FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE n.province_id IS DISTINCT FROM o.province_id) m ON m.id = p.assignee_org_id';
BEGIN
  IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE n.province_id IS DISTINCT FROM o.province_id) THEN
    EXECUTE task_rollup_sql(format(moved, 'new_province', 1) || ' UNION ALL ' || format(moved, 'old_province', -1));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER organizations_rollup AFTER UPDATE ON "organizations"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION task_rollup_on_organizations();
--> statement-breakpoint
-- The cached figures read it: its writes bump the figure generation like those of every table they read.
CREATE TRIGGER task_rollup_figure_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "task_rollup"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_figure_generation();
--> statement-breakpoint
-- The periods already written.
SELECT task_rollup_add('SELECT p.*, coalesce(o.province_id, 0) AS province_id, 1 AS sign FROM task_status_periods p JOIN organizations o ON o.id = p.assignee_org_id');
