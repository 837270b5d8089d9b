-- Attempts refused while a key is locked are counted on its row instead of each writing an
-- event: `refused` counts the refusals of the current lock; the next attempt taken after the
-- lock moves that count into `refused_reported` (and writes it in one event), so that the
-- count is read and reset by one atomic statement.
ALTER TABLE "login_throttles" ADD COLUMN "refused" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "login_throttles" ADD COLUMN "refused_reported" integer DEFAULT 0 NOT NULL;