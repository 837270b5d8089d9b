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
-- The changes one period makes, per day: +sign to each count where its run of days starts, -sign
-- where it ends. Inlined by the planner into the statements below.
CREATE FUNCTION task_rollup_changes(sign integer, status task_status, due_on date, completed_on date,
    valid_from timestamptz, valid_to timestamptz)
  RETURNS TABLE (day date, total integer, awaiting integer, on_time integer, late integer, overdue integer, due integer)
  LANGUAGE sql IMMUTABLE AS $$
  SELECT c.day,
    CASE WHEN i.kind = 1 THEN c.change ELSE 0 END, CASE WHEN i.kind = 2 THEN c.change ELSE 0 END,
    CASE WHEN i.kind = 3 THEN c.change ELSE 0 END, CASE WHEN i.kind = 4 THEN c.change ELSE 0 END,
    CASE WHEN i.kind = 5 THEN c.change ELSE 0 END, CASE WHEN i.kind = 6 THEN c.change ELSE 0 END
  FROM (SELECT ((valid_from AT TIME ZONE 'UTC') + interval '7 hours')::date AS a,
      ((valid_to AT TIME ZONE 'UTC') + interval '7 hours')::date AS b,
      coalesce(completed_on <= due_on, false) AS in_time) q
  CROSS JOIN LATERAL (VALUES
    (1, q.a),
    (2, CASE WHEN status = 'awaiting_confirmation' THEN q.a END),
    (3, CASE WHEN status = 'completed' AND q.in_time THEN q.a END),
    (4, CASE WHEN status = 'completed' AND NOT q.in_time THEN q.a END),
    (5, CASE WHEN status <> 'completed' THEN greatest(q.a, due_on + 1) END),
    (6, greatest(q.a, due_on))) i(kind, x)
  CROSS JOIN LATERAL (VALUES (i.x, sign), (q.b, -sign)) c(day, change)
  WHERE status <> 'cancelled' AND i.x IS NOT NULL AND (q.b IS NULL OR i.x < q.b) AND c.day IS NOT NULL
