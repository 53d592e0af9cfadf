import { z } from "zod";
import { VISIBILITIES } from "../goals/constants";
import { versionSchema } from "../goals/schemas";
import { calendarDateSchema } from "../periods/schemas";
import { DECISIONS, EXCUSES, OUTCOMES } from "./constants";

const reflection = (label: string) =>
  z.string().trim().max(1000, `Keep "${label}" to 1,000 characters`);

export const checkinGoalInput = z.object({
  goalId: z.uuid("That goal id is not valid"),
  outcome: z.enum(OUTCOMES, { error: "Pick hit, partly, missed or excused" }),
  excuse: z.enum(EXCUSES).nullable(),
  excuseNote: z.string().trim().max(300, "Keep the note to 300 characters"),
  decision: z.enum(DECISIONS).nullable(),
  /** For "carry it, smaller": next week's target, in the goal's unit. */
  smallerValue: z
    .number()
    .positive("The smaller target must be more than zero")
    .max(100_000)
    .nullable(),
});
export type CheckinGoalInput = z.infer<typeof checkinGoalInput>;

/** A week with no goals still needs a word or a rating: an empty check-in says nothing. */
export const EMPTY_CHECKIN_MESSAGE =
  "Say something about your week: a line about how it went, or your mood or energy";

export const submitCheckinInput = z
  .object({
    weekStart: calendarDateSchema,
    /** The version the form was loaded from; null for a first check-in. */
    version: versionSchema.nullable(),
    /** Made once per form: a retry of the same submission returns the check-in it made. */
    submissionKey: z.string().min(8).max(64),
    goals: z.array(checkinGoalInput).max(50),
    wentWell: reflection("What went well"),
    gotInTheWay: reflection("What got in the way"),
    nextFocus: reflection("Next week's focus"),
    coachOnly: z.object({
      wentWell: z.boolean(),
      gotInTheWay: z.boolean(),
      nextFocus: z.boolean(),
    }),
    mood: z.number().int().min(1, "Mood is 1 to 5").max(5, "Mood is 1 to 5").nullable(),
    energy: z.number().int().min(1, "Energy is 1 to 5").max(5, "Energy is 1 to 5").nullable(),
    /** Whether groups see mood and energy; a coach always does. */
    shareMood: z.boolean().default(true),
    visibility: z.enum(VISIBILITIES, { error: "Pick who can see this check-in" }),
  })
  .superRefine((input, ctx) => {
    input.goals.forEach((goal, index) => {
      const at = (field: string) => ["goals", index, field];
      if (goal.outcome === "excused" && goal.excuse === null) {
        ctx.addIssue({
          code: "custom",
          path: at("excuse"),
          message: "Say why: sick, injured, travel or life",
        });
      }
      if (goal.outcome !== "excused" && goal.excuse !== null) {
        ctx.addIssue({
          code: "custom",
          path: at("excuse"),
          message: "Only an excused goal has a reason",
        });
      }
      if (goal.outcome === "hit" && goal.decision !== null) {
        ctx.addIssue({
          code: "custom",
          path: at("decision"),
          message: "A goal you hit needs nothing carried",
        });
      }
      if (goal.decision === "carry_smaller" && goal.smallerValue === null) {
        ctx.addIssue({
          code: "custom",
          path: at("smallerValue"),
          message: "Give next week's smaller target",
        });
      }
    });
    const wrote = [input.wentWell, input.gotInTheWay, input.nextFocus].some((text) => text !== "");
    const rated = input.mood !== null || input.energy !== null;
    if (input.goals.length === 0 && !wrote && !rated) {
      ctx.addIssue({ code: "custom", path: ["wentWell"], message: EMPTY_CHECKIN_MESSAGE });
    }
    const ids = input.goals.map((g) => g.goalId);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: "custom", path: ["goals"], message: "Each goal appears once" });
    }
  });
export type SubmitCheckinInput = z.infer<typeof submitCheckinInput>;
