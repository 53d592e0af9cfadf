import { DomainError } from "../errors";
import { addDaysTo as addDays, formatCalendarDate, isWeekStart } from "../periods/calendar";
import {
  type GoalLevel,
  isInside,
  overlaps,
  type Period,
  type PeriodProblem,
  periodProblem,
} from "../periods/rules";
import type { WeekDay } from "../profile/schemas";

export const PARENT_LEVEL: Record<GoalLevel, GoalLevel | null> = {
  macro: null,
  meso: "macro",
  micro: "meso",
};
export const CHILD_LEVEL: Record<GoalLevel, GoalLevel | null> = {
  macro: "meso",
  meso: "micro",
  micro: null,
};

export type ParentGoal = { level: GoalLevel; period: Period; archived: boolean; title?: string };

function formatPeriod(period: Period): string {
  return `${formatCalendarDate(period.start, "d MMM yyyy")} – ${formatCalendarDate(period.end, "d MMM yyyy")}`;
}

/**
 * The structural rules: a goal that breaks one is not saved. (Quality checks only warn.)
 * Throws a DomainError naming the field to fix.
 */
export function assertGoalStructure(goal: {
  level: GoalLevel;
  period: Period;
  parent: ParentGoal | null;
  weekStart: WeekDay;
  planDays: readonly string[];
  rampWeeks: readonly string[];
}): void {
  const invalid = (field: string, message: string) =>
    new DomainError("INVALID", message, { field });

  const problem = periodProblem(goal.level, goal.period, goal.weekStart);
  if (problem) throw invalid(problem.field, problem.message);

  assertFitsParent(goal.level, goal.period, goal.parent);

  if (goal.planDays.length > 0 && goal.level !== "micro") {
    throw invalid("plan", "Only micro goals have planned sessions.");
  }
  for (const day of goal.planDays) {
    if (day < goal.period.start || day > goal.period.end) {
      throw invalid(
        "plan",
        `Planned sessions must fall in the goal's week (${formatPeriod(goal.period)}).`,
      );
    }
  }

  if (goal.rampWeeks.length > 0) {
    if (goal.level !== "meso") throw invalid("weeks", "Only a meso goal is split into weeks.");
    if (new Set(goal.rampWeeks).size !== goal.rampWeeks.length)
      throw invalid("weeks", "Each week appears once.");
    for (const start of goal.rampWeeks) {
      const week = { start, end: addDays(start, 6) };
      if (!isWeekStart(start, goal.weekStart) || !overlaps(week, goal.period)) {
        throw invalid(
          "weeks",
          `Each week must start on your week start day and overlap ${formatPeriod(goal.period)}.`,
        );
      }
    }
  }
}

/**
 * Whether a goal's period fits its parent's: a block lies inside its macro goal; a week overlaps
 * its block (a block starting on a Friday keeps its first, partial week: docs/progress.md).
 */
export function fitsParent(level: GoalLevel, period: Period, parent: Period): boolean {
  return level === "micro" ? overlaps(period, parent) : isInside(period, parent);
}

const day = (date: string) => formatCalendarDate(date, "d MMM yyyy");

/** Why a period does not fit its parent, naming the dates and both ways to fix it; null if it fits. */
export function parentFitProblem(
  level: GoalLevel,
  period: Period,
  parent: Pick<ParentGoal, "level" | "period" | "title">,
): PeriodProblem | null {
  if (fitsParent(level, period, parent.period)) return null;
  const name = parent.title ? `\u201c${parent.title}\u201d` : `its ${parent.level} goal`;
  const span = formatPeriod(parent.period);
  if (level === "micro") {
    return {
      field: "periodStart",
      message: `The week of ${day(period.start)} falls outside ${name} (${span}): pick a week that overlaps it.`,
    };
  }
  const fixes: string[] = [];
  const parentWord = `the ${parent.level} goal`;
  if (period.start > parent.period.end || period.end < parent.period.start) {
    // Wholly outside: move the goal in, or stretch the parent to take it.
    const stretched =
      period.start > parent.period.end
        ? `move ${parentWord}'s end to ${day(period.end)}`
        : `move ${parentWord}'s start to ${day(period.start)}`;
    fixes.push(
      `move it between ${day(parent.period.start)} and ${day(parent.period.end)}, or ${stretched}`,
    );
  } else {
    if (period.start < parent.period.start)
      fixes.push(
        `start it on or after ${day(parent.period.start)}, or move ${parentWord}'s start to ${day(period.start)}`,
      );
    if (period.end > parent.period.end)
      fixes.push(
        `end it by ${day(parent.period.end)}, or move ${parentWord}'s end to ${day(period.end)}`,
      );
  }
  return {
    field: period.start < parent.period.start ? "periodStart" : "periodEnd",
    message: `This goal must lie inside ${name} (${span}): ${fixes.join("; ")}.`,
  };
}

/** A parent is exactly one level up, not archived, and its period holds the goal's. */
export function assertFitsParent(
  level: GoalLevel,
  period: Period,
  parent: ParentGoal | null,
): void {
  const invalid = (field: string, message: string) =>
    new DomainError("INVALID", message, { field });
  const parentLevel = PARENT_LEVEL[level];
  if (!parent) return;
  if (parentLevel === null) {
    throw invalid("parentId", "A macro goal is the top of the tree and has no parent.");
  }
  if (parent.level !== parentLevel) {
    throw invalid(
      "parentId",
      `A ${level} goal sits under a ${parentLevel} goal, not a ${parent.level} goal.`,
    );
  }
  if (parent.archived) throw invalid("parentId", "That goal is archived; restore it first.");
  const problem = parentFitProblem(level, period, parent);
  if (problem) throw invalid(problem.field, problem.message);
}

/** A parent's period may change only while its children still fit it. */
export function assertChildrenFit(
  period: Period,
  children: readonly { level: GoalLevel; period: Period }[],
): void {
  const outside = children.filter((child) => !fitsParent(child.level, child.period, period)).length;
  if (outside > 0) {
    throw new DomainError(
      "INVALID",
      `${outside} goal${outside === 1 ? "" : "s"} under this one would fall outside ${formatPeriod(period)}. Move or shorten ${outside === 1 ? "it" : "them"} first.`,
      { field: "periodEnd" },
    );
  }
}
