CREATE TYPE "public"."activity_source" AS ENUM('manual', 'plan', 'gpx', 'tcx', 'fit', 'strava_csv', 'stride_csv');--> statement-breakpoint
CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"athlete_id" uuid NOT NULL,
	"date" date NOT NULL,
	"start_time" text,
	"started_at" timestamp with time zone,
	"type" "activity_type" NOT NULL,
	"name" text,
	"distance_metres" double precision,
	"duration_seconds" integer,
	"elapsed_seconds" integer,
	"elevation_gain_metres" double precision,
	"effort" integer,
	"notes" text DEFAULT '' NOT NULL,
	"source" "activity_source" DEFAULT 'manual' NOT NULL,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_effort_range" CHECK ("activities"."effort" is null or "activities"."effort" between 1 and 10),
	CONSTRAINT "activities_non_negative" CHECK (coalesce("activities"."distance_metres", 0) >= 0 and coalesce("activities"."duration_seconds", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"athlete_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feeds_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "habit_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"date" date NOT NULL,
	"count" double precision NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "habit_entries_count" CHECK ("habit_entries"."count" >= 0)
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "habit_entries" ADD CONSTRAINT "habit_entries_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_athlete_date_idx" ON "activities" USING btree ("athlete_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "activities_athlete_start_type_idx" ON "activities" USING btree ("athlete_id","started_at","type") WHERE "activities"."started_at" is not null and "activities"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "habit_entries_goal_date_idx" ON "habit_entries" USING btree ("goal_id","date");