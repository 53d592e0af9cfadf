CREATE TYPE "public"."checkin_decision" AS ENUM('carry', 'carry_smaller', 'let_go');--> statement-breakpoint
CREATE TYPE "public"."checkin_excuse" AS ENUM('sick', 'injured', 'travel', 'life');--> statement-breakpoint
CREATE TYPE "public"."checkin_outcome" AS ENUM('hit', 'partial', 'missed', 'excused');--> statement-breakpoint
CREATE TYPE "public"."checkin_visibility" AS ENUM('private', 'coach', 'groups');--> statement-breakpoint
CREATE TABLE "checkin_goals" (
	"checkin_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"outcome" "checkin_outcome" NOT NULL,
	"excuse" "checkin_excuse",
	"excuse_note" text DEFAULT '' NOT NULL,
	"decision" "checkin_decision",
	"actual_value" double precision,
	"target_value" double precision,
	"carried_goal_id" uuid,
	CONSTRAINT "checkin_goals_checkin_id_goal_id_pk" PRIMARY KEY("checkin_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "checkin_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"checkin_id" uuid NOT NULL,
	"actor_id" uuid,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checkins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"athlete_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"week_end" date NOT NULL,
	"went_well" text DEFAULT '' NOT NULL,
	"got_in_the_way" text DEFAULT '' NOT NULL,
	"next_focus" text DEFAULT '' NOT NULL,
	"went_well_coach_only" boolean DEFAULT false NOT NULL,
	"got_in_the_way_coach_only" boolean DEFAULT false NOT NULL,
	"next_focus_coach_only" boolean DEFAULT false NOT NULL,
	"mood" integer,
	"energy" integer,
	"visibility" "visibility" DEFAULT 'groups' NOT NULL,
	"late" boolean DEFAULT false NOT NULL,
	"submission_key" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkins_mood_range" CHECK ("checkins"."mood" is null or "checkins"."mood" between 1 and 5),
	CONSTRAINT "checkins_energy_range" CHECK ("checkins"."energy" is null or "checkins"."energy" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "profiles" ADD COLUMN "checkin_visibility" "checkin_visibility" DEFAULT 'groups' NOT NULL;--> statement-breakpoint
ALTER TABLE "checkin_goals" ADD CONSTRAINT "checkin_goals_checkin_id_checkins_id_fk" FOREIGN KEY ("checkin_id") REFERENCES "public"."checkins"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_goals" ADD CONSTRAINT "checkin_goals_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_goals" ADD CONSTRAINT "checkin_goals_carried_goal_id_goals_id_fk" FOREIGN KEY ("carried_goal_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_revisions" ADD CONSTRAINT "checkin_revisions_checkin_id_checkins_id_fk" FOREIGN KEY ("checkin_id") REFERENCES "public"."checkins"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_revisions" ADD CONSTRAINT "checkin_revisions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkins" ADD CONSTRAINT "checkins_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checkin_goals_goal_idx" ON "checkin_goals" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "checkin_revisions_checkin_idx" ON "checkin_revisions" USING btree ("checkin_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "checkins_athlete_week_idx" ON "checkins" USING btree ("athlete_id","week_start");