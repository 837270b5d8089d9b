-- Wave 2, issue 17's discussion and issue 15's requests for explanation: comments on tasks and
-- recommendations (withdrawn, never deleted), the units they mention, and explanation requests
-- (at most one open per task, held by a partial unique index).
CREATE TYPE "public"."explanation_status" AS ENUM('open', 'answered', 'withdrawn');--> statement-breakpoint
CREATE TABLE "comment_mentions" (
	"comment_id" integer NOT NULL,
	"organization_id" integer NOT NULL,
	CONSTRAINT "comment_mentions_comment_id_organization_id_pk" PRIMARY KEY("comment_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" serial PRIMARY KEY NOT NULL,
	"record_type" text NOT NULL,
	"record_id" integer NOT NULL,
	"author_id" integer NOT NULL,
	"author_org_id" integer NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"edited_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by_id" integer,
	"withdrawal_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "comments_record_type_check" CHECK ("comments"."record_type" IN ('task', 'recommendation')),
	CONSTRAINT "comments_body_check" CHECK (char_length("comments"."body") BETWEEN 1 AND 4000),
	CONSTRAINT "comments_withdrawal_check" CHECK (("comments"."withdrawn_at" IS NULL) = ("comments"."withdrawal_reason" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "explanation_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"task_id" integer NOT NULL,
	"requested_by_id" integer NOT NULL,
	"requested_by_org_id" integer NOT NULL,
	"message" text NOT NULL,
	"reply_due_on" date NOT NULL,
	"status" "explanation_status" DEFAULT 'open' NOT NULL,
	"answer" text,
	"answered_by_id" integer,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "explanation_requests_answer_check" CHECK (("explanation_requests"."status" = 'answered') = ("explanation_requests"."answer" IS NOT NULL AND "explanation_requests"."answered_at" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "comment_mentions" ADD CONSTRAINT "comment_mentions_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_mentions" ADD CONSTRAINT "comment_mentions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_org_id_organizations_id_fk" FOREIGN KEY ("author_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_withdrawn_by_id_users_id_fk" FOREIGN KEY ("withdrawn_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "explanation_requests" ADD CONSTRAINT "explanation_requests_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "explanation_requests" ADD CONSTRAINT "explanation_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "explanation_requests" ADD CONSTRAINT "explanation_requests_requested_by_org_id_organizations_id_fk" FOREIGN KEY ("requested_by_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "explanation_requests" ADD CONSTRAINT "explanation_requests_answered_by_id_users_id_fk" FOREIGN KEY ("answered_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comment_mentions_org_idx" ON "comment_mentions" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "comments_record_idx" ON "comments" USING btree ("record_type","record_id","created_at");--> statement-breakpoint
CREATE INDEX "explanation_requests_task_idx" ON "explanation_requests" USING btree ("task_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "explanation_requests_one_open_key" ON "explanation_requests" USING btree ("task_id") WHERE "explanation_requests"."status" = 'open';