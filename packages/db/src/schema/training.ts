import { sql } from "drizzle-orm";
import { check, date, doublePrecision, integer, pgTable } from "drizzle-orm/pg-core";
import { insertedAt, partOf } from "./columns";
import { users } from "./users";

/**
 * The race or time trial an athlete's pace zones come from (Daniels' VDOT, domain
 * training/vdot.ts): one per athlete, with the day it was run. The zones are computed from it.
 */
export const paceZoneSources = pgTable(
  "pace_zone_sources",
  {
    athleteId: partOf(() => users.id).primaryKey(),
    distanceMetres: doublePrecision().notNull(),
    seconds: integer().notNull(),
    raceDate: date({ mode: "string" }).notNull(),
    updatedAt: insertedAt(),
  },
  (t) => [check("pace_zone_sources_positive", sql`${t.distanceMetres} > 0 and ${t.seconds} > 0`)],
);
