import type { ActivityStream } from "@stride/domain/imports";
import { sql } from "drizzle-orm";
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id, insertedAt, instant, partOf } from "./columns";
import { activityTypeEnum, goals, plannedSessions } from "./goals";
import { users } from "./users";

export const activitySourceEnum = pgEnum("activity_source", [
  "manual",
  "plan",
  "gpx",
  "tcx",
  "fit",
  "strava_csv",
  "stride_csv",
]);

export const activities = pgTable(
  "activities",
  {
    id: id(),
    athleteId: partOf(() => users.id),
    /** The calendar day in the athlete's time zone. */
    date: date({ mode: "string" }).notNull(),
    /** Local "HH:MM", when known. */
    startTime: text(),
    /** The instant it started, when known; with the type it identifies a recorded activity. */
    startedAt: instant(),
    type: activityTypeEnum().notNull(),
    name: text(),
    distanceMetres: doublePrecision(),
    durationSeconds: integer(),
    elapsedSeconds: integer(),
    elevationGainMetres: doublePrecision(),
    effort: integer(),
    notes: text().notNull().default(""),
    source: activitySourceEnum().notNull().default("manual"),
    /** Set when logged from a planned session ("what I planned, done"). */
    plannedSessionId: uuid().references(() => plannedSessions.id, { onDelete: "set null" }),
    /** The idempotency key of the form that logged it (made with an offline draft): sent again, it
     * logs nothing more. */
    clientKey: uuid(),
    /** Deleted activities stay for a while so a delete can be undone. */
    deletedAt: instant(),
    createdAt: insertedAt(),
    updatedAt: insertedAt(),
  },
  (t) => [
    index("activities_athlete_date_idx").on(t.athleteId, t.date),
    // The same start and type is the same activity: importing a file twice adds nothing.
    uniqueIndex("activities_athlete_start_type_idx")
      .on(t.athleteId, t.startedAt, t.type)
      .where(sql`${t.startedAt} is not null and ${t.deletedAt} is null`),
    // One logged activity per planned session, so a double tap logs it once.
    uniqueIndex("activities_planned_session_idx")
      .on(t.plannedSessionId)
      .where(sql`${t.plannedSessionId} is not null and ${t.deletedAt} is null`),
    // One activity per athlete and form key: a draft resent after a lost answer logs it once.
    uniqueIndex("activities_athlete_client_key_idx")
      .on(t.athleteId, t.clientKey)
      .where(sql`${t.clientKey} is not null`),
    check("activities_effort_range", sql`${t.effort} is null or ${t.effort} between 1 and 10`),
    check(
      "activities_non_negative",
      sql`coalesce(${t.distanceMetres}, 0) >= 0 and coalesce(${t.durationSeconds}, 0) >= 0`,
    ),
  ],
);

/** A count on a day for a goal measured by a habit ("2 veggie servings", "meal prep done"). */
export const habitEntries = pgTable(
  "habit_entries",
  {
    id: id(),
    goalId: partOf(() => goals.id),
    date: date({ mode: "string" }).notNull(),
    count: doublePrecision().notNull(),
    updatedAt: insertedAt(),
  },
  (t) => [
    uniqueIndex("habit_entries_goal_date_idx").on(t.goalId, t.date),
    check("habit_entries_count", sql`${t.count} >= 0`),
  ],
);

/** A private calendar subscription. Only a hash of the token is kept; revoking deletes the row. */
export const calendarFeeds = pgTable("calendar_feeds", {
  athleteId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text().notNull().unique(),
  createdAt: insertedAt(),
});

/**
 * What an imported recording keeps for the activity's page: at most 500 samples as columns of
 * whole numbers (`ActivityStream`, domain imports/stream.ts), about 20 kB. Kept apart from
 * `activities` so that lists and totals never read it.
 */
export const activityStreams = pgTable("activity_streams", {
  activityId: partOf(() => activities.id).primaryKey(),
  stream: jsonb().$type<ActivityStream>().notNull(),
});
