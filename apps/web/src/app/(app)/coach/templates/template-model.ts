import { type TemplateFields, templateFields } from "@stride/domain/coaching";
import type { ActivityType, Visibility } from "@stride/domain/goals";
import {
  blankWorkoutRows,
  toWorkoutInput,
  type WorkoutRows,
  workoutFormPath,
  workoutRowsFrom,
} from "~/components/workout/workout-model";
import { schemaResolver } from "~/lib/schema-resolver";

export type Measure = "km" | "mi" | "sessions" | "none";
export type TemplateSessionRow = {
  dayOffset: string;
  /** In the template's distance unit, when it measures distance. */
  amount: string;
  note: string;
  workout: WorkoutRows;
};

/** The unit a template's workout paces and distances are typed in: its own, else km. */
export const paceUnitOf = (measure: Measure): "km" | "mi" => (measure === "mi" ? "mi" : "km");

export const emptySession = (): TemplateSessionRow => ({
  dayOffset: "0",
  amount: "",
  note: "",
  workout: blankWorkoutRows(),
});

/** The editor's values as the inputs hold them: numbers as text, "" for none. */
export type TemplateFormValues = {
  name: string;
  description: string;
  title: string;
  why: string;
  measure: Measure;
  activity: ActivityType;
  baseline: string;
  weeks: {
    title: string;
    value: string;
    strategy: string;
    sessions: TemplateSessionRow[];
  }[];
};

function measureOf(fields: TemplateFields | null): Measure {
  const target = fields?.target;
  if (!target) return fields ? "none" : "mi";
  if (target.kind === "sessions") return "sessions";
  return target.unit === "km" ? "km" : "mi";
}

export const emptyWeek = (n: number): TemplateFormValues["weeks"][number] => ({
  title: `Week ${n}`,
  value: "",
  strategy: "",
  sessions: [],
});

export function templateDefaults(initial: TemplateFields | null): TemplateFormValues {
  return {
    name: initial?.name ?? "",
    description: initial?.description ?? "",
    title: initial?.title ?? "",
    why: initial?.why ?? "",
    measure: measureOf(initial),
    activity: initial?.target?.activityTypes[0] ?? "run",
    baseline: initial?.target?.baseline?.toString() ?? "",
    weeks: initial?.weeks.map((week) => ({
      title: week.title,
      value: week.value === null ? "" : String(week.value),
      strategy: week.strategy,
      sessions: week.sessions.map((s) => ({
        dayOffset: String(s.dayOffset),
        amount: s.amount === null ? "" : String(s.amount),
        note: s.note,
        workout: workoutRowsFrom(s.workout ?? null, paceUnitOf(measureOf(initial))),
      })),
    })) ?? [emptyWeek(1), emptyWeek(2)],
  };
}

const number = (text: string) => (text === "" ? null : Number(text));

function targetFor(values: TemplateFormValues, last: number | null) {
  const { measure, activity } = values;
  if (measure === "none") return null;
  const common = {
    per: "week" as const,
    activityTypes: [activity],
    label: null,
    eventDistanceMetres: null,
  };
  return measure === "sessions"
    ? {
        ...common,
        kind: "sessions" as const,
        unit: "sessions" as const,
        value: last,
        baseline: null,
      }
    : {
        ...common,
        kind: "total" as const,
        unit: measure,
        value: last,
        baseline: number(values.baseline),
      };
}

/** What the server is sent: the meso target ends at the last week's amount. */
export function toTemplateFields(
  values: TemplateFormValues,
  visibility: Visibility,
): TemplateFields {
  const weeks = values.weeks.map((week) => ({
    title: week.title,
    value: values.measure === "none" ? null : number(week.value),
    strategy: week.strategy,
    sessions: week.sessions.map((s) => ({
      dayOffset: Number(s.dayOffset),
      time: null,
      activityType: values.activity,
      amount: values.measure === "km" || values.measure === "mi" ? number(s.amount.trim()) : null,
      note: s.note,
      workout: toWorkoutInput(s.workout, paceUnitOf(values.measure)),
    })),
  }));
  const last = [...weeks].reverse().find((w) => w.value !== null)?.value ?? null;
  const activity = values.activity;
  return {
    name: values.name,
    description: values.description,
    title: values.title,
    why: values.why,
    category:
      activity === "strength" ? "strength" : activity === "run" ? "running" : "cross_training",
    visibility,
    target: targetFor(values, last),
    weeks,
  } as TemplateFields;
}

/** Server paths to the editor's fields: the target's numbers are the baseline's and the weeks'. */
export function templateFieldOf(path: string) {
  if (path.startsWith("target.baseline")) return "baseline" as const;
  if (path.startsWith("target") || path === "weeks" || path === "category") return null;
  const workout = /^(weeks\.\d+\.sessions\.\d+)\.workout\.(.+)$/.exec(path);
  if (workout)
    return `${workout[1]}.workout.${workoutFormPath(workout[2]?.split(".") ?? [])}` as never;
  return path as never;
}

export function templateResolver(visibility: Visibility) {
  return schemaResolver<TemplateFormValues>(
    templateFields,
    (values) => toTemplateFields(values, visibility),
    templateFieldOf,
  );
}
