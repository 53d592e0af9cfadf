import { METRES_PER_MILE } from "../units";
import { PACE_ZONE_LABELS, type PaceZone, type ZonePaces } from "./vdot";
import type { StepTarget, Workout, WorkoutStep } from "./workout";

/** The athlete's unit and pace zones (seconds per km), when they have set a race for them. */
export type WorkoutReader = { distanceUnit: "km" | "mi"; zones: readonly ZonePaces[] | null };

/** A pace range in seconds per km, as the paces a zone name stands for. */
export function zonePaces(
  zone: PaceZone,
  zones: readonly ZonePaces[] | null,
): { fastest: number; slowest: number } | null {
  const found = zones?.find((z) => z.zone === zone);
  return found ? { fastest: found.fastest, slowest: found.slowest } : null;
}

/** 245 → "4:05". */
function clock(totalSeconds: number): string {
  const seconds = Math.round(totalSeconds);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** Seconds per km as "4:05–4:15/km" or "/mi" in the reader's unit. */
export function formatPaceRange(fastest: number, slowest: number, unit: "km" | "mi"): string {
  const per = unit === "mi" ? METRES_PER_MILE / 1000 : 1;
  const [a, b] = [clock(fastest * per), clock(slowest * per)];
  return a === b ? `${a}/${unit}` : `${a}–${b}/${unit}`;
}

/** 900 s → "15 min", 90 → "1:30", 3600 → "60 min"; 800 m → "800 m", 5000 → "5 km", miles for mi. */
export function formatStepLength(step: Pick<WorkoutStep, "length" | "value">, unit: "km" | "mi") {
  if (step.length === "time") {
    return step.value % 60 === 0 ? `${step.value / 60} min` : `${clock(step.value)} min`;
  }
  const metres = step.value;
  // Track reps are said in metres in both systems ("400 m", "1600 m"), longer steps in the unit.
  if (metres < 1000 || (unit === "mi" && metres <= 1600 && metres % 100 === 0)) {
    return `${Math.round(metres)} m`;
  }
  const value = unit === "mi" ? metres / METRES_PER_MILE : metres / 1000;
  return `${Math.round(value * 100) / 100} ${unit}`;
}

export function formatStepTarget(target: StepTarget, reader: WorkoutReader): string | null {
  switch (target.kind) {
    case "open":
      return null;
    case "pace":
      return `@ ${formatPaceRange(target.fastest, target.slowest, reader.distanceUnit)}`;
    case "paceZone": {
      const paces = zonePaces(target.zone, reader.zones);
      const name = PACE_ZONE_LABELS[target.zone].toLowerCase();
      return paces
        ? `@ ${name} ${formatPaceRange(paces.fastest, paces.slowest, reader.distanceUnit)}`
        : `@ ${name} pace`;
    }
    case "heartRateZone":
      return `in HR zone ${target.zone}`;
    case "effort":
      return `at effort ${target.effort}/10`;
  }
}

function stepText(step: WorkoutStep, reader: WorkoutReader, fallback = ""): string {
  const target = formatStepTarget(step.target, reader);
  const length = formatStepLength(step, reader.distanceUnit);
  return [length, target ?? fallback].filter(Boolean).join(" ");
}

/**
 * One line for a workout, the same on /week, a goal's page, the coach's view and the calendar:
 * "Warm-up 15 min · 6 × (800 m @ 4:05–4:15/km, 2 min jog) · Cool-down 10 min".
 */
export function formatWorkout(workout: Workout, reader: WorkoutReader): string {
  const parts: string[] = [];
  if (workout.warmup) parts.push(`Warm-up ${stepText(workout.warmup, reader, "easy")}`);
  for (const set of workout.sets) {
    const work = stepText(set.work, reader);
    const inner = set.recovery ? `${work}, ${stepText(set.recovery, reader, "jog")}` : work;
    parts.push(set.count > 1 ? `${set.count} × (${inner})` : inner);
  }
  if (workout.cooldown) parts.push(`Cool-down ${stepText(workout.cooldown, reader, "easy")}`);
  return parts.join(" · ");
}
