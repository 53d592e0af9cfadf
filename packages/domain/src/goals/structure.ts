import { DomainError } from "../errors";
import { addDaysTo as addDays, formatCalendarDate, isWeekStart } from "../periods/calendar";
import { type GoalLevel, isInside, type Period, periodProblem } from "../periods/rules";
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

export type ParentGoal = { level: GoalLevel; period: Period; archived: boolean };

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
      if (!isWeekStart(start, goal.weekStart) || !isInside(week, goal.period)) {
        throw invalid(
          "weeks",
          `Each week must start on your week start day inside ${formatPeriod(goal.period)}.`,
        );
      }
    }
  }
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
  if (!isInside(period, parent.period)) {
    throw invalid(
      "periodStart",
      `This goal must lie inside its ${parentLevel} goal's period (${formatPeriod(parent.period)}).`,
    );
  }
}

/** A parent's period may change only while its children still fit inside it. */
export function assertChildrenFit(period: Period, children: readonly Period[]): void {
  const outside = children.filter((child) => !isInside(child, period)).length;
  if (outside > 0) {
    throw new DomainError(
      "INVALID",
      `${outside} goal${outside === 1 ? "" : "s"} under this one would fall outside ${formatPeriod(period)}. Move or shorten ${outside === 1 ? "it" : "them"} first.`,
      { field: "periodEnd" },
    );
  }
}
