-- Issue 15/20: the cached dashboard figures are keyed by a change counter of exactly the data they
-- read (db/queries/figure-cache.ts), not by the whole database's snapshot: a reminder run writing
-- notifications, mails and job rows no longer makes every figure cold. 16 shards; each transaction
-- that writes a figure table bumps one shard once, so concurrent writers rarely meet on one row.
CREATE TABLE "figure_generations" (
	"shard" smallint PRIMARY KEY NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO "figure_generations" ("shard", "n") SELECT s, 0 FROM generate_series(0, 15) AS s;
--> statement-breakpoint
CREATE FUNCTION bump_figure_generation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  preferred smallint;
  picked smallint;
BEGIN
  -- Once per transaction: a local setting, undone with the transaction (or the savepoint) that
  -- made the bump, so a rolled-back part bumps again at its next write.
  IF current_setting('figure_cache.bumped', true) = 'on' THEN
    RETURN NULL;
  END IF;
  preferred := txid_current() % 16;
  -- A shard no other open transaction holds (its lock lasts until commit): writers neither wait
  -- on each other here nor can deadlock through it. All sixteen held: wait for the preferred one.
  SELECT g.shard INTO picked FROM figure_generations g
    ORDER BY (g.shard - preferred + 16) % 16 LIMIT 1 FOR UPDATE SKIP LOCKED;
  UPDATE figure_generations SET n = n + 1 WHERE shard = coalesce(picked, preferred);
  PERFORM set_config('figure_cache.bumped', 'on', true);
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Statement-level: a bulk insert or COPY costs one call, not one per row.
CREATE TRIGGER organizations_figure_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "organizations"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_figure_generation();
--> statement-breakpoint
CREATE TRIGGER reviews_figure_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "reviews"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_figure_generation();
--> statement-breakpoint
CREATE TRIGGER tasks_figure_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "tasks"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_figure_generation();
--> statement-breakpoint
CREATE TRIGGER task_status_periods_figure_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "task_status_periods"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_figure_generation();
--> statement-breakpoint
CREATE TRIGGER task_recommendations_figure_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "task_recommendations"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_figure_generation();
--> statement-breakpoint
CREATE TRIGGER task_supporting_units_figure_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "task_supporting_units"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_figure_generation();
--> statement-breakpoint
CREATE TRIGGER recommendations_figure_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "recommendations"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_figure_generation();
--> statement-breakpoint
CREATE TRIGGER recommendation_addressees_figure_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "recommendation_addressees"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_figure_generation();
--> statement-breakpoint
-- The figures of a past day read a recommendation's answers and deadlines from its events
-- (recommendation-as-of.ts); events are append-only and mostly not a recommendation's: per row,
-- only those (the function is called for them alone, and bumps once).
CREATE TRIGGER events_figure_generation AFTER INSERT ON "events"
  FOR EACH ROW WHEN (NEW.entity_type = 'recommendation') EXECUTE FUNCTION bump_figure_generation();
