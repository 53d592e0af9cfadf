import { z } from "zod";
import { GOAL_LEVELS } from "../periods/rules";
import { calendarDateSchema } from "../periods/schemas";
import { oneLineText } from "../text/one-line";
import { isSingleLine, SINGLE_LINE_MESSAGE } from "../text/single-line";
import { workoutSchema } from "../training/workout";
import { ACTIVITY_TYPES, GOAL_CATEGORIES, GOAL_STATUSES, VISIBILITIES } from "./constants";
import { targetInput } from "./targets";

export const goalIdSchema = z.uuid("That goal id is not valid");

/** The largest version Postgres keeps in an integer column; an edit never gets near it. */
export const MAX_VERSION = 2_147_483_647;

/**
 * The version an edit started from (optimistic concurrency). Bounded by the column it is compared
 * with: a larger number is no version the server gave out, and Postgres refuses it in a WHERE.
 */
export const versionSchema = z
  .number({ error: "That version is not valid" })
  .int("That version is not valid")
  .positive("That version is not valid")
  .max(MAX_VERSION, "That version is not valid");

/** A planned session's fields apart from its day: the same in a goal's plan and a coach's template. */
export const sessionPlanFields = {
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time like 06:30")
    .nullable(),
  activityType: z.enum(ACTIVITY_TYPES, { error: "Pick an activity" }),
  /** In the goal's target unit (mi, km, minutes), when the target has one. */
  amount: z
    .number()
    .positive("Plan more than zero")
    .max(100_000, "That is too much for one session")
    .nullable(),
  note: oneLineText(200, "Keep the note to 200 characters"),
  /** Its steps (warm-up, repeats, cool-down), when it is a structured workout. */
  workout: workoutSchema.nullish(),
};

export const plannedSessionInput = z.object({ day: calendarDateSchema, ...sessionPlanFields });
export type PlannedSessionInput = z.infer<typeof plannedSessionInput>;

const title = z
  .string({ error: "Name the goal" })
  .trim()
  .min(1, "Name the goal")
  .max(120, "Keep the name to 120 characters")
  .refine(isSingleLine, SINGLE_LINE_MESSAGE);
const why = z.string().trim().max(1000, "Keep the why to 1,000 characters");
const strategy = z.string().trim().max(1000, "Keep the strategy to 1,000 characters");
const checklistItem = oneLineText(120, "Keep each item to 120 characters", "Name the item");

export const goalFields = z.object({
  title,
  why,
  strategy,
  category: z.enum(GOAL_CATEGORIES, { error: "Pick a category" }),
  visibility: z.enum(VISIBILITIES, { error: "Pick who can see this goal" }),
  target: targetInput.nullable(),
});

/** One week of a meso goal split into micro goals, with its amount in the meso's target unit. */
export const rampWeekInput = z.object({
  periodStart: calendarDateSchema,
  value: z.number().positive("Each week needs an amount").max(100_000, "That week is too big"),
});

export const createGoalInput = goalFields.extend({
  level: z.enum(GOAL_LEVELS, { error: "Pick macro, meso or micro" }),
  parentId: goalIdSchema.nullable(),
  periodStart: calendarDateSchema,
  /** Ignored for micro goals, which always last the athlete's week. */
  periodEnd: calendarDateSchema,
  plan: z.array(plannedSessionInput).max(28, "Plan at most 28 sessions in a week"),
  checklist: z.array(checklistItem).max(100, "A checklist holds at most 100 items"),
  /** For a meso goal: create these weekly micro goals with it, in one step. */
  // Six weeks, and a seventh when the block starts mid-week (its first and last weeks partial).
  weeks: z.array(rampWeekInput).max(7, "A meso goal has at most 7 weeks, partial ones included"),
});
export type CreateGoalInput = z.infer<typeof createGoalInput>;

export const updateGoalInput = z.object({
  id: goalIdSchema,
  /** The version the editor started from; a newer one on the server means someone else saved. */
  version: versionSchema,
  reason: z.string().trim().max(500, "Keep the reason to 500 characters").nullable(),
  changes: goalFields
    .extend({
      parentId: goalIdSchema.nullable(),
      periodStart: calendarDateSchema,
      periodEnd: calendarDateSchema,
      plan: z.array(plannedSessionInput).max(28, "Plan at most 28 sessions in a week"),
      checklist: z.array(checklistItem).max(100, "A checklist holds at most 100 items"),
    })
    .partial(),
});
export type UpdateGoalInput = z.infer<typeof updateGoalInput>;

export const setGoalStatusInput = z.object({
  id: goalIdSchema,
  version: versionSchema,
  status: z.enum(GOAL_STATUSES, { error: "Pick a status" }),
  reason: z.string().trim().max(500, "Keep the reason to 500 characters").nullable(),
});

export const reorderGoalsInput = z.object({
  ids: z.array(goalIdSchema).min(1, "Nothing to reorder").max(200),
});

export const goalTreeInput = z.object({
  year: z.number().int().min(2000, "Pick a year from 2000").max(2100, "Pick a year up to 2100"),
  includeArchived: z.boolean().default(false),
});

export const copyWeekInput = z.object({ weekStart: calendarDateSchema });
