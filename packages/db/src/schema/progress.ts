import type { GoalTally } from "@stride/domain/progress";
import { sql } from "drizzle-orm";
import {
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { insertedAt, instant, partOf } from "./columns";
import { activityTypeEnum, goals } from "./goals";
import { users } from "./users";

/**
 * Read models (docs/progress.md): what the hot screens read instead of recomputing from raw rows.
 * None of them is a source of truth: `pnpm db:rebuild-progress` rebuilds them all from the rows.
 */

/** Each goal's tally, rewritten in the transaction of every write that changes it. */
export const goalProgress = pgTable(
  "goal_progress",
  {
    goalId: uuid()
      .primaryKey()
      .references(() => goals.id, { onDelete: "cascade" }),
    athleteId: partOf(() => users.id),
    tally: jsonb().$type<GoalTally>().notNull(),
    updatedAt: insertedAt(),
  },
  (t) => [index("goal_progress_athlete_idx").on(t.athleteId)],
);

/**
 * Activities added up per athlete, week (by the athlete's week start) and type. Kept by triggers
 * on `activities` and `profiles` (migration 0013), so every writer keeps it, raw SQL included.
 */
export const activityWeekTotals = pgTable(
  "activity_week_totals",
  {
    athleteId: partOf(() => users.id),
    weekStart: date({ mode: "string" }).notNull(),
    type: activityTypeEnum().notNull(),
    count: integer().notNull(),
    distance: doublePrecision().notNull(),
    duration: doublePrecision().notNull(),
    elevation: doublePrecision().notNull(),
  },
  (t) => [primaryKey({ columns: [t.athleteId, t.weekStart, t.type] })],
);

/**
 * One athlete's row of the coach's triage as of a day, in one distance unit. Rebuilt at read time
 * when missing, made on an earlier day, or made before the athlete's latest write (its version).
 */
export const triageSnapshots = pgTable(
  "triage_snapshots",
  {
    athleteId: partOf(() => users.id),
    distanceUnit: text().notNull(),
    asOf: date({ mode: "string" }).notNull(),
    /** The athlete's `profiles.read_version` when it was made. */
    version: integer().notNull(),
    snapshot: jsonb().notNull(),
    computedAt: instant().notNull().default(sql`now()`),
  },
  (t) => [primaryKey({ columns: [t.athleteId, t.distanceUnit] })],
);
