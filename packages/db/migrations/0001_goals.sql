CREATE TYPE "public"."activity_type" AS ENUM('run', 'walk', 'strength', 'cross_training', 'other');--> statement-breakpoint
CREATE TYPE "public"."goal_category" AS ENUM('running', 'strength', 'cross_training', 'nutrition', 'recovery', 'mindset', 'other');--> statement-breakpoint
CREATE TYPE "public"."goal_level" AS ENUM('macro', 'meso', 'micro');--> statement-breakpoint
CREATE TYPE "public"."goal_status" AS ENUM('active', 'achieved', 'missed', 'abandoned');--> statement-breakpoint
CREATE TYPE "public"."goal_revision_kind" AS ENUM('created', 'updated', 'status', 'archived', 'restored');--> statement-breakpoint
CREATE TYPE "public"."target_kind" AS ENUM('total', 'sessions', 'habit_days', 'milestone', 'best_performance', 'checklist');--> statement-breakpoint
CREATE TYPE "public"."target_per" AS ENUM('period', 'week', 'day');--> statement-breakpoint
CREATE TYPE "public"."visibility" AS ENUM('private', 'coach', 'groups');--> statement-breakpoint
CREATE TABLE "checklist_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"label" text NOT NULL,
	"done_on" date,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goal_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"actor_id" uuid,
	"kind" "goal_revision_kind" NOT NULL,
	"reason" text,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"athlete_id" uuid NOT NULL,
	"level" "goal_level" NOT NULL,
	"parent_id" uuid,
	"title" text NOT NULL,
	"why" text DEFAULT '' NOT NULL,
	"strategy" text DEFAULT '' NOT NULL,
	"category" "goal_category" NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"status" "goal_status" DEFAULT 'active' NOT NULL,
	"visibility" "visibility" DEFAULT 'groups' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"target_kind" "target_kind",
	"target_unit" text,
	"target_value" double precision,
	"target_baseline" double precision,
	"target_per" "target_per",
	"target_activity_types" "activity_type"[] DEFAULT '{}' NOT NULL,
	"target_label" text,
	"target_event_distance_metres" double precision,
	"copied_from_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goals_period_order" CHECK ("goals"."period_end" >= "goals"."period_start"),
	CONSTRAINT "goals_target_complete" CHECK (("goals"."target_kind" is null) = ("goals"."target_unit" is null))
);
--> statement-breakpoint
CREATE TABLE "planned_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"day" date NOT NULL,
	"time" text,
	"activity_type" "activity_type" NOT NULL,
	"amount" double precision,
	"note" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "checklist_items" ADD CONSTRAINT "checklist_items_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_revisions" ADD CONSTRAINT "goal_revisions_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_revisions" ADD CONSTRAINT "goal_revisions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_parent_id_goals_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_copied_from_id_goals_id_fk" FOREIGN KEY ("copied_from_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_sessions" ADD CONSTRAINT "planned_sessions_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checklist_items_goal_idx" ON "checklist_items" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "goal_revisions_goal_idx" ON "goal_revisions" USING btree ("goal_id","created_at");--> statement-breakpoint
CREATE INDEX "goals_athlete_period_idx" ON "goals" USING btree ("athlete_id","period_start","period_end");--> statement-breakpoint
CREATE INDEX "goals_parent_idx" ON "goals" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "goals_copied_from_idx" ON "goals" USING btree ("copied_from_id");--> statement-breakpoint
CREATE INDEX "planned_sessions_goal_idx" ON "planned_sessions" USING btree ("goal_id","day");