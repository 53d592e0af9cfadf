ALTER TYPE "public"."goal_status" ADD VALUE 'partial' BEFORE 'missed';--> statement-breakpoint
CREATE TABLE "activity_week_totals" (
	"athlete_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"type" "activity_type" NOT NULL,
	"count" integer NOT NULL,
	"distance" double precision NOT NULL,
	"duration" double precision NOT NULL,
	"elevation" double precision NOT NULL,
	CONSTRAINT "activity_week_totals_athlete_id_week_start_type_pk" PRIMARY KEY("athlete_id","week_start","type")
);
--> statement-breakpoint
CREATE TABLE "goal_progress" (
	"goal_id" uuid PRIMARY KEY NOT NULL,
	"athlete_id" uuid NOT NULL,
	"tally" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "triage_snapshots" (
	"athlete_id" uuid NOT NULL,
	"distance_unit" text NOT NULL,
	"as_of" date NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "triage_snapshots_athlete_id_distance_unit_pk" PRIMARY KEY("athlete_id","distance_unit")
);
--> statement-breakpoint
ALTER TABLE "profiles" ADD COLUMN "read_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "activity_week_totals" ADD CONSTRAINT "activity_week_totals_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_progress" ADD CONSTRAINT "goal_progress_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_progress" ADD CONSTRAINT "goal_progress_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_snapshots" ADD CONSTRAINT "triage_snapshots_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "goal_progress_athlete_idx" ON "goal_progress" USING btree ("athlete_id");