$$;
--> statement-breakpoint
-- Adds the changes of the periods `source` selects (the columns of task_status_periods and `sign`:
-- 1 adds them, -1 takes them away): the backfill below, a recount. One statement, its rows in key
-- order, so that concurrent writers lock shared rows in the same order (as the triggers' do).
CREATE FUNCTION task_rollup_add(source text) RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
  EXECUTE format($q$
    INSERT INTO task_rollup AS r (day, province_id, total, awaiting, on_time, late, overdue, due)
    SELECT c.day, coalesce(o.province_id, 0), sum(c.total), sum(c.awaiting), sum(c.on_time), sum(c.late),
      sum(c.overdue), sum(c.due)
    FROM (%s) p JOIN organizations o ON o.id = p.assignee_org_id
    CROSS JOIN LATERAL task_rollup_changes(p.sign, p.status, p.due_on, p.completed_on, p.valid_from, p.valid_to) c
    GROUP BY 1, 2
    HAVING (sum(c.total), sum(c.awaiting), sum(c.on_time), sum(c.late), sum(c.overdue), sum(c.due)) <> (0, 0, 0, 0, 0, 0)
    ORDER BY 1, 2
    ON CONFLICT (day, province_id) DO UPDATE SET
      total = r.total + excluded.total, awaiting = r.awaiting + excluded.awaiting,
      on_time = r.on_time + excluded.on_time, late = r.late + excluded.late,
      overdue = r.overdue + excluded.overdue, due = r.due + excluded.due
  $q$, source);
END
$f$;
--> statement-breakpoint
-- Statement-level with the transition tables: a bulk insert (an import, COPY) is one aggregate.
-- An update adds the new rows and takes the old away: an unchanged period cancels out. Static
-- statements (planned once per session), one per kind of write: transition tables are named per event.
CREATE FUNCTION task_rollup_on_periods() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO task_rollup AS r (day, province_id, total, awaiting, on_time, late, overdue, due)
    SELECT c.day, coalesce(o.province_id, 0), sum(c.total), sum(c.awaiting), sum(c.on_time), sum(c.late),
      sum(c.overdue), sum(c.due)
    FROM (SELECT n.*, 1 AS sign FROM new_rows n) p JOIN organizations o ON o.id = p.assignee_org_id
    CROSS JOIN LATERAL task_rollup_changes(p.sign, p.status, p.due_on, p.completed_on, p.valid_from, p.valid_to) c
    GROUP BY 1, 2
    HAVING (sum(c.total), sum(c.awaiting), sum(c.on_time), sum(c.late), sum(c.overdue), sum(c.due)) <> (0, 0, 0, 0, 0, 0)
    ORDER BY 1, 2
    ON CONFLICT (day, province_id) DO UPDATE SET
      total = r.total + excluded.total, awaiting = r.awaiting + excluded.awaiting,
      on_time = r.on_time + excluded.on_time, late = r.late + excluded.late,
      overdue = r.overdue + excluded.overdue, due = r.due + excluded.due;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO task_rollup AS r (day, province_id, total, awaiting, on_time, late, overdue, due)
    SELECT c.day, coalesce(o.province_id, 0), sum(c.total), sum(c.awaiting), sum(c.on_time), sum(c.late),
      sum(c.overdue), sum(c.due)
    FROM (SELECT d.*, -1 AS sign FROM old_rows d) p JOIN organizations o ON o.id = p.assignee_org_id
    CROSS JOIN LATERAL task_rollup_changes(p.sign, p.status, p.due_on, p.completed_on, p.valid_from, p.valid_to) c
    GROUP BY 1, 2
    HAVING (sum(c.total), sum(c.awaiting), sum(c.on_time), sum(c.late), sum(c.overdue), sum(c.due)) <> (0, 0, 0, 0, 0, 0)
    ORDER BY 1, 2
    ON CONFLICT (day, province_id) DO UPDATE SET
      total = r.total + excluded.total, awaiting = r.awaiting + excluded.awaiting,
      on_time = r.on_time + excluded.on_time, late = r.late + excluded.late,
      overdue = r.overdue + excluded.overdue, due = r.due + excluded.due;
  ELSE
    INSERT INTO task_rollup AS r (day, province_id, total, awaiting, on_time, late, overdue, due)
    SELECT c.day, coalesce(o.province_id, 0), sum(c.total), sum(c.awaiting), sum(c.on_time), sum(c.late),
      sum(c.overdue), sum(c.due)
    FROM (SELECT n.*, 1 AS sign FROM new_rows n UNION ALL SELECT d.*, -1 FROM old_rows d) p JOIN organizations o ON o.id = p.assignee_org_id
    CROSS JOIN LATERAL task_rollup_changes(p.sign, p.status, p.due_on, p.completed_on, p.valid_from, p.valid_to) c
    GROUP BY 1, 2
    -- an update that leaves a period's runs as they were changes nothing
    HAVING (sum(c.total), sum(c.awaiting), sum(c.on_time), sum(c.late), sum(c.overdue), sum(c.due)) <> (0, 0, 0, 0, 0, 0)
    ORDER BY 1, 2
    ON CONFLICT (day, province_id) DO UPDATE SET
      total = r.total + excluded.total, awaiting = r.awaiting + excluded.awaiting,
      on_time = r.on_time + excluded.on_time, late = r.late + excluded.late,
      overdue = r.overdue + excluded.overdue, due = r.due + excluded.due;
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
BEGIN
  IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE n.province_id IS DISTINCT FROM o.province_id) THEN
    INSERT INTO task_rollup AS r (day, province_id, total, awaiting, on_time, late, overdue, due)
    SELECT c.day, coalesce(m.province_id, 0), sum(c.total), sum(c.awaiting), sum(c.on_time), sum(c.late),
      sum(c.overdue), sum(c.due)
    FROM (SELECT n.id, n.province_id, 1 AS sign FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE n.province_id IS DISTINCT FROM o.province_id
        UNION ALL SELECT o.id, o.province_id, -1 FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE n.province_id IS DISTINCT FROM o.province_id) m
    JOIN task_status_periods p ON p.assignee_org_id = m.id
    CROSS JOIN LATERAL task_rollup_changes(m.sign, p.status, p.due_on, p.completed_on, p.valid_from, p.valid_to) c
    GROUP BY 1, 2
    HAVING (sum(c.total), sum(c.awaiting), sum(c.on_time), sum(c.late), sum(c.overdue), sum(c.due)) <> (0, 0, 0, 0, 0, 0)
    ORDER BY 1, 2
    ON CONFLICT (day, province_id) DO UPDATE SET
      total = r.total + excluded.total, awaiting = r.awaiting + excluded.awaiting,
      on_time = r.on_time + excluded.on_time, late = r.late + excluded.late,
      overdue = r.overdue + excluded.overdue, due = r.due + excluded.due;
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
SELECT task_rollup_add('SELECT p.*, 1 AS sign FROM task_status_periods p');
