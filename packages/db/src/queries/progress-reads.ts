import type { GoalTally } from "@stride/domain/progress";
import { and, eq, gte, isNull, lte, sql } from "drizzle-orm";
import type { Database } from "../client";
import { activityWeekTotals, goalProgress, goals, triageSnapshots } from "../schema";
import { isAnyOf } from "./id-list";
import { asCoach, athleteDataVisibleTo, type Viewer } from "./policy";

/**
 * Reads of the read models (docs/progress.md). Tallies are read by the ids of goals the caller has
 * already loaded through the access policy: a tally holds figures only, never a goal's words.
 */
export async function listTallies(db: Database, goalIds: readonly string[]) {
  if (goalIds.length === 0) return new Map<string, GoalTally>();
  const rows = await db
    .select({ goalId: goalProgress.goalId, tally: goalProgress.tally })
    .from(goalProgress)
    .where(isAnyOf(goalProgress.goalId, goalIds));
  return new Map(rows.map((row) => [row.goalId, row.tally]));
}

/**
 * The children of these goals that may be running between two days, with their tallies: a goal
 * with no pace of its own reads as its current children do. Only their states are used, never
 * shown, so a private child still counts toward the state of a goal its coach may see.
 */
export async function listRunningChildren(
  db: Database,
  input: { parentIds: readonly string[]; from: string; to: string },
) {
  if (input.parentIds.length === 0) return [];
  return db
    .select({ goal: goals, tally: goalProgress.tally })
    .from(goals)
    .leftJoin(goalProgress, eq(goalProgress.goalId, goals.id))
    .where(
      and(
        isAnyOf(goals.parentId, input.parentIds),
        isNull(goals.archivedAt),
        eq(goals.status, "active"),
        lte(goals.periodStart, input.to),
        gte(goals.periodEnd, input.from),
      ),
    );
}

const runWeeks = {
  athleteId: activityWeekTotals.athleteId,
  weekStart: activityWeekTotals.weekStart,
  distance: activityWeekTotals.distance,
  count: activityWeekTotals.count,
};

/**
 * Running per week (by each athlete's week start) from a week start on (up to `to`), for the
 * athletes the viewer may see: an athlete's own ramp checks, one athlete on their coach's page,
 * or the whole roster for the triage's volume signal.
 */
export async function listRunWeeks(
  db: Database,
  input: { viewer: Viewer; athleteIds: readonly string[]; from: string; to?: string },
) {
  if (input.athleteIds.length === 0) return [];
  return db
    .select(runWeeks)
    .from(activityWeekTotals)
    .where(
      and(
        isAnyOf(activityWeekTotals.athleteId, input.athleteIds),
        athleteDataVisibleTo(input.viewer, activityWeekTotals.athleteId),
        eq(activityWeekTotals.type, "run"),
        gte(activityWeekTotals.weekStart, input.from),
        input.to ? lte(activityWeekTotals.weekStart, input.to) : undefined,
      ),
    );
}

/** The coach's athletes' triage snapshots in one unit (rows of athletes they no longer coach never). */
export async function listTriageSnapshots(
  db: Database,
  input: { coachId: string; distanceUnit: string },
) {
  return db
    .select({
      athleteId: triageSnapshots.athleteId,
      asOf: triageSnapshots.asOf,
      version: triageSnapshots.version,
      snapshot: triageSnapshots.snapshot,
    })
    .from(triageSnapshots)
    .where(
      and(
        athleteDataVisibleTo(asCoach(input.coachId), triageSnapshots.athleteId),
        eq(triageSnapshots.distanceUnit, input.distanceUnit),
      ),
    );
}

export async function saveTriageSnapshots(
  db: Database,
  rows: readonly {
    athleteId: string;
    distanceUnit: string;
    asOf: string;
    version: number;
    snapshot: unknown;
  }[],
) {
  if (rows.length === 0) return;
  await db
    .insert(triageSnapshots)
    .values(rows.map((row) => ({ ...row, computedAt: new Date() })))
    .onConflictDoUpdate({
      target: [triageSnapshots.athleteId, triageSnapshots.distanceUnit],
      set: {
        asOf: sql`excluded.as_of`,
        version: sql`excluded.version`,
        snapshot: sql`excluded.snapshot`,
        computedAt: sql`excluded.computed_at`,
      },
      // Two coaches reading at once: a snapshot never replaces one made from a later write.
      setWhere: sql`${triageSnapshots.version} <= excluded.version`,
    });
}
