CREATE TYPE "public"."addressee_status" AS ENUM('submitted', 'under_review', 'accepted', 'partially_accepted', 'declined', 'implemented');--> statement-breakpoint
CREATE TYPE "public"."org_kind" AS ENUM('national', 'central_group', 'steering_committee', 'central_body', 'province', 'district', 'commune', 'agency');--> statement-breakpoint
CREATE TYPE "public"."recommendation_category" AS ENUM('new_resolution', 'rule_revision', 'policy', 'guidance', 'other');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('official', 'coordinator', 'leader', 'admin');--> statement-breakpoint
CREATE TYPE "public"."sector" AS ENUM('party', 'state', 'front', 'other');--> statement-breakpoint
CREATE TYPE "public"."task_status" AS ENUM('not_started', 'in_progress', 'awaiting_confirmation', 'completed', 'cancelled');--> statement-breakpoint
CREATE TABLE "code_counters" (
	"prefix" text NOT NULL,
	"year" integer NOT NULL,
	"value" integer NOT NULL,
	CONSTRAINT "code_counters_prefix_year_pk" PRIMARY KEY("prefix","year")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"organization_id" integer,
	"entity_type" text NOT NULL,
	"entity_id" integer,
	"entity_code" text,
	"action" text NOT NULL,
	"from_value" text,
	"to_value" text,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "login_throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"parent_id" integer,
	"path" text NOT NULL,
	"province_id" integer,
	"kind" "org_kind" NOT NULL,
	"sector" "sector" NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text,
	"short_name_vi" text,
	"admin_code" text,
	"valid_from" date,
	"valid_to" date,
	"successor_id" integer,
	"search_text" text GENERATED ALWAYS AS (lower(translate(coalesce(code, '') || ' ' || coalesce(name_vi, '') || ' ' || coalesce(short_name_vi, ''), 'àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬèéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆìíỉĩịÌÍỈĨỊòóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰỳýỷỹỵỲÝỶỸỴđĐ', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyydd'))) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_validity_check" CHECK ("organizations"."valid_to" IS NULL OR "organizations"."valid_from" IS NULL OR "organizations"."valid_to" >= "organizations"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "recommendation_addressees" (
	"recommendation_id" integer NOT NULL,
	"organization_id" integer NOT NULL,
	"status" "addressee_status" DEFAULT 'submitted' NOT NULL,
	"response_text" text,
	"responded_by_id" integer,
	"responded_on" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recommendation_addressees_recommendation_id_organization_id_pk" PRIMARY KEY("recommendation_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "recommendations" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"review_id" integer NOT NULL,
	"session_id" integer,
	"source_org_id" integer NOT NULL,
	"category" "recommendation_category" NOT NULL,
	"text" text NOT NULL,
	"summary_en" text,
	"submitted_on" date,
	"response_due_on" date,
	"duplicate_of_id" integer,
	"search_text" text GENERATED ALWAYS AS (lower(translate(coalesce(code, '') || ' ' || coalesce(text, ''), 'àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬèéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆìíỉĩịÌÍỈĨỊòóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰỳýỷỹỵỲÝỶỸỴđĐ', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyydd'))) STORED,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" integer,
	"updated_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recommendations_due_check" CHECK ("recommendations"."response_due_on" IS NULL OR "recommendations"."submitted_on" IS NULL OR "recommendations"."response_due_on" >= "recommendations"."submitted_on"),
	CONSTRAINT "recommendations_not_self_duplicate" CHECK ("recommendations"."duplicate_of_id" IS NULL OR "recommendations"."duplicate_of_id" <> "recommendations"."id")
);
--> statement-breakpoint
CREATE TABLE "resolutions" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text,
	"issuer_vi" text,
	"issued_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"resolution_id" integer NOT NULL,
	"coordinator_org_id" integer NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text,
	"starts_on" date,
	"ends_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"review_id" integer NOT NULL,
	"organization_id" integer NOT NULL,
	"held_on" date,
	"title_vi" text NOT NULL,
	"title_en" text,
	"delegation" text,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_recommendations" (
	"task_id" integer NOT NULL,
	"recommendation_id" integer NOT NULL,
	CONSTRAINT "task_recommendations_task_id_recommendation_id_pk" PRIMARY KEY("task_id","recommendation_id")
);
--> statement-breakpoint
CREATE TABLE "task_status_periods" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"task_id" integer NOT NULL,
	"assignee_org_id" integer NOT NULL,
	"status" "task_status" NOT NULL,
	"due_on" date NOT NULL,
	"completed_on" date,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone,
	CONSTRAINT "task_status_periods_range_check" CHECK ("task_status_periods"."valid_to" IS NULL OR "task_status_periods"."valid_to" >= "task_status_periods"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"review_id" integer NOT NULL,
	"session_id" integer,
	"assignee_org_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"due_on" date NOT NULL,
	"original_due_on" date NOT NULL,
	"status" "task_status" DEFAULT 'not_started' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"completed_on" date,
	"completion_doc_ref" text,
	"last_note" text,
	"search_text" text GENERATED ALWAYS AS (lower(translate(coalesce(code, '') || ' ' || coalesce(title, ''), 'àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬèéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆìíỉĩịÌÍỈĨỊòóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰỳýỷỹỵỲÝỶỸỴđĐ', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyydd'))) STORED,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" integer,
	"updated_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_progress_check" CHECK ("tasks"."progress" BETWEEN 0 AND 100),
	CONSTRAINT "tasks_completed_on_check" CHECK (("tasks"."status" IN ('completed', 'awaiting_confirmation')) = ("tasks"."completed_on" IS NOT NULL)),
	CONSTRAINT "tasks_version_check" CHECK ("tasks"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"login" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "role" NOT NULL,
	"organization_id" integer NOT NULL,
	"scope_id" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"failed_login_count" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"totp_secret" text,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_parent_id_organizations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_province_id_organizations_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_successor_id_organizations_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_addressees" ADD CONSTRAINT "recommendation_addressees_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_addressees" ADD CONSTRAINT "recommendation_addressees_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_addressees" ADD CONSTRAINT "recommendation_addressees_responded_by_id_users_id_fk" FOREIGN KEY ("responded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_session_id_survey_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."survey_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_source_org_id_organizations_id_fk" FOREIGN KEY ("source_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_duplicate_of_id_recommendations_id_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "public"."recommendations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_resolution_id_resolutions_id_fk" FOREIGN KEY ("resolution_id") REFERENCES "public"."resolutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_coordinator_org_id_organizations_id_fk" FOREIGN KEY ("coordinator_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_sessions" ADD CONSTRAINT "survey_sessions_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_sessions" ADD CONSTRAINT "survey_sessions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_sessions" ADD CONSTRAINT "survey_sessions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_recommendations" ADD CONSTRAINT "task_recommendations_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_recommendations" ADD CONSTRAINT "task_recommendations_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_status_periods" ADD CONSTRAINT "task_status_periods_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_status_periods" ADD CONSTRAINT "task_status_periods_assignee_org_id_organizations_id_fk" FOREIGN KEY ("assignee_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_session_id_survey_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."survey_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_org_id_organizations_id_fk" FOREIGN KEY ("assignee_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_scope_id_organizations_id_fk" FOREIGN KEY ("scope_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "events_entity_idx" ON "events" USING btree ("entity_type","entity_id","at");--> statement-breakpoint
CREATE INDEX "events_at_idx" ON "events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "events_actor_idx" ON "events" USING btree ("actor_id","at");--> statement-breakpoint
CREATE INDEX "events_org_idx" ON "events" USING btree ("organization_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_code_key" ON "organizations" USING btree ("code");--> statement-breakpoint
CREATE INDEX "organizations_path_idx" ON "organizations" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "organizations_parent_idx" ON "organizations" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "organizations_province_idx" ON "organizations" USING btree ("province_id");--> statement-breakpoint
CREATE INDEX "recommendation_addressees_org_idx" ON "recommendation_addressees" USING btree ("organization_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "recommendations_code_key" ON "recommendations" USING btree ("code");--> statement-breakpoint
CREATE INDEX "recommendations_source_idx" ON "recommendations" USING btree ("source_org_id");--> statement-breakpoint
CREATE INDEX "recommendations_review_idx" ON "recommendations" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "recommendations_duplicate_idx" ON "recommendations" USING btree ("duplicate_of_id");--> statement-breakpoint
CREATE INDEX "recommendations_search_idx" ON "recommendations" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "resolutions_code_key" ON "resolutions" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_code_key" ON "reviews" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_sessions_code_key" ON "survey_sessions" USING btree ("code");--> statement-breakpoint
CREATE INDEX "survey_sessions_org_idx" ON "survey_sessions" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "task_recommendations_rec_idx" ON "task_recommendations" USING btree ("recommendation_id");--> statement-breakpoint
CREATE INDEX "task_status_periods_task_idx" ON "task_status_periods" USING btree ("task_id","valid_from");--> statement-breakpoint
CREATE INDEX "task_status_periods_range_idx" ON "task_status_periods" USING btree ("valid_from","valid_to");--> statement-breakpoint
CREATE UNIQUE INDEX "task_status_periods_open_key" ON "task_status_periods" USING btree ("task_id") WHERE "task_status_periods"."valid_to" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_code_key" ON "tasks" USING btree ("code");--> statement-breakpoint
CREATE INDEX "tasks_assignee_idx" ON "tasks" USING btree ("assignee_org_id","status","due_on");--> statement-breakpoint
CREATE INDEX "tasks_review_idx" ON "tasks" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "tasks_session_idx" ON "tasks" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "tasks_due_idx" ON "tasks" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "tasks_search_idx" ON "tasks" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "users_login_key" ON "users" USING btree (lower("login"));--> statement-breakpoint
CREATE INDEX "users_organization_idx" ON "users" USING btree ("organization_id");