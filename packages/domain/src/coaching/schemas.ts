import { z } from "zod";
import { GOAL_CATEGORIES, VISIBILITIES } from "../goals/constants";
import { createGoalInput, goalIdSchema, sessionPlanFields } from "../goals/schemas";
import { targetInput } from "../goals/targets";
import { calendarDateSchema } from "../periods/schemas";
import { oneLineText } from "../text/one-line";

export const athleteIdSchema = z.uuid("That athlete id is not valid");
export const linkIdSchema = z.uuid("That coaching link id is not valid");
export const proposalIdSchema = z.uuid("That proposal id is not valid");
export const templateIdSchema = z.uuid("That template id is not valid");

export const coachInviteLinkInput = z.object({
  expiresInDays: z
    .number()
    .int()
    .min(1, "An invitation lasts at least a day")
    .max(30, "An invitation lasts at most 30 days"),
});

export const tagSchema = oneLineText(40, "Keep a tag to 40 characters", "Name the tag");

export const setTagsInput = z.object({
  athleteId: athleteIdSchema,
  tags: z.array(tagSchema).max(10, "Give an athlete at most 10 tags"),
});

/** A number a coach types, from `min` to `max`, each with what to say beyond it. */
function threshold(
  min: readonly [number, string],
  max: readonly [number, string],
  { whole } = { whole: true },
) {
  const number = z.number({ error: "Enter a number" });
  return (whole ? number.int("Use a whole number") : number).min(...min).max(...max);
}

/** When the triage flags an athlete. Every coach starts from these and can change them. */
export const triageThresholds = z.object({
  /** Weekly running volume up more than this (percent) over the larger of the two weeks before. */
  rampLimitPercent: threshold([1, "Use at least 1%"], [50, "Use at most 50%"]),
  /** Adherence falling three weeks running, by at least this many points in all. */
  adherenceDropPoints: threshold([5, "Use at least 5 points"], [100, "Use at most 100 points"]),
  /** Mood or energy at or below this (1–5) two check-ins running. */
  lowWellbeingAtOrBelow: threshold([1, "Use 1 to 4"], [4, "Use 1 to 4"]),
  /** Acute (7-day) over chronic (28-day) training load above this (training/load.ts). */
  loadRatioLimit: threshold([1.1, "Use at least 1.1"], [3, "Use at most 3"], { whole: false }),
  /** A race goal's prediction more than this (percent) slower than the goal, and drifting. */
  predictionDriftPercent: threshold([1, "Use at least 1%"], [20, "Use at most 20%"]),
  /** A meso goal ending within this many days… */
  mesoEndingWithinDays: threshold([1, "Use at least a day"], [21, "Use at most 21 days"]),
  /** …while below this percent of its target. */
  mesoFarBelowPercent: threshold([10, "Use at least 10%"], [100, "Use at most 100%"]),
});
export type TriageThresholds = z.infer<typeof triageThresholds>;

export const DEFAULT_THRESHOLDS: TriageThresholds = {
  rampLimitPercent: 10,
  adherenceDropPoints: 20,
  lowWellbeingAtOrBelow: 2,
  loadRatioLimit: 1.5,
  predictionDriftPercent: 3,
  mesoEndingWithinDays: 7,
  mesoFarBelowPercent: 70,
};

const note = z.string().trim().max(1000, "Keep the note to 1,000 characters");

/** What a coach may propose to change on an existing goal: the target, the dates, the name. */
export const proposedChanges = z
  .object({
    title: oneLineText(120, "Keep the name to 120 characters", "Name the goal").optional(),
    target: targetInput.nullable().optional(),
    periodStart: calendarDateSchema.optional(),
    periodEnd: calendarDateSchema.optional(),
  })
  .refine((changes) => Object.values(changes).some((value) => value !== undefined), {
    message: "Propose at least one change",
  });
export type ProposedChanges = z.infer<typeof proposedChanges>;

export const proposeInput = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("goal"),
    athleteId: athleteIdSchema,
    note,
    goal: createGoalInput,
  }),
  z.object({
    kind: z.literal("change"),
    athleteId: athleteIdSchema,
    goalId: goalIdSchema,
    note,
    changes: proposedChanges,
  }),
]);
export type ProposeInput = z.infer<typeof proposeInput>;

export const respondInput = z.object({
  id: proposalIdSchema,
  note: z.string().trim().max(1000, "Keep the note to 1,000 characters"),
});

export const templateSession = z.object({
  /** Days after the week's first day (0 to 6). */
  dayOffset: z.number().int().min(0, "Pick a day of the week").max(6, "Pick a day of the week"),
  ...sessionPlanFields,
});
export type TemplateSession = z.infer<typeof templateSession>;

export const templateWeek = z.object({
  title: oneLineText(120, "Keep the name to 120 characters", "Name the week"),
  /** This week's amount in the template's unit (15 mi, 2 sessions); null for no target. */
  value: z.number().positive("Each week needs an amount above zero").max(100_000).nullable(),
  strategy: z.string().trim().max(1000, "Keep the strategy to 1,000 characters"),
  sessions: z.array(templateSession).max(14, "Plan at most 14 sessions in a week"),
});
export type TemplateWeek = z.infer<typeof templateWeek>;

/** A plan template: a meso goal and its weekly micro goals, relative to a start date. */
export const templateFields = z.object({
  name: oneLineText(80, "Keep the name to 80 characters", "Name the template"),
  description: z.string().trim().max(1000, "Keep the description to 1,000 characters"),
  title: oneLineText(120, "Keep the name to 120 characters", "Name the meso goal"),
  why: z.string().trim().max(1000, "Keep the why to 1,000 characters"),
  category: z.enum(GOAL_CATEGORIES, { error: "Pick a category" }),
  visibility: z.enum(VISIBILITIES, { error: "Pick who can see the goals" }),
  /** The meso goal's target; each week's `value` is in the same kind and unit, per week. */
  target: targetInput.nullable(),
  weeks: z
    .array(templateWeek)
    .min(2, "A meso block lasts at least 2 weeks")
    .max(6, "A meso block lasts at most 6 weeks"),
});
export type TemplateFields = z.infer<typeof templateFields>;

export const assignTemplateInput = z.object({
  id: templateIdSchema,
  athleteIds: z
    .array(athleteIdSchema)
    .min(1, "Pick at least one athlete")
    .max(200, "Assign to at most 200 athletes at once"),
  startDate: calendarDateSchema,
  note,
});
