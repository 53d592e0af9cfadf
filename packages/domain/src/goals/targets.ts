import { z } from "zod";
import { oneLineText } from "../text/one-line";
import { formatDuration, formatNumber, fromStored, toStored } from "../units";
import { ACTIVITY_TYPES, type ActivityType } from "./constants";

export const TARGET_KINDS = [
  "total",
  "sessions",
  "habit_days",
  "milestone",
  "best_performance",
  "checklist",
] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const TARGET_UNITS = [
  "km",
  "mi",
  "m",
  "min",
  "h",
  "count",
  "sessions",
  "days",
  "time",
  "items",
  "none",
] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];

export const TARGET_PERS = ["period", "week", "day"] as const;
export type TargetPer = (typeof TARGET_PERS)[number];

/** What each kind measures, how, and over what span. The first unit and span are the defaults. */
export const TARGET_KIND_RULES: Record<
  TargetKind,
  {
    label: string;
    units: readonly TargetUnit[];
    pers: readonly TargetPer[];
    needsValue: boolean;
    example: string;
  }
> = {
  total: {
    label: "Total amount",
    units: ["mi", "km", "min", "h", "m", "count"],
    pers: ["period", "week", "day"],
    needsValue: true,
    example: "1,000 mi this year; 15 mi a week; 2 veggie servings a day",
  },
  sessions: {
    label: "Number of sessions",
    units: ["sessions"],
    pers: ["week", "period"],
    needsValue: true,
    example: "strength train 2 times a week",
  },
  habit_days: {
    label: "Habit days",
    units: ["days"],
    pers: ["week", "period"],
    needsValue: true,
    example: "run on 3 days a week",
  },
  milestone: {
    label: "Milestone",
    units: ["none", "mi", "km"],
    pers: ["period"],
    needsValue: false,
    example: "finish a half marathon by the end of the period",
  },
  best_performance: {
    label: "Best performance",
    units: ["time"],
    pers: ["period"],
    needsValue: true,
    example: "half marathon under 1:55:00",
  },
  checklist: {
    label: "Checklist",
    units: ["items"],
    pers: ["period"],
    needsValue: false,
    example: "run in 10 of the 50 states",
  },
};

export const UNIT_LABELS: Record<TargetUnit, string> = {
  km: "km",
  mi: "mi",
  m: "m of climbing",
  min: "minutes",
  h: "hours",
  count: "count",
  sessions: "sessions",
  days: "days",
  time: "time",
  items: "items",
  none: "no amount",
};

export const PER_LABELS: Record<TargetPer, string> = {
  period: "in total",
  week: "each week",
  day: "each day",
};

/** Common race distances for best-performance targets, in metres. */
export const EVENT_DISTANCES = [
  { label: "1 mile", metres: 1609.344 },
  { label: "5K", metres: 5000 },
  { label: "10K", metres: 10000 },
  { label: "Half marathon", metres: 21097.5 },
  { label: "Marathon", metres: 42195 },
] as const;

const MAX_TARGET_VALUE = 1_000_000;

/**
 * A measurable target as the athlete enters it: the value is in `unit` (15 mi, 2 sessions;
 * seconds for a time), and converted to metres or seconds when stored.
 */
export const targetInput = z
  .object({
    kind: z.enum(TARGET_KINDS, { error: "Pick what kind of target this is" }),
    unit: z.enum(TARGET_UNITS, { error: "Pick a unit" }),
    value: z
      .number({ error: "Enter a number" })
      .positive("The target must be more than zero")
      .max(MAX_TARGET_VALUE, "That target is too large")
      .nullable(),
    baseline: z
      .number({ error: "Enter a number" })
      .min(0, "The starting point cannot be negative")
      .max(MAX_TARGET_VALUE, "That starting point is too large")
      .nullable(),
    per: z.enum(TARGET_PERS, {
      error: "Pick whether the target is for the whole period, each week or each day",
    }),
    activityTypes: z.array(z.enum(ACTIVITY_TYPES)).max(ACTIVITY_TYPES.length),
    label: oneLineText(60, "Keep the label to 60 characters").nullable(),
    eventDistanceMetres: z.number().positive("Pick a race distance").max(500_000).nullable(),
  })
  .superRefine((target, ctx) => {
    const rules = TARGET_KIND_RULES[target.kind];
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message });
    if (!rules.units.includes(target.unit)) {
      issue(
        "unit",
        `A ${rules.label.toLowerCase()} target is measured in ${rules.units.map((u) => UNIT_LABELS[u]).join(" or ")}.`,
      );
    }
    if (!rules.pers.includes(target.per)) {
      issue(
        "per",
        `A ${rules.label.toLowerCase()} target applies ${rules.pers.map((p) => PER_LABELS[p]).join(" or ")}.`,
      );
    }
    if (target.value !== null && (target.kind === "sessions" || target.kind === "habit_days")) {
      if (!Number.isInteger(target.value)) issue("value", "Use a whole number");
    }
    if (
      target.kind === "habit_days" &&
      target.per === "week" &&
      target.value !== null &&
      target.value > 7
    ) {
      issue("value", "A week has 7 days");
    }
    if (
      target.kind === "total" &&
      target.per === "day" &&
      target.unit !== "count" &&
      target.value !== null
    ) {
      if (target.value > 1000) issue("value", "That is more than anyone does in a day");
    }
    if (target.kind === "best_performance" && target.eventDistanceMetres === null) {
      issue("eventDistanceMetres", "Pick the race distance");
    }
    if (target.unit === "count" && !target.label) {
      issue("label", "Say what you count, like \u201cveggie servings\u201d");
    }
    // Habit days may come from habit entries alone ("meal prep done"), so activities are optional there.
    const needsActivities =
      (target.kind === "total" && target.unit !== "count") ||
      target.kind === "sessions" ||
      (target.kind === "milestone" && target.unit !== "none");
    if (needsActivities && target.activityTypes.length === 0) {
      issue("activityTypes", "Choose which activities count toward this target");
    }
    if (target.baseline !== null && (target.kind === "milestone" || target.kind === "checklist")) {
      issue("baseline", "A milestone or checklist has no starting amount");
    }
  });
