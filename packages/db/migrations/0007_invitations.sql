ALTER TYPE "public"."notification_kind" ADD VALUE 'invitation';--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "link" text;