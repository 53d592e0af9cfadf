import type { Database } from "@stride/db/client";
import {
  asOwner,
  findGoal,
  type GoalRow,
  plannedDistanceByWeek,
  type Viewer,
} from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import { checkGoalQuality, type QualityWarning } from "@stride/domain/goals";
import { addDaysTo } from "@stride/domain/periods";
import type { Profile } from "@stride/domain/profile";
import { fromStored, toStored } from "@stride/domain/units";
import { targetOf } from "./goal-dto";

/** The parent a goal points at, if the viewer owns it; anyone else's goal is NOT_FOUND. */
export async function loadOwnParent(db: Database, viewerId: string, parentId: string | null) {
  if (!parentId) return null;
  const parent = await findGoal(db, { viewer: asOwner(viewerId), goalId: parentId });
  if (!parent)
    throw new DomainError("NOT_FOUND", "That parent goal was not found.", { field: "parentId" });
  return parent;
}

export function parentShape(parent: GoalRow | null, options = { checkArchived: true }) {
  return parent
    ? {
        level: parent.level,
        period: { start: parent.periodStart, end: parent.periodEnd },
        archived: options.checkArchived && parent.archivedAt !== null,
        title: parent.title,
      }
    : null;
}

/** Plan amounts travel in the goal's target unit (mi, km, minutes) and are stored in metres or seconds. */
export function planAmountToStored(amount: number | null, unit: string | null) {
  return amount === null ? null : toStored(amount, unit ?? "");
}

export function planAmountFromStored(amount: number | null, unit: string | null) {
  return amount === null ? null : fromStored(amount, unit ?? "");
}

export type WeeklyDistances = Map<string, number>;

/** Planned distance per week of an athlete's plan, as the viewer may see it, from two weeks before `from`. */
export function loadWeeklyDistances(
  db: Database,
  input: { viewer: Viewer; athleteId: string; from: string; to: string },
) {
  return plannedDistanceByWeek(db, { ...input, from: addDaysTo(input.from, -14) });
}

/**
 * What a week's plan is compared with for the ramp limit: the bigger of the two weeks before, so
 * the week after a lighter week is measured against the last full week, not the lighter one.
 */
function recentPeak(
  planned: WeeklyDistances,
  logged: WeeklyDistances,
  weekStart: string,
): number | null {
  const weeks = [addDaysTo(weekStart, -7), addDaysTo(weekStart, -14)];
  // What was planned or what was actually run, whichever is more: the body knows the log.
  const previous = weeks.flatMap((week) => [planned.get(week), logged.get(week)]);
  const known = previous.filter((value): value is number => value !== undefined);
  return known.length > 0 ? Math.max(...known) : null;
}

export function warningsFor(
  row: GoalRow,
  counts: { plannedSessions: number; checklistItems: number },
  distances: WeeklyDistances,
  profile: Pick<Profile, "weekStart" | "distanceUnit">,
  logged: WeeklyDistances = new Map(),
): QualityWarning[] {
  const isMicro = row.level === "micro";
  return checkGoalQuality(
    {
      level: row.level,
      parentId: row.parentId,
      why: row.why,
      period: { start: row.periodStart, end: row.periodEnd },
      target: targetOf(row),
      plannedSessionCount: counts.plannedSessions,
      checklistItemCount: counts.checklistItems,
    },
    {
      weekDistance: isMicro ? (distances.get(row.periodStart) ?? null) : null,
      previousWeekDistance: isMicro ? recentPeak(distances, logged, row.periodStart) : null,
      distanceUnit: profile.distanceUnit,
    },
  );
}
