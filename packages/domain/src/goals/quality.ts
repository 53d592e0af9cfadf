import { addDaysTo } from "../periods/calendar";
import {
  type GoalLevel,
  MESO_MAX_WEEKS,
  MESO_MIN_WEEKS,
  macroLatestEnd,
  type Period,
  periodDays,
} from "../periods/rules";
import { formatNumber, fromStored } from "../units";
import { buildWeeksNeeded, DEFAULT_RAMP_LIMIT, weeklyIncrease } from "./ramp";
import { isMeasurable, type StoredTarget } from "./targets";

export const QUALITY_CODES = [
  "not_measurable",
  "not_specific",
  "not_realistic",
  "not_aligned",
  "no_why",
] as const;
export type QualityCode = (typeof QUALITY_CODES)[number];

export type QualityWarning = { code: QualityCode; message: string; fix: string };

export type GoalForQuality = {
  level: GoalLevel;
  parentId: string | null;
  why: string;
  period: Period;
  target: StoredTarget | null;
  plannedSessionCount: number;
  checklistItemCount: number;
};

export type QualityContext = {
  /** The athlete's planned distance (metres) in this micro goal's week, across all their micro goals. */
  weekDistance?: number | null;
  /** What the week is measured against: the recent full week (see the API's recentPeak). */
  previousWeekDistance?: number | null;
  /** The coach's ramp limit; 10% a week unless the coach set another. */
  rampLimit?: number;
  /** The unit to speak in (the athlete's setting). */
  distanceUnit?: "km" | "mi";
};

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/**
 * The coaching handout as feedback: a goal should be measurable, specific, realistic, aligned
 * with the level above, and (for the year) have a reason that lights you up. These only warn.
 */
export function checkGoalQuality(
  goal: GoalForQuality,
  context: QualityContext = {},
): QualityWarning[] {
  const warnings: QualityWarning[] = [];
  const rampLimit = context.rampLimit ?? DEFAULT_RAMP_LIMIT;
  const unit = context.distanceUnit ?? "km";

  if (!isMeasurable(goal.target, goal.checklistItemCount)) {
    warnings.push({
      code: "not_measurable",
      message:
        goal.target?.kind === "checklist"
          ? "Not measurable yet: the checklist has no items."
          : "Not measurable yet: there is no target amount to tell you when it's done.",
      fix: "Add a target with an amount and a unit, like \u201c15 mi a week\u201d or \u201c2 strength sessions a week\u201d.",
    });
  }

  if (goal.level === "micro" && goal.plannedSessionCount === 0) {
    warnings.push({
      code: "not_specific",
      message: "Not specific yet: no days are planned for this week.",
      fix: "Pick the days (and times, if you can) you'll do it, and how you'll make it happen.",
    });
  }

  if (goal.level === "meso") {
    const weeks = periodDays(goal.period) / 7;
    if (weeks < MESO_MIN_WEEKS || weeks > MESO_MAX_WEEKS) {
      warnings.push({
        code: "not_realistic",
        message: `A meso block works best over ${MESO_MIN_WEEKS}–${MESO_MAX_WEEKS} weeks; this one is ${formatNumber(weeks)}.`,
        fix: `Set the end date between ${addDaysTo(goal.period.start, 13)} and ${addDaysTo(goal.period.start, 41)}.`,
      });
    }
    const target = goal.target;
    if (
      target?.kind === "total" &&
      target.per === "week" &&
      target.value !== null &&
      target.baseline !== null
    ) {
      const needed = buildWeeksNeeded(target.baseline, target.value, rampLimit);
      // Every fourth week is a lighter one, so a block of n weeks has n - floor(n/4) build weeks.
      const buildWeeks = Math.floor(weeks) - Math.floor(Math.floor(weeks) / 4);
      if (needed > buildWeeks) {
        warnings.push({
          code: "not_realistic",
          message: `Going from ${formatNumber(fromStored(target.baseline, target.unit))} to ${formatNumber(fromStored(target.value, target.unit))} ${target.unit} a week takes ${needed} weeks of building at ${percent(rampLimit)} a week; this block has ${buildWeeks}.`,
          fix: "Lower the weekly target or lengthen the block; the next block can pick up from here.",
        });
      }
    }
  }

  if (goal.level === "macro" && goal.period.end > macroLatestEnd(goal.period.start)) {
    warnings.push({
      code: "not_realistic",
      message: "A macro goal looks up to 12 months ahead; this one runs longer.",
      fix: `End it by ${macroLatestEnd(goal.period.start)} and set the next one when you get there.`,
    });
  }

  if (goal.level === "micro" && context.weekDistance != null) {
    const increase = weeklyIncrease(context.previousWeekDistance ?? null, context.weekDistance);
    if (increase !== null && increase > rampLimit + 1e-9) {
      warnings.push({
        code: "not_realistic",
        message: `This week's planned ${formatNumber(fromStored(context.weekDistance, unit))} ${unit} is ${percent(increase)} more than your last full week's ${formatNumber(fromStored(context.previousWeekDistance ?? 0, unit))} ${unit}; the ramp limit is ${percent(rampLimit)}.`,
        fix: `Keep this week to about ${formatNumber(fromStored((context.previousWeekDistance ?? 0) * (1 + rampLimit), unit))} ${unit}.`,
      });
    }
  }

  if (goal.level !== "macro" && goal.parentId === null) {
    const parent = goal.level === "meso" ? "macro" : "meso";
    warnings.push({
      code: "not_aligned",
      message: `Not aligned: this ${goal.level} goal isn't part of a ${parent} goal.`,
      fix: `Move it under the ${parent} goal it works toward, so your progress adds up.`,
    });
  }

  if (goal.level === "macro" && goal.why.trim() === "") {
    warnings.push({
      code: "no_why",
      message: "No why yet: what makes this goal matter to you?",
      fix: "Write a sentence about why it lights you up. It will keep you going when a week goes wrong.",
    });
  }

  return warnings;
}
