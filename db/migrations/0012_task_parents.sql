ALTER TABLE "tasks" ADD COLUMN "parent_id" integer;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_parent_id_tasks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tasks_parent_idx" ON "tasks" USING btree ("parent_id");--> statement-breakpoint
CREATE FUNCTION tasks_parent_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  up integer := NEW.parent_id;
  depth integer := 1;
BEGIN
  -- The data layer refuses these with a message; this keeps any other writer honest.
  WHILE up IS NOT NULL LOOP
    IF up = NEW.id THEN
      RAISE EXCEPTION 'task % would be its own ancestor', NEW.code USING ERRCODE = 'check_violation';
    END IF;
    depth := depth + 1;
    IF depth > 4 THEN
      RAISE EXCEPTION 'task % would be deeper than 4 levels', NEW.code USING ERRCODE = 'check_violation';
    END IF;
    SELECT t.parent_id INTO up FROM tasks t WHERE t.id = up;
  END LOOP;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER tasks_parent_check BEFORE INSERT OR UPDATE OF parent_id ON tasks
  FOR EACH ROW WHEN (NEW.parent_id IS NOT NULL) EXECUTE FUNCTION tasks_parent_guard();
