-- Issue 20: recommendation_rollup's changes summed again per year (figure + 20, day = the year's first
-- day), beside the days (figures 1-4) and the months (+ 10) of migration 0021. A figure as of T reads
-- the years before T's, T's year's months before T's month, and T's month's days: at 1,000,000 tasks
-- the addressee breakdown read ~21,900 month rows (100 addressees × 6 answers × 37 months), ~8,700
-- as of a December, fewer earlier in a year (db/queries/recommendation-rollup.ts). The two functions
-- that write the rollup, as in 0021 with the year rows added.
-- No writer of the old functions may slip a change between the backfill's snapshot and the new
-- functions (an instance of the former build during a rolling deploy): the rollup is locked until
-- this migration commits.
LOCK TABLE "recommendation_rollup" IN SHARE ROW EXCLUSIVE MODE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION recommendation_rollup_refresh(ids integer[]) RETURNS void LANGUAGE plpgsql
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
    UNION ALL SELECT x.figure + 10, date_trunc('month', x.day::timestamp)::date, x.key1, x.key2, x.n, x.sources FROM diff x
    UNION ALL SELECT x.figure + 20, date_trunc('year', x.day::timestamp)::date, x.key1, x.key2, x.n, x.sources FROM diff x) d
  GROUP BY 1, 2, 3, 4
  HAVING (sum(d.n), sum(d.sources)) <> (0, 0)
  ORDER BY 1, 2, 3, 4
  ON CONFLICT (figure, day, key1, key2) DO UPDATE SET n = r.n + excluded.n, sources = r.sources + excluded.sources;
  DELETE FROM recommendation_rollup_parts p WHERE p.recommendation_id = ANY (ids) AND p.n = 0 AND p.sources = 0;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION recommendation_rollup_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM recommendation_rollup_parts;
  DELETE FROM recommendation_rollup;
  INSERT INTO recommendation_rollup_parts (recommendation_id, figure, day, key1, key2, n, sources)
  SELECT * FROM recommendation_rollup_changes(ARRAY(SELECT r.id FROM recommendations r));
  INSERT INTO recommendation_rollup (figure, day, key1, key2, n, sources)
  SELECT p.figure, p.day, p.key1, p.key2, sum(p.n), sum(p.sources)
  FROM (SELECT x.figure, x.day, x.key1, x.key2, x.n, x.sources FROM recommendation_rollup_parts x
    UNION ALL SELECT x.figure + 10, date_trunc('month', x.day::timestamp)::date, x.key1, x.key2, x.n, x.sources
      FROM recommendation_rollup_parts x
    UNION ALL SELECT x.figure + 20, date_trunc('year', x.day::timestamp)::date, x.key1, x.key2, x.n, x.sources
      FROM recommendation_rollup_parts x) p
  GROUP BY 1, 2, 3, 4 HAVING (sum(p.n), sum(p.sources)) <> (0, 0) ORDER BY 1, 2, 3, 4;
END
$$;
--> statement-breakpoint
-- The years of the months already written.
INSERT INTO recommendation_rollup (figure, day, key1, key2, n, sources)
SELECT r.figure + 10, date_trunc('year', r.day::timestamp)::date, r.key1, r.key2, sum(r.n), sum(r.sources)
FROM recommendation_rollup r WHERE r.figure BETWEEN 11 AND 19
GROUP BY 1, 2, 3, 4 HAVING (sum(r.n), sum(r.sources)) <> (0, 0);
--> statement-breakpoint
-- The planner's estimate of the new rows (it took the years of a figure for one row).
ANALYZE "recommendation_rollup";
