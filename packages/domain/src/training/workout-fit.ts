import {
  type Encodable,
  Encoder,
  type FileIdMesg,
  Profile,
  type WorkoutMesg,
  type WorkoutStepMesg,
} from "@garmin/fitsdk";
import type { ActivityType } from "../goals/constants";
import type { StepTarget, Workout, WorkoutStep } from "./workout";
import { type WorkoutReader, zonePaces } from "./workout-format";

/** What a watch's workout list shows: the session's name and its sport. */
export type FitWorkoutInfo = { name: string; activityType: ActivityType; createdAt: Date };

type Intensity = "warmup" | "active" | "recovery" | "cooldown";
type StepMesg = Encodable<WorkoutStepMesg>;

const SPORTS: Partial<Record<ActivityType, NonNullable<WorkoutMesg["sport"]>>> = {
  run: "running",
  walk: "walking",
  ride: "cycling",
  swim: "swimming",
  strength: "training",
};

/** A message number from the SDK's profile (FILE_ID 0, WORKOUT 26, WORKOUT_STEP 27). */
function mesgNum(name: "FILE_ID" | "WORKOUT" | "WORKOUT_STEP"): number {
  const num = Profile.MesgNum[name];
  if (num === undefined) throw new Error(`The FIT profile has no ${name} message`);
  return num;
}

/** Seconds per km → metres per second. */
const speedOf = (secondsPerKm: number) => 1000 / secondsPerKm;

/** The target fields of a step (raw FIT values: speeds in mm/s, heart rate zones 1–5). */
function targetFields(target: StepTarget, reader: WorkoutReader): Partial<WorkoutStepMesg> {
  const paces =
    target.kind === "pace"
      ? target
      : target.kind === "paceZone"
        ? zonePaces(target.zone, reader.zones)
        : null;
  if (paces) {
    return {
      targetType: "speed",
      targetValue: 0,
      // The slow end is the low speed.
      customTargetValueLow: Math.round(speedOf(paces.slowest) * 1000),
      customTargetValueHigh: Math.round(speedOf(paces.fastest) * 1000),
    };
  }
  if (target.kind === "heartRateZone") return { targetType: "heartRate", targetValue: target.zone };
  // An effort has no FIT target: the watch shows it in the step's notes.
  return { targetType: "open" };
}

function stepMesg(
  index: number,
  step: WorkoutStep,
  intensity: Intensity,
  name: string,
  reader: WorkoutReader,
): StepMesg {
  return {
    mesgNum: mesgNum("WORKOUT_STEP"),
    messageIndex: index,
    wktStepName: name,
    intensity,
    durationType: step.length === "time" ? "time" : "distance",
    // Raw values: milliseconds for a time, centimetres for a distance.
    durationValue: Math.round(step.length === "time" ? step.value * 1000 : step.value * 100),
    ...targetFields(step.target, reader),
    ...(step.target.kind === "effort" ? { notes: `Effort ${step.target.effort}/10` } : {}),
  };
}

/** The FIT messages of a workout's steps, repeats as `repeat_until_steps_cmplt` steps. */
export function workoutStepMesgs(workout: Workout, reader: WorkoutReader): StepMesg[] {
  const mesgs: StepMesg[] = [];
  const add = (step: WorkoutStep, intensity: Intensity, name: string) =>
    mesgs.push(stepMesg(mesgs.length, step, intensity, name, reader));
  if (workout.warmup) add(workout.warmup, "warmup", "Warm-up");
  for (const set of workout.sets) {
    const first = mesgs.length;
    add(set.work, "active", "Work");
    if (set.recovery) add(set.recovery, "recovery", "Recovery");
    if (set.count > 1) {
      mesgs.push({
        mesgNum: mesgNum("WORKOUT_STEP"),
        messageIndex: mesgs.length,
        durationType: "repeatUntilStepsCmplt",
        durationValue: first,
        targetValue: set.count,
      });
    }
  }
  if (workout.cooldown) add(workout.cooldown, "cooldown", "Cool-down");
  return mesgs;
}

/**
 * A FIT workout file (file_id type workout, one workout message, its steps) that Garmin and
 * COROS watches load, written with Garmin's own encoder.
 */
export function encodeFitWorkout(
  workout: Workout,
  info: FitWorkoutInfo,
  reader: WorkoutReader,
): Uint8Array {
  const steps = workoutStepMesgs(workout, reader);
  const encoder = new Encoder();
  const fileId: Encodable<FileIdMesg> = {
    mesgNum: mesgNum("FILE_ID"),
    type: "workout",
    manufacturer: "development",
    product: 0,
    serialNumber: 1,
    timeCreated: info.createdAt,
  };
  encoder.writeMesg(fileId);
  const head: Encodable<WorkoutMesg> = {
    mesgNum: mesgNum("WORKOUT"),
    wktName: info.name.slice(0, 40),
    sport: SPORTS[info.activityType] ?? "generic",
    numValidSteps: steps.length,
  };
  encoder.writeMesg(head);
  for (const step of steps) encoder.writeMesg(step);
  return encoder.close();
}
