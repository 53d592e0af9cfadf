import {
  ACTIVITY_TYPES,
  GOAL_CATEGORIES,
  GOAL_STATUSES,
  TARGET_KINDS,
  TARGET_PERS,
  VISIBILITIES,
} from "@stride/domain/goals";
import { GOAL_LEVELS } from "@stride/domain/periods";
import type { Workout } from "@stride/domain/training";
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { id, insertedAt, instant, partOf } from "./columns";
import { users } from "./users";

export const goalLevelEnum = pgEnum("goal_level", GOAL_LEVELS);
export const goalStatusEnum = pgEnum("goal_status", GOAL_STATUSES);
export const goalCategoryEnum = pgEnum("goal_category", GOAL_CATEGORIES);
export const visibilityEnum = pgEnum("visibility", VISIBILITIES);
export const targetKindEnum = pgEnum("target_kind", TARGET_KINDS);
export const targetPerEnum = pgEnum("target_per", TARGET_PERS);
export const activityTypeEnum = pgEnum("activity_type", ACTIVITY_TYPES);
export const revisionKindEnum = pgEnum("goal_revision_kind", [
  "created",
  "updated",
  "status",
  "archived",
  "restored",
]);

export const goals = pgTable(
  "goals",
  {
    id: id(),
    athleteId: partOf(() => users.id),
    level: goalLevelEnum().notNull(),
    // No action (checked at the end of the statement): a goal with children cannot be deleted on
    // its own, yet deleting an account removes its whole tree in one statement.
    parentId: uuid().references((): AnyPgColumn => goals.id, { onDelete: "no action" }),
    title: text().notNull(),
    why: text().notNull().default(""),
    strategy: text().notNull().default(""),
    category: goalCategoryEnum().notNull(),
    periodStart: date({ mode: "string" }).notNull(),
    periodEnd: date({ mode: "string" }).notNull(),
    status: goalStatusEnum().notNull().default("active"),
    visibility: visibilityEnum().notNull().default("groups"),
    position: integer().notNull().default(0),
    // Optimistic concurrency: every update must name the version it started from.
    version: integer().notNull().default(1),
    archivedAt: instant(),
    // The measurable target, stored in metres / seconds / counts (null: no target yet).
    targetKind: targetKindEnum(),
    targetUnit: text(),
    targetValue: doublePrecision(),
    targetBaseline: doublePrecision(),
    targetPer: targetPerEnum(),
    targetActivityTypes: activityTypeEnum().array().notNull().default(sql`'{}'`),
    targetLabel: text(),
    targetEventDistanceMetres: doublePrecision(),
    /** The goal this one was copied or carried from (last week's micro goal). */
    copiedFromId: uuid().references((): AnyPgColumn => goals.id, { onDelete: "set null" }),
    createdAt: insertedAt(),
    updatedAt: insertedAt(),
  },
  (t) => [
    index("goals_athlete_period_idx").on(t.athleteId, t.periodStart, t.periodEnd),
    index("goals_parent_idx").on(t.parentId),
    index("goals_copied_from_idx").on(t.copiedFromId),
    check("goals_period_order", sql`${t.periodEnd} >= ${t.periodStart}`),
    check("goals_target_complete", sql`(${t.targetKind} is null) = (${t.targetUnit} is null)`),
  ],
);

export const plannedSessions = pgTable(
  "planned_sessions",
  {
    id: id(),
    goalId: partOf(() => goals.id),
    day: date({ mode: "string" }).notNull(),
    time: text(),
    activityType: activityTypeEnum().notNull(),
    /** In the goal's stored target unit (metres, seconds), when it has one. */
    amount: doublePrecision(),
    note: text().notNull().default(""),
    /** Its steps (`workoutSchema`, packages/domain/src/training/workout.ts), parsed on read. */
    workout: jsonb().$type<Workout>(),
    position: integer().notNull().default(0),
  },
  (t) => [index("planned_sessions_goal_idx").on(t.goalId, t.day)],
);

export const checklistItems = pgTable(
  "checklist_items",
  {
    id: id(),
    goalId: partOf(() => goals.id),
    label: text().notNull(),
    doneOn: date({ mode: "string" }),
    position: integer().notNull().default(0),
  },
  (t) => [index("checklist_items_goal_idx").on(t.goalId)],
);

export const goalRevisions = pgTable(
  "goal_revisions",
  {
    id: id(),
    goalId: partOf(() => goals.id),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** The coach whose proposal this change was, when the athlete accepted one. */
    proposedById: uuid().references(() => users.id, { onDelete: "set null" }),
    kind: revisionKindEnum().notNull(),
    reason: text(),
    /** Field → { from, to } in stored units. */
    changes: jsonb().$type<Record<string, { from: unknown; to: unknown }>>().notNull().default({}),
    createdAt: insertedAt(),
  },
  (t) => [
    index("goal_revisions_goal_idx").on(t.goalId, t.createdAt),
    index("goal_revisions_actor_idx").on(t.actorId),
    index("goal_revisions_proposed_by_idx").on(t.proposedById),
  ],
);
