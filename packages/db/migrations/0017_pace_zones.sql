CREATE TABLE "pace_zone_sources" (
	"athlete_id" uuid PRIMARY KEY NOT NULL,
	"distance_metres" double precision NOT NULL,
	"seconds" integer NOT NULL,
	"race_date" date NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pace_zone_sources_positive" CHECK ("pace_zone_sources"."distance_metres" > 0 and "pace_zone_sources"."seconds" > 0)
);
--> statement-breakpoint
ALTER TABLE "pace_zone_sources" ADD CONSTRAINT "pace_zone_sources_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;