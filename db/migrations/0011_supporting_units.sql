-- Supporting units (đơn vị phối hợp) of a task, each with its own part (status, note); the lead
-- unit stays tasks.assignee_org_id. A supporting unit's users read the task; figures still count
-- it by its lead unit only.
CREATE TYPE "public"."support_part_status" AS ENUM('not_started', 'in_progress', 'done');--> statement-breakpoint
CREATE TABLE "task_supporting_units" (
	"task_id" integer NOT NULL,
	"organization_id" integer NOT NULL,
	"status" "support_part_status" DEFAULT 'not_started' NOT NULL,
	"note" text,
	"updated_by_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "task_supporting_units_task_id_organization_id_pk" PRIMARY KEY("task_id","organization_id"),
	CONSTRAINT "task_supporting_units_version_check" CHECK ("task_supporting_units"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "task_supporting_units" ADD CONSTRAINT "task_supporting_units_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_supporting_units" ADD CONSTRAINT "task_supporting_units_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_supporting_units" ADD CONSTRAINT "task_supporting_units_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "task_supporting_units_org_idx" ON "task_supporting_units" USING btree ("organization_id","status");
