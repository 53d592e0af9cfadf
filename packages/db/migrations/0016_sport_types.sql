ALTER TYPE "public"."activity_type" ADD VALUE 'ride' BEFORE 'strength';--> statement-breakpoint
ALTER TYPE "public"."activity_type" ADD VALUE 'swim' BEFORE 'strength';