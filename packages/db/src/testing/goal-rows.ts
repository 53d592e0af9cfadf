import type { WeekDay } from "@stride/domain/profile";
import type { GoalRow } from "../queries/goals";

/**
 * A stored goal as `assertGoalStructure` takes it: its level and period, its parent row's (found
 * by the caller), and the athlete's week start and the goal's plan days.
 */
export function structureOfGoalRow(
  row: GoalRow,
  parent: GoalRow | undefined,
  context: { weekStart: WeekDay; planDays: readonly string[] },
) {
  return {
    level: row.level,
    period: { start: row.periodStart, end: row.periodEnd },
    parent: parent
      ? {
          level: parent.level,
          period: { start: parent.periodStart, end: parent.periodEnd },
          archived: parent.archivedAt !== null,
        }
      : null,
    ...context,
    rampWeeks: [],
  };
}
