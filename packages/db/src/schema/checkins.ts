import { DECISIONS, EXCUSES, OUTCOMES } from "@stride/domain/checkins";
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id, insertedAt, partOf } from "./columns";
import { goals, visibilityEnum } from "./goals";
import { users } from "./users";

export const outcomeEnum = pgEnum("checkin_outcome", OUTCOMES);
export const excuseEnum = pgEnum("checkin_excuse", EXCUSES);
export const decisionEnum = pgEnum("checkin_decision", DECISIONS);

export const checkins = pgTable(
  "checkins",
  {
    id: id(),
    athleteId: partOf(() => users.id),
    weekStart: date({ mode: "string" }).notNull(),
    weekEnd: date({ mode: "string" }).notNull(),
    wentWell: text().notNull().default(""),
    gotInTheWay: text().notNull().default(""),
    nextFocus: text().notNull().default(""),
    // Reflection parts the athlete keeps between themselves and their coach.
    wentWellCoachOnly: boolean().notNull().default(false),
    gotInTheWayCoachOnly: boolean().notNull().default(false),
    nextFocusCoachOnly: boolean().notNull().default(false),
    mood: integer(),
    energy: integer(),
    /** Whether groups see the mood and energy (the coach always does). */
    shareMood: boolean().notNull().default(true),
    visibility: visibilityEnum().notNull().default("groups"),
    late: boolean().notNull().default(false),
    /** The key of the submission that last wrote this check-in: a retry of it is not a conflict. */
    submissionKey: text().notNull(),
    version: integer().notNull().default(1),
    submittedAt: insertedAt(),
    updatedAt: insertedAt(),
  },
  (t) => [
    // One check-in per athlete per week, however many times the form is sent.
    uniqueIndex("checkins_athlete_week_idx").on(t.athleteId, t.weekStart),
    check("checkins_mood_range", sql`${t.mood} is null or ${t.mood} between 1 and 5`),
    check("checkins_energy_range", sql`${t.energy} is null or ${t.energy} between 1 and 5`),
  ],
);

export const checkinGoals = pgTable(
  "checkin_goals",
  {
    checkinId: partOf(() => checkins.id),
    goalId: partOf(() => goals.id),
    outcome: outcomeEnum().notNull(),
    excuse: excuseEnum(),
    excuseNote: text().notNull().default(""),
    decision: decisionEnum(),
    /** Stored units, like the goal's target. */
    actualValue: doublePrecision(),
    targetValue: doublePrecision(),
    /** Next week's goal made by carrying this one, or the block's own goal it merged with. */
    carriedGoalId: uuid().references(() => goals.id, { onDelete: "set null" }),
    /** When the carry merged with next week's goal: that goal's target before (stored units), to
     * put back if the carry is withdrawn. Null when the carry made the goal. */
    carriedTargetBefore: doublePrecision(),
  },
  (t) => [
    primaryKey({ columns: [t.checkinId, t.goalId] }),
    index("checkin_goals_goal_idx").on(t.goalId),
    index("checkin_goals_carried_idx").on(t.carriedGoalId),
  ],
);

export const checkinRevisions = pgTable(
  "checkin_revisions",
  {
    id: id(),
    checkinId: partOf(() => checkins.id),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    changes: jsonb().$type<Record<string, { from: unknown; to: unknown }>>().notNull().default({}),
    createdAt: insertedAt(),
  },
  (t) => [index("checkin_revisions_checkin_idx").on(t.checkinId, t.createdAt)],
);
