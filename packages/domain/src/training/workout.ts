import { z } from "zod";
import { PACE_ZONES } from "./vdot";

/**
 * A structured workout: an optional warm-up, sets of work (and recovery) repeated a number of
 * times, an optional cool-down. Lengths are stored in seconds or metres and paces in seconds per
 * kilometre, whatever unit the athlete reads them in.
 */
export const WORKOUT_MAX_STEPS = 50;
export const WORKOUT_MAX_SETS = 20;
export const WORKOUT_MAX_REPEATS = 50;
/** Paces a runner can hold for a step: 2:00/km (a sprint) to 15:00/km (a slow walk). */
export const STEP_PACE_FASTEST = 120;
export const STEP_PACE_SLOWEST = 900;

export const STEP_LENGTH_KINDS = ["time", "distance"] as const;
export const STEP_TARGET_KINDS = ["open", "pace", "paceZone", "heartRateZone", "effort"] as const;
export type StepTargetKind = (typeof STEP_TARGET_KINDS)[number];

const pace = z
  .number({ error: "Enter a pace like 4:30" })
  .int("Use whole seconds")
  .min(STEP_PACE_FASTEST, "Use a pace of 2:00/km or slower")
  .max(STEP_PACE_SLOWEST, "Use a pace of 15:00/km or faster");

export const stepTarget = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("open") }),
    z
      .object({ kind: z.literal("pace"), fastest: pace, slowest: pace })
      .refine((target) => target.fastest <= target.slowest, {
        path: ["slowest"],
        message: "The pace range is inverted: put the faster pace first",
      }),
    z.object({ kind: z.literal("paceZone"), zone: z.enum(PACE_ZONES, { error: "Pick a zone" }) }),
    z.object({
      kind: z.literal("heartRateZone"),
      zone: z
        .number({ error: "Pick a heart-rate zone" })
        .int("Pick a heart-rate zone from 1 to 5")
        .min(1, "Pick a heart-rate zone from 1 to 5")
        .max(5, "Pick a heart-rate zone from 1 to 5"),
    }),
    z.object({
      kind: z.literal("effort"),
      effort: z
        .number({ error: "Enter an effort from 1 to 10" })
        .int("Use a whole number from 1 to 10")
        .min(1, "Use an effort from 1 to 10")
        .max(10, "Use an effort from 1 to 10"),
    }),
  ],
  { error: "Pick a target" },
);
export type StepTarget = z.infer<typeof stepTarget>;

export const workoutStep = z
  .object({
    length: z.enum(STEP_LENGTH_KINDS, { error: "Pick time or distance" }),
    /** Seconds for a time, metres for a distance. */
    value: z.number({ error: "Enter how long" }).positive("Enter how long"),
    target: stepTarget,
  })
  .superRefine((step, ctx) => {
    const [min, max, message] =
      step.length === "time"
        ? [10, 6 * 3600, "A step lasts 10 seconds to 6 hours"]
        : [20, 100_000, "A step covers 20 m to 100 km"];
    if (step.value < min || step.value > max) {
      ctx.addIssue({ code: "custom", path: ["value"], message });
    }
  });
export type WorkoutStep = z.infer<typeof workoutStep>;

export const workoutSet = z.object({
  count: z
    .number({ error: "Enter how many times" })
    .int("Use a whole number")
    .min(1, "Repeat at least once")
    .max(WORKOUT_MAX_REPEATS, `Repeat at most ${WORKOUT_MAX_REPEATS} times`),
  work: workoutStep,
  recovery: workoutStep.nullable(),
});
export type WorkoutSet = z.infer<typeof workoutSet>;

export const workoutSchema = z
  .object({
    warmup: workoutStep.nullable(),
    sets: z
      .array(workoutSet)
      .min(1, "Add at least one set")
      .max(WORKOUT_MAX_SETS, `A workout holds at most ${WORKOUT_MAX_SETS} sets`),
    cooldown: workoutStep.nullable(),
  })
  .superRefine((workout, ctx) => {
    const steps = countWorkoutSteps(workout);
    if (steps > WORKOUT_MAX_STEPS) {
      ctx.addIssue({
        code: "custom",
        path: ["sets"],
        message: `A workout holds at most ${WORKOUT_MAX_STEPS} steps with its repeats counted; this one has ${steps}`,
      });
    }
  });
export type Workout = z.infer<typeof workoutSchema>;

/** The steps a watch runs through: every repeat counted, warm-up and cool-down included. */
export function countWorkoutSteps(workout: Pick<Workout, "warmup" | "sets" | "cooldown">): number {
  const sets = workout.sets.reduce((total, set) => total + set.count * (set.recovery ? 2 : 1), 0);
  return sets + (workout.warmup ? 1 : 0) + (workout.cooldown ? 1 : 0);
}

/**
 * A stored workout read back: parsed with the same schema, so a row written before a rule
 * changed shows no steps rather than steps the editor would refuse.
 */
export function storedWorkout(value: unknown): Workout | null {
  if (value === null || value === undefined) return null;
  const parsed = workoutSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Whether a step names a pace zone, so showing it needs the athlete's zones. */
export function usesPaceZones(workout: Workout): boolean {
  const steps = [
    workout.warmup,
    workout.cooldown,
    ...workout.sets.flatMap((s) => [s.work, s.recovery]),
  ];
  return steps.some((step) => step?.target.kind === "paceZone");
}
