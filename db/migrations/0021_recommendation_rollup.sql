-- Issue 20: the national dashboard's recommendation figures from a rollup kept by the writes, as
-- task_rollup (0020) does for the tasks, instead of every recommendation, addressee and answer event
-- per request (1,000,000 tasks: 200,000 recommendations, 0.5-1.4 s per figure).
--
-- A recommendation's figures as of a day T (db/queries/recommendation-as-of.ts) are piecewise
-- constant in T: they change only on its submission day, the day of each of its answer and deadline
-- events (from then on the event is no longer "after T"), an addressee's responded_on, and the day
-- after each reply deadline it has had. So each figure counts it on runs of days, and a figure as of T
-- is the sum of the changes (+1 where a run starts, -1 where it ends) up to T. The figures:
--   1 submitted, by category (key1 = the category's position in its enum)
--   2 answered (it has addressees and none still waits)
--   3 reply overdue (its deadline at T passed and an addressee still waits), by the source's
--     province (key1; 0: a source outside any province)
--   4 primaries (not duplicates) by addressee (key1 = organization id) and answer at T (key2 = the
--     status's position in its enum), `sources` their source localities (a primary and its duplicates)
-- recommendation_rollup holds the changes summed per figure, day and keys, and again per month (figure
-- + 10, day = the month's first day: a figure as of T reads the months before T's and T's month's
-- days, not every day since the first submission); recommendation_rollup_parts
-- the changes each recommendation makes (its history rows), so that a write replaces one
-- recommendation's changes by its new ones whatever changed: rows, addressees, events, organizations.
-- Category, source, addressees and duplicates are today's values (as recommendation-as-of.ts reads
-- them): a correction to them moves the recommendation's past changes too.
CREATE TABLE "recommendation_rollup" (
	"figure" smallint NOT NULL,
	"day" date NOT NULL,
	"key1" integer NOT NULL,
	"key2" integer NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	"sources" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "recommendation_rollup_figure_day_key1_key2_pk" PRIMARY KEY("figure","day","key1","key2")
);
--> statement-breakpoint
CREATE TABLE "recommendation_rollup_parts" (
	"recommendation_id" integer NOT NULL,
	"figure" smallint NOT NULL,
	"day" date NOT NULL,
	"key1" integer NOT NULL,
	"key2" integer NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	"sources" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "recommendation_rollup_parts_recommendation_id_figure_day_key1_key2_pk" PRIMARY KEY("recommendation_id","figure","day","key1","key2")
);
--> statement-breakpoint
-- The changes the recommendations `ids` make today (what their parts should be). Each state is read
-- at each day its figures may change on, by the definitions of recommendation-as-of.ts (the first
-- answer or deadline event after the end of the day, else today's value; answered by responded_on:
-- today's status), and a change is the difference from the state of the day before.
CREATE FUNCTION recommendation_rollup_changes(ids integer[])
  RETURNS TABLE (recommendation_id integer, figure smallint, day date, key1 integer, key2 integer, n integer, sources integer)
  LANGUAGE sql STABLE AS $$
  WITH r AS (
    SELECT r.id, r.submitted_on, r.response_due_on, r.duplicate_of_id,
      array_position(enum_range(NULL::recommendation_category), r.category) AS category,
      coalesce(s.province_id, 0) AS province_id,
      -- a primary's distinct source localities: its own and its duplicates'
      CASE WHEN r.duplicate_of_id IS NULL THEN (SELECT count(DISTINCT coalesce(so.province_id, so.id))
        FROM recommendations x JOIN organizations so ON so.id = x.source_org_id
        WHERE x.id = r.id OR x.duplicate_of_id = r.id)::int END AS sources
    FROM recommendations r JOIN organizations s ON s.id = r.source_org_id
    WHERE r.id = ANY (ids) AND r.submitted_on IS NOT NULL
  ),
  -- the days its state may change on, from its submission
  days AS (
    SELECT DISTINCT r.id, d.day FROM r CROSS JOIN LATERAL (
        SELECT r.submitted_on
        UNION ALL SELECT r.response_due_on + 1
        UNION ALL SELECT a.responded_on FROM recommendation_addressees a WHERE a.recommendation_id = r.id
        UNION ALL SELECT x.day FROM events e CROSS JOIN LATERAL (VALUES
            (((e.at AT TIME ZONE 'UTC') + interval '7 hours')::date),
            (CASE WHEN e.action = 'recommendation.setDeadline' THEN e.from_value::date + 1 END)) x(day)
          WHERE e.entity_type = 'recommendation' AND e.entity_id = r.id
            AND e.action IN ('recommendation.answer', 'recommendation.setDeadline')) d(day)
    WHERE d.day >= r.submitted_on
  ),
  deadlines AS (
    SELECT d.id, d.day, (coalesce((SELECT ARRAY[e.from_value] FROM events e
        WHERE e.entity_type = 'recommendation' AND e.entity_id = d.id AND e.action = 'recommendation.setDeadline'
          AND e.at >= ((d.day + 1)::timestamp - interval '7 hours') AT TIME ZONE 'UTC'
        ORDER BY e.at, e.id LIMIT 1), ARRAY[r.response_due_on::text]))[1]::date AS due_on
    FROM days d JOIN r ON r.id = d.id
  ),
  answers AS (
    SELECT d.id, d.day, a.organization_id,
      CASE WHEN a.responded_on <= d.day THEN a.status::text ELSE coalesce((SELECT e.from_value FROM events e
        WHERE e.entity_type = 'recommendation' AND e.entity_id = d.id AND e.action = 'recommendation.answer'
          AND e.data->>'addressee' = o.code
          AND e.at >= ((d.day + 1)::timestamp - interval '7 hours') AT TIME ZONE 'UTC'
        ORDER BY e.at, e.id LIMIT 1), a.status::text) END AS status
    FROM days d JOIN recommendation_addressees a ON a.recommendation_id = d.id
    JOIN organizations o ON o.id = a.organization_id
  ),
  flags AS (
    SELECT d.id, d.day,
      (count(x.organization_id) > 0 AND count(x.organization_id) FILTER (WHERE x.status IN ('submitted', 'under_review')) = 0)::int AS answered,
      coalesce(count(x.organization_id) FILTER (WHERE x.status IN ('submitted', 'under_review')) > 0
        AND d.due_on < d.day, false)::int AS overdue
    FROM deadlines d LEFT JOIN answers x ON x.id = d.id AND x.day = d.day
    GROUP BY d.id, d.day, d.due_on
  )
  SELECT c.* FROM (
    SELECT r.id, 1::smallint, r.submitted_on, r.category, 0, 1, 0 FROM r
    UNION ALL
    SELECT f.id, 2::smallint, f.day, 0, 0, f.answered - lag(f.answered, 1, 0) OVER (PARTITION BY f.id ORDER BY f.day), 0
    FROM flags f
    UNION ALL
    SELECT f.id, 3::smallint, f.day, r.province_id, 0, f.overdue - lag(f.overdue, 1, 0) OVER (PARTITION BY f.id ORDER BY f.day), 0
    FROM flags f JOIN r ON r.id = f.id
    UNION ALL
    SELECT x.id, 4::smallint, x.day, x.organization_id,
      array_position(enum_range(NULL::addressee_status), s.status::addressee_status), s.sign, s.sign * r.sources
    FROM (SELECT a.*, lag(a.status) OVER (PARTITION BY a.id, a.organization_id ORDER BY a.day) AS before
        FROM answers a) x
      JOIN r ON r.id = x.id AND r.duplicate_of_id IS NULL
      CROSS JOIN LATERAL (VALUES (x.status, 1), (x.before, -1)) s(status, sign)
    WHERE x.before IS DISTINCT FROM x.status AND s.status IS NOT NULL
  ) c(recommendation_id, figure, day, key1, key2, n, sources)
  WHERE c.n <> 0
$$;
--> statement-breakpoint
-- Replaces the parts of the recommendations `ids` (and of the primaries they duplicate: their
-- sources) by their changes as they stand now, and adds the difference to the rollup. Called by the
-- triggers after every statement that may change them: whatever the order of a transaction's
-- statements, the last call sees its final state. The recommendations' rows are locked first (in id
-- order), so that two transactions never replace the same parts from the same old ones; the rollup's
-- rows are written in key order, as the task rollup's are. Its statements keep one generic plan per
-- session: planned again for each call (a custom plan for each array of ids) they cost ~5 ms a write,
-- executed ~0.3 ms.
CREATE FUNCTION recommendation_rollup_refresh(ids integer[]) RETURNS void LANGUAGE plpgsql
  SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  ids := ARRAY(SELECT DISTINCT x.id FROM (SELECT unnest(ids) AS id
      UNION ALL SELECT r.duplicate_of_id FROM recommendations r WHERE r.id = ANY (ids)) x
    WHERE x.id IS NOT NULL ORDER BY 1);
  IF cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM recommendations r WHERE r.id = ANY (ids) ORDER BY r.id FOR NO KEY UPDATE;
  WITH diff AS (
    SELECT x.recommendation_id, x.figure, x.day, x.key1, x.key2, sum(x.n)::int AS n, sum(x.sources)::int AS sources
    FROM (SELECT c.* FROM recommendation_rollup_changes(ids) c
      UNION ALL SELECT p.recommendation_id, p.figure, p.day, p.key1, p.key2, -p.n, -p.sources
        FROM recommendation_rollup_parts p WHERE p.recommendation_id = ANY (ids)) x
    GROUP BY 1, 2, 3, 4, 5
    HAVING (sum(x.n), sum(x.sources)) <> (0, 0)
  ), kept AS (
    INSERT INTO recommendation_rollup_parts AS p (recommendation_id, figure, day, key1, key2, n, sources)
    SELECT * FROM diff
    ON CONFLICT (recommendation_id, figure, day, key1, key2) DO UPDATE SET
      n = p.n + excluded.n, sources = p.sources + excluded.sources
  )
  INSERT INTO recommendation_rollup AS r (figure, day, key1, key2, n, sources)
  SELECT d.figure, d.day, d.key1, d.key2, sum(d.n), sum(d.sources)
  FROM (SELECT x.figure, x.day, x.key1, x.key2, x.n, x.sources FROM diff x
    UNION ALL SELECT x.figure + 10, date_trunc('month', x.day::timestamp)::date, x.key1, x.key2, x.n, x.sources FROM diff x) d
  GROUP BY 1, 2, 3, 4
  HAVING (sum(d.n), sum(d.sources)) <> (0, 0)
  ORDER BY 1, 2, 3, 4
  ON CONFLICT (figure, day, key1, key2) DO UPDATE SET n = r.n + excluded.n, sources = r.sources + excluded.sources;
  DELETE FROM recommendation_rollup_parts p WHERE p.recommendation_id = ANY (ids) AND p.n = 0 AND p.sources = 0;
END
$$;
--> statement-breakpoint
-- Everything recounted from the recommendations as they stand: the backfill below, a bulk load (the
-- bench's, its triggers disabled), a test's recount.
CREATE FUNCTION recommendation_rollup_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM recommendation_rollup_parts;
  DELETE FROM recommendation_rollup;
  INSERT INTO recommendation_rollup_parts (recommendation_id, figure, day, key1, key2, n, sources)
  SELECT * FROM recommendation_rollup_changes(ARRAY(SELECT r.id FROM recommendations r));
  INSERT INTO recommendation_rollup (figure, day, key1, key2, n, sources)
  SELECT p.figure, p.day, p.key1, p.key2, sum(p.n), sum(p.sources)
  FROM (SELECT x.figure, x.day, x.key1, x.key2, x.n, x.sources FROM recommendation_rollup_parts x
    UNION ALL SELECT x.figure + 10, date_trunc('month', x.day::timestamp)::date, x.key1, x.key2, x.n, x.sources
      FROM recommendation_rollup_parts x) p
  GROUP BY 1, 2, 3, 4 HAVING (sum(p.n), sum(p.sources)) <> (0, 0) ORDER BY 1, 2, 3, 4;
END
$$;
--> statement-breakpoint
-- The recommendations a statement on recommendations changes the figures of: inserted or deleted
-- ones, those whose submission, deadline, category, source or primary changed, and the primaries
-- they left (their sources). A version bump alone changes nothing.
CREATE FUNCTION recommendation_rollup_on_recommendations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM recommendation_rollup_refresh(ARRAY(SELECT n.id FROM new_rows n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM recommendation_rollup_refresh(ARRAY(SELECT d.id FROM old_rows d
      UNION SELECT d.duplicate_of_id FROM old_rows d WHERE d.duplicate_of_id IS NOT NULL));
  ELSE
    PERFORM recommendation_rollup_refresh(ARRAY(
      SELECT x.id FROM old_rows o JOIN new_rows n ON n.id = o.id
        CROSS JOIN LATERAL (VALUES (n.id), (o.duplicate_of_id)) x(id)
      WHERE x.id IS NOT NULL AND (n.submitted_on, n.response_due_on, n.category, n.source_org_id, n.duplicate_of_id)
        IS DISTINCT FROM (o.submitted_on, o.response_due_on, o.category, o.source_org_id, o.duplicate_of_id)));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER recommendations_rollup_insert AFTER INSERT ON "recommendations"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION recommendation_rollup_on_recommendations();
--> statement-breakpoint
CREATE TRIGGER recommendations_rollup_update AFTER UPDATE ON "recommendations"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION recommendation_rollup_on_recommendations();
--> statement-breakpoint
CREATE TRIGGER recommendations_rollup_delete AFTER DELETE ON "recommendations"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION recommendation_rollup_on_recommendations();
--> statement-breakpoint
-- Addressees added, removed, moved or answered.
CREATE FUNCTION recommendation_rollup_on_addressees() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM recommendation_rollup_refresh(ARRAY(SELECT DISTINCT n.recommendation_id FROM new_rows n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM recommendation_rollup_refresh(ARRAY(SELECT DISTINCT d.recommendation_id FROM old_rows d));
  ELSE
    PERFORM recommendation_rollup_refresh(ARRAY(
      SELECT n.recommendation_id FROM new_rows n LEFT JOIN old_rows o
          ON o.recommendation_id = n.recommendation_id AND o.organization_id = n.organization_id
        WHERE (n.status, n.responded_on) IS DISTINCT FROM (o.status, o.responded_on)
      UNION SELECT o.recommendation_id FROM old_rows o LEFT JOIN new_rows n
          ON n.recommendation_id = o.recommendation_id AND n.organization_id = o.organization_id
        WHERE n.recommendation_id IS NULL));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER recommendation_addressees_rollup_insert AFTER INSERT ON "recommendation_addressees"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION recommendation_rollup_on_addressees();
--> statement-breakpoint
CREATE TRIGGER recommendation_addressees_rollup_update AFTER UPDATE ON "recommendation_addressees"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION recommendation_rollup_on_addressees();
--> statement-breakpoint
CREATE TRIGGER recommendation_addressees_rollup_delete AFTER DELETE ON "recommendation_addressees"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION recommendation_rollup_on_addressees();
--> statement-breakpoint
-- An answer or a deadline change is also an event (append-only): the history the past days read.
CREATE FUNCTION recommendation_rollup_on_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_rows n WHERE n.entity_type = 'recommendation'
      AND n.action IN ('recommendation.answer', 'recommendation.setDeadline')) THEN
    PERFORM recommendation_rollup_refresh(ARRAY(SELECT DISTINCT n.entity_id FROM new_rows n
      WHERE n.entity_type = 'recommendation' AND n.action IN ('recommendation.answer', 'recommendation.setDeadline')
        AND n.entity_id IS NOT NULL));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER events_recommendation_rollup AFTER INSERT ON "events"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION recommendation_rollup_on_events();
--> statement-breakpoint
-- An organization moved to another province (its sources' locality and province), or renamed in code
-- (the answer events name their addressee by code): the recommendations it raised or is addressed.
CREATE FUNCTION recommendation_rollup_on_organizations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (n.province_id, n.code) IS DISTINCT FROM (o.province_id, o.code)) THEN
    PERFORM recommendation_rollup_refresh(ARRAY(
      SELECT r.id FROM recommendations r WHERE r.source_org_id IN (SELECT n.id FROM old_rows o JOIN new_rows n
          ON n.id = o.id WHERE (n.province_id, n.code) IS DISTINCT FROM (o.province_id, o.code))
      UNION SELECT a.recommendation_id FROM recommendation_addressees a WHERE a.organization_id IN (
          SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE (n.province_id, n.code) IS DISTINCT FROM (o.province_id, o.code))));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER organizations_recommendation_rollup AFTER UPDATE ON "organizations"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION recommendation_rollup_on_organizations();
--> statement-breakpoint
CREATE FUNCTION recommendation_rollup_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM recommendation_rollup_parts;
  DELETE FROM recommendation_rollup;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER recommendations_rollup_truncate AFTER TRUNCATE ON "recommendations"
  FOR EACH STATEMENT EXECUTE FUNCTION recommendation_rollup_on_truncate();
--> statement-breakpoint
-- The cached figures read it: its writes bump the figure generation like those of every table they read.
CREATE TRIGGER recommendation_rollup_figure_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "recommendation_rollup"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_figure_generation();
--> statement-breakpoint
-- The recommendations already written.
SELECT recommendation_rollup_rebuild();
