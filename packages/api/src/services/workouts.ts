import type { Database } from "@stride/db/client";
import { findPaceSource, type listPlannedSessionsBetween, type Viewer } from "@stride/db/queries";
import {
  formatWorkout,
  paceZones,
  usesPaceZones,
  vdotFromRace,
  type Workout,
  type WorkoutReader,
} from "@stride/domain/training";
import { planAmountFromStored } from "./goal-rules";

/**
 * How workouts read for this viewer: their unit, and the athlete's pace zones when a step names
 * one (read only then, so a week without zone targets costs no statement).
 */
export async function workoutReaderFor(
  db: Database,
  input: {
    viewer: Viewer;
    athleteId: string;
    distanceUnit: "km" | "mi";
    workouts: readonly (Workout | null)[];
  },
): Promise<WorkoutReader> {
  const { distanceUnit } = input;
  if (!input.workouts.some((workout) => workout !== null && usesPaceZones(workout))) {
    return { distanceUnit, zones: null };
  }
  const source = await findPaceSource(db, { viewer: input.viewer, athleteId: input.athleteId });
  const zones = source ? paceZones(vdotFromRace(source.distanceMetres, source.seconds)) : null;
  return { distanceUnit, zones };
}

/** A session's workout as the screens take it: its steps and the one line that describes them. */
export function workoutView(workout: Workout | null, reader: WorkoutReader) {
  return { workout, workoutText: workout ? formatWorkout(workout, reader) : null };
}

/**
 * A planned session of `listPlannedSessionsBetween` as the week, the coach and the calendar show
 * it: its amount in the goal's unit, its workout in one line.
 */
export function plannedSessionView(
  session: Pick<
    Awaited<ReturnType<typeof listPlannedSessionsBetween>>[number],
    | "id"
    | "day"
    | "time"
    | "activityType"
    | "amount"
    | "targetUnit"
    | "note"
    | "goalTitle"
    | "workout"
  >,
  reader: WorkoutReader,
) {
  return {
    id: session.id,
    day: session.day,
    time: session.time,
    activityType: session.activityType,
    amount: planAmountFromStored(session.amount, session.targetUnit),
    unit: session.targetUnit,
    note: session.note,
    goalTitle: session.goalTitle,
    ...workoutView(session.workout, reader),
  };
}
