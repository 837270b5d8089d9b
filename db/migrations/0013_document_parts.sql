ALTER TABLE "documents" DROP CONSTRAINT "documents_record_kind_check";--> statement-breakpoint
ALTER TABLE "documents" DROP CONSTRAINT "documents_answer_check";--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_record_kind_check" CHECK (record_kind IN ('task_update', 'completion_report', 'recommendation', 'answer', 'session', 'explanation', 'support_part'));--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_answer_check" CHECK (("documents"."record_kind" IN ('answer', 'support_part')) = ("documents"."addressee_org_id" IS NOT NULL));