export type TargetInput = z.infer<typeof targetInput>;

export type StoredTarget = {
  kind: TargetKind;
  unit: TargetUnit;
  value: number | null;
  baseline: number | null;
  per: TargetPer;
  activityTypes: ActivityType[];
  label: string | null;
  eventDistanceMetres: number | null;
};

/** Whether the target says what counts as done. */
export function isMeasurable(target: StoredTarget | null, checklistItemCount = 0): boolean {
  if (!target) return false;
  if (target.kind === "checklist") return checklistItemCount > 0;
  if (target.kind === "milestone") return true;
  return target.value !== null;
}

function amount(value: number, unit: TargetUnit, label: string | null): string {
  if (unit === "time") return formatDuration(value);
  if (unit === "count") return `${formatNumber(value)} ${label ?? ""}`.trim();
  if (unit === "none" || unit === "items") return formatNumber(value);
  return `${formatNumber(fromStored(value, unit))} ${UNIT_LABELS[unit]}`;
}

/** "15 mi each week (from 10 mi)", "under 1:55:00 for Half marathon": the target in words. */
export function describeTarget(target: StoredTarget | null, checklistItemCount = 0): string {
  if (!target) return "No target yet";
  const per = target.per === "period" ? "" : ` ${PER_LABELS[target.per]}`;
  switch (target.kind) {
    case "checklist": {
      const needed = target.value ?? checklistItemCount;
      return `${formatNumber(needed)} of ${checklistItemCount} ${target.label ?? "items"}`;
    }
    case "milestone":
      return target.value !== null
        ? `Complete ${amount(target.value, target.unit, null)}`
        : "Complete the milestone";
    case "best_performance": {
      const event = EVENT_DISTANCES.find((e) => e.metres === target.eventDistanceMetres)?.label;
      const distance = event ?? `${formatNumber((target.eventDistanceMetres ?? 0) / 1000)} km`;
      return target.value !== null
        ? `${distance} under ${formatDuration(target.value)}`
        : `${distance}: set a time`;
    }
    case "sessions":
      return target.value !== null
        ? `${formatNumber(target.value)} session${target.value === 1 ? "" : "s"}${per}`
        : "Set a number of sessions";
    case "habit_days":
      return target.value !== null
        ? `${formatNumber(target.value)} day${target.value === 1 ? "" : "s"}${per}`
        : "Set a number of days";
    case "total": {
      if (target.value === null) return "Set an amount";
      const from =
        target.baseline !== null
          ? ` (from ${amount(target.baseline, target.unit, target.label)})`
          : "";
      return `${amount(target.value, target.unit, target.label)}${per}${from}`;
    }
  }
}

/** Converts what the athlete typed into stored units (metres, seconds). */
export function toStoredTarget(input: TargetInput): StoredTarget {
  const convert = (value: number | null) => (value === null ? null : toStored(value, input.unit));
  return {
    ...input,
    value: convert(input.value),
    baseline: convert(input.baseline),
    label: input.label || null,
    activityTypes: [...new Set(input.activityTypes)],
  };
}

/** The stored target in the units the athlete typed it in, for editing. */
export function toTargetInput(target: StoredTarget): TargetInput {
  const convert = (value: number | null) =>
    value === null ? null : fromStored(value, target.unit);
  return { ...target, value: convert(target.value), baseline: convert(target.baseline) };
}

export { makeTarget, raceTime, runningTotal } from "./target-builders";
