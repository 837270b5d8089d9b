CREATE TABLE "document_blob_chunks" (
	"sha256" text NOT NULL,
	"n" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "document_blob_chunks_sha256_n_pk" PRIMARY KEY("sha256","n")
);
--> statement-breakpoint
CREATE TABLE "document_blobs" (
	"sha256" text PRIMARY KEY NOT NULL,
	"size" bigint NOT NULL,
	"chunks" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_blobs_sha256_check" CHECK ("document_blobs"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_kind" text NOT NULL,
	"record_id" integer NOT NULL,
	"addressee_org_id" integer,
	"number_symbol" text,
	"issued_on" date,
	"issuer" text,
	"title" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by_id" integer NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_id" integer,
	"updated_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by_id" integer,
	"withdrawn_reason" text,
	"replaces_id" uuid,
	CONSTRAINT "documents_record_kind_check" CHECK (record_kind IN ('task_update', 'completion_report', 'recommendation', 'answer', 'session', 'explanation')),
	CONSTRAINT "documents_sha256_check" CHECK ("documents"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "documents_size_check" CHECK ("documents"."size" > 0),
	CONSTRAINT "documents_answer_check" CHECK (("documents"."record_kind" = 'answer') = ("documents"."addressee_org_id" IS NOT NULL)),
	CONSTRAINT "documents_withdrawn_check" CHECK (("documents"."withdrawn_at" IS NULL) = ("documents"."withdrawn_by_id" IS NULL) AND ("documents"."withdrawn_at" IS NULL) = ("documents"."withdrawn_reason" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "document_blob_chunks" ADD CONSTRAINT "document_blob_chunks_sha256_document_blobs_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."document_blobs"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_addressee_org_id_organizations_id_fk" FOREIGN KEY ("addressee_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_withdrawn_by_id_users_id_fk" FOREIGN KEY ("withdrawn_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_replaces_id_documents_id_fk" FOREIGN KEY ("replaces_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "documents_record_idx" ON "documents" USING btree ("record_kind","record_id");--> statement-breakpoint
CREATE INDEX "documents_sha256_idx" ON "documents" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "documents_replaces_idx" ON "documents" USING btree ("replaces_id");
