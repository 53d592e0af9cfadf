import type {
  PaceZone,
  StepTarget,
  StepTargetKind,
  Workout,
  WorkoutStep,
} from "@stride/domain/training";
import { METRES_PER_MILE, parseDuration } from "@stride/domain/units";

/**
 * A workout as its editor holds it: what the person typed (minutes, "4:05" paces in their unit),
 * turned into the API's `workoutSchema` input by `toWorkoutInput`, which the server checks too.
 */
export type StepLengthUnit = "min" | "m" | "km" | "mi";
export type StepRow = {
  on: boolean;
  amount: string;
  lengthUnit: StepLengthUnit;
  target: StepTargetKind;
  fast: string;
  slow: string;
  zone: PaceZone;
  hrZone: string;
  effort: string;
};
export type SetRow = { count: string; work: StepRow; hasRecovery: boolean; recovery: StepRow };
export type WorkoutRows = {
  enabled: boolean;
  warmup: StepRow;
  sets: SetRow[];
  cooldown: StepRow;
};

export function blankStep(amount = "", target: StepTargetKind = "open"): StepRow {
  return {
    on: true,
    amount,
    lengthUnit: "min",
    target,
    fast: "",
    slow: "",
    zone: "easy",
    hrZone: "",
    effort: "",
  };
}

export function blankSet(): SetRow {
  return {
    count: "1",
    work: blankStep("", "paceZone"),
    hasRecovery: false,
    recovery: blankStep("2"),
  };
}

export function blankWorkoutRows(): WorkoutRows {
  return { enabled: false, warmup: blankStep("15"), sets: [blankSet()], cooldown: blankStep("10") };
}

const PER_MILE = METRES_PER_MILE / 1000;
const number = (text: string) => (text.trim() === "" ? Number.NaN : Number(text.replace(",", ".")));
/** A pace typed per km or per mile, in whole seconds per km (NaN when it is not a pace). */
function paceInput(text: string, unit: "km" | "mi"): number {
  const seconds = parseDuration(text) ?? Number.NaN;
  return Math.round(unit === "mi" ? seconds / PER_MILE : seconds);
}
const paceText = (secondsPerKm: number, unit: "km" | "mi") => {
  const total = Math.round(unit === "mi" ? secondsPerKm * PER_MILE : secondsPerKm);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
};

function toTarget(row: StepRow, unit: "km" | "mi"): StepTarget | Record<string, unknown> {
  switch (row.target) {
    case "pace":
      return {
        kind: "pace",
        fastest: paceInput(row.fast, unit),
        slowest: paceInput(row.slow, unit),
      };
    case "paceZone":
      return { kind: "paceZone", zone: row.zone };
    case "heartRateZone":
      return { kind: "heartRateZone", zone: number(row.hrZone) };
    case "effort":
      return { kind: "effort", effort: number(row.effort) };
    default:
      return { kind: "open" };
  }
}

function toStep(row: StepRow, unit: "km" | "mi") {
  const isTime = row.lengthUnit === "min";
  const value = isTime
    ? (parseDuration(row.amount) ?? Number.NaN)
    : number(row.amount) *
      (row.lengthUnit === "m" ? 1 : row.lengthUnit === "km" ? 1000 : METRES_PER_MILE);
  return { length: isTime ? "time" : "distance", value, target: toTarget(row, unit) };
}

/** What the editor sends: null when the session has no steps. */
export function toWorkoutInput(rows: WorkoutRows | undefined, unit: "km" | "mi") {
  if (!rows?.enabled) return null;
  return {
    warmup: rows.warmup.on ? toStep(rows.warmup, unit) : null,
    sets: rows.sets.map((set) => ({
      count: number(set.count),
      work: toStep(set.work, unit),
      recovery: set.hasRecovery ? toStep(set.recovery, unit) : null,
    })),
    cooldown: rows.cooldown.on ? toStep(rows.cooldown, unit) : null,
  };
}

function stepRow(step: WorkoutStep | null, unit: "km" | "mi", fallback: StepRow): StepRow {
  if (!step) return { ...fallback, on: false };
  const target = step.target;
  const metres = step.value;
  const lengthUnit: StepLengthUnit =
    step.length === "time" ? "min" : metres < 1000 || metres % 1000 !== 0 ? "m" : "km";
  return {
    ...blankStep(),
    lengthUnit,
    amount:
      step.length === "time"
        ? step.value % 60 === 0
          ? String(step.value / 60)
          : paceText(step.value, "km")
        : String(lengthUnit === "km" ? metres / 1000 : Math.round(metres)),
    target: target.kind,
    fast: target.kind === "pace" ? paceText(target.fastest, unit) : "",
    slow: target.kind === "pace" ? paceText(target.slowest, unit) : "",
    zone: target.kind === "paceZone" ? target.zone : "easy",
    hrZone: target.kind === "heartRateZone" ? String(target.zone) : "",
    effort: target.kind === "effort" ? String(target.effort) : "",
  };
}

/** A saved workout back into the editor's rows. */
export function workoutRowsFrom(workout: Workout | null, unit: "km" | "mi"): WorkoutRows {
  const blank = blankWorkoutRows();
  if (!workout) return blank;
  return {
    enabled: true,
    warmup: stepRow(workout.warmup, unit, blank.warmup),
    cooldown: stepRow(workout.cooldown, unit, blank.cooldown),
    sets: workout.sets.map((set) => ({
      count: String(set.count),
      work: stepRow(set.work, unit, blankStep()),
      hasRecovery: set.recovery !== null,
      recovery: stepRow(set.recovery, unit, blankStep("2")),
    })),
  };
}

const TARGET_FIELDS: Record<string, string> = {
  fastest: "fast",
  slowest: "slow",
  effort: "effort",
};

/** An API path inside a workout ("sets.0.work.target.slowest") as the editor's ("sets.0.work.slow"). */
export function workoutFormPath(rest: readonly string[]): string {
  const path = [...rest];
  const at = path.indexOf("target");
  if (at >= 0) {
    const field = path[at + 1];
    // A pace zone is picked from a list, so a zone the server refuses is the heart-rate zone.
    const name = field === "zone" ? "hrZone" : TARGET_FIELDS[field ?? ""];
    return [...path.slice(0, at), name ?? "target"].join(".");
  }
  if (path.at(-1) === "value") path[path.length - 1] = "amount";
  return path.join(".");
}
