import type {
  ActivityType,
  GoalCategory,
  TargetInput,
  TargetKind,
  TargetPer,
  TargetUnit,
  Visibility,
} from "@stride/domain/goals";
import { TARGET_KIND_RULES } from "@stride/domain/goals";
import { addDaysTo, type GoalLevel, goalPeriod } from "@stride/domain/periods";
import type { WeekDay } from "@stride/domain/profile";
import { weeksOf } from "@stride/domain/progress";
import { formatDuration, parseDuration } from "@stride/domain/units";
import {
  blankWorkoutRows,
  toWorkoutInput,
  type WorkoutRows,
  workoutFormPath,
} from "~/components/workout/workout-model";

/**
 * The goal form keeps what the person typed (numbers as text, seven plan rows, the checklist as
 * lines) and converts it into the API's input, which the same zod schema as the server checks.
 */
export type PlanRow = {
  day: string;
  enabled: boolean;
  time: string;
  activityType: ActivityType;
  amount: string;
  note: string;
  workout: WorkoutRows;
};

export type GoalFormValues = {
  title: string;
  why: string;
  strategy: string;
  category: GoalCategory;
  visibility: Visibility;
  periodStart: string;
  periodEnd: string;
  hasTarget: boolean;
  target: {
    kind: TargetKind;
    unit: TargetUnit;
    value: string;
    baseline: string;
    per: TargetPer;
    activityTypes: ActivityType[];
    label: string;
    eventDistanceMetres: string;
    time: string;
  };
  plan: PlanRow[];
  /** The athlete's unit, in which workout paces and distances are typed. */
  paceUnit: "km" | "mi";
  checklistText: string;
  split: boolean;
  weeks: { periodStart: string; value: string }[];
  reason: string;
};

const numberOrNull = (text: string): number | null => {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return Number(trimmed.replace(",", "."));
};

export function planRowsForWeek(
  weekStart: string,
  existing: readonly Partial<PlanRow>[] = [],
  activityType: ActivityType = "run",
): PlanRow[] {
  return Array.from({ length: 7 }, (_, index) => {
    const day = addDaysTo(weekStart, index);
    const saved = existing.find((row) => row.day === day);
    return {
      day,
      enabled: saved !== undefined,
      time: saved?.time ?? "",
      activityType: saved?.activityType ?? activityType,
      amount: saved?.amount ?? "",
      note: saved?.note ?? "",
      workout: saved?.workout ?? blankWorkoutRows(),
    };
  });
}

export function defaultTarget(
  category: GoalCategory,
  distanceUnit: "km" | "mi",
): GoalFormValues["target"] {
  const activity: ActivityType =
    category === "strength" ? "strength" : category === "cross_training" ? "cross_training" : "run";
  return {
    kind: category === "strength" ? "sessions" : "total",
    unit: category === "strength" ? "sessions" : distanceUnit,
    value: "",
    baseline: "",
    per: "week",
    activityTypes: [activity],
    label: "",
    eventDistanceMetres: "",
    time: "",
  };
}

/** Keeps the unit and span valid for the chosen kind (the first allowed one is the default). */
export function fitTargetToKind(
  target: GoalFormValues["target"],
  kind: TargetKind,
  distanceUnit: "km" | "mi",
) {
  const rules = TARGET_KIND_RULES[kind];
  const unit = rules.units.includes(target.unit)
    ? target.unit
    : rules.units.includes(distanceUnit)
      ? distanceUnit
      : (rules.units[0] ?? "none");
  const per = rules.pers.includes(target.per) ? target.per : (rules.pers[0] ?? "period");
  return { ...target, kind, unit, per };
}

function toTargetInput(target: GoalFormValues["target"]): TargetInput | Record<string, unknown> {
  const isTime = target.unit === "time";
  return {
    kind: target.kind,
    unit: target.unit,
    value: isTime
      ? target.time.trim() === ""
        ? null
        : (parseDuration(target.time) ?? Number.NaN)
      : numberOrNull(target.value),
    baseline: target.kind === "total" ? numberOrNull(target.baseline) : null,
    per: target.per,
    activityTypes: target.activityTypes,
    label: target.label.trim() === "" ? null : target.label,
    eventDistanceMetres:
      target.kind === "best_performance" ? numberOrNull(target.eventDistanceMetres) : null,
  };
}

export function toApiFields(values: GoalFormValues, level: GoalLevel) {
  const plan = level === "micro" ? values.plan.filter((row) => row.enabled) : [];
  const period = goalPeriod(level, values.periodStart, values.periodEnd);
  return {
    title: values.title,
    why: values.why,
    strategy: values.strategy,
    category: values.category,
    visibility: values.visibility,
    target: values.hasTarget ? toTargetInput(values.target) : null,
    periodStart: period.start,
    periodEnd: period.end,
    plan: plan.map((row) => ({
      day: row.day,
      time: row.time === "" ? null : row.time,
      activityType: row.activityType,
      amount: numberOrNull(row.amount),
      note: row.note,
      workout: toWorkoutInput(row.workout, values.paceUnit),
    })),
    checklist:
      values.hasTarget && values.target.kind === "checklist"
        ? values.checklistText
            .split("\n")
            .map((line) => line.trim())
            .filter(Boolean)
        : [],
  };
}

export function toCreateInput(values: GoalFormValues, level: GoalLevel, parentId: string | null) {
  return {
    ...toApiFields(values, level),
    level,
    parentId,
    weeks:
      level === "meso" && values.split
        ? values.weeks.map((w) => ({ periodStart: w.periodStart, value: numberOrNull(w.value) }))
        : [],
  };
}

/** Where an error about an API path belongs in the form ("plan.1.time" → the second ticked day's time). */
export function formPathFor(apiPath: string, values: GoalFormValues): string {
  const [head, index, ...rest] = apiPath.split(".");
  if (head === "plan" && index !== undefined && /^\d+$/.test(index)) {
    const enabled = values.plan.map((row, i) => (row.enabled ? i : -1)).filter((i) => i >= 0);
    const row = enabled[Number(index)];
    if (row === undefined) return "plan";
    if (rest[0] === "workout")
      return ["plan", row, "workout", workoutFormPath(rest.slice(1))].join(".");
    return ["plan", row, ...rest].join(".");
  }
  if (head === "checklist") return "checklistText";
  if (apiPath === "target.value" && values.target.unit === "time") return "target.time";
  return apiPath;
}

/** The weeks of a period, a partial first and last week included (docs/progress.md). */
export function weeksOfPeriod(start: string, end: string, weekStart: WeekDay): string[] {
  return weeksOf({ start, end }, weekStart);
}

export function timeText(seconds: number | null): string {
  return seconds === null ? "" : formatDuration(seconds);
}
