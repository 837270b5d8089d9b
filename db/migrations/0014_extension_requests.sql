-- Issue 15: requests to extend a task's deadline (asked by the assignee's officials, granted or
-- refused by a coordinator in scope); at most one pending per task, held by a partial unique index.
CREATE TYPE "public"."extension_request_status" AS ENUM('pending', 'granted', 'refused', 'withdrawn');--> statement-breakpoint
CREATE TABLE "extension_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"task_id" integer NOT NULL,
	"requested_by_id" integer NOT NULL,
	"from_due_on" date NOT NULL,
	"requested_due_on" date NOT NULL,
	"reason" text NOT NULL,
	"status" "extension_request_status" DEFAULT 'pending' NOT NULL,
	"decided_by_id" integer,
	"decided_at" timestamp with time zone,
	"refusal_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "extension_requests_later_check" CHECK ("extension_requests"."requested_due_on" > "extension_requests"."from_due_on"),
	CONSTRAINT "extension_requests_refusal_check" CHECK (("extension_requests"."status" = 'refused') = ("extension_requests"."refusal_reason" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "extension_requests_task_idx" ON "extension_requests" USING btree ("task_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "extension_requests_one_pending_key" ON "extension_requests" USING btree ("task_id") WHERE "extension_requests"."status" = 'pending';